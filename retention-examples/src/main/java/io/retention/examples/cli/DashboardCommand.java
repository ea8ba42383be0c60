package io.retention.examples.cli;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.domain.RiskThresholds;
import io.retention.examples.dashboard.DashboardConfig;
import io.retention.examples.dashboard.DashboardData;
import io.retention.examples.dashboard.DashboardServer;
import io.retention.examples.dashboard.FolderResults;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retention dashboard}: serves a local web dashboard over a run's results folder until the
 * process is stopped (Ctrl+C).
 */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a local web dashboard over a run's results folder: segments, churn prediction with"
          + " SHAP reasons, the ranked retention actions (filter and download as CSV) and content"
          + " insights. Listens on 127.0.0.1 unless --host says otherwise; prints the URL and"
          + " serves until stopped (Ctrl+C).",
      "The folder is that of 'retention demo', or one the step commands wrote with the same"
          + " --output (it needs the plans.csv of 'retention plan' and the model.bundle of"
          + " 'retention train'; name the customers they read with --customers). The parts of a"
          + " step folder that are missing are listed when it loads and on every page."
    })
final class DashboardCommand implements Callable<Integer> {

  @Option(
      names = {"-r", "--results"},
      defaultValue = "retention-output",
      paramLabel = "DIR",
      description =
          "The results folder of a run or of the step commands (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(
      names = "--port",
      defaultValue = "8080",
      converter = OptionValues.Port.class,
      description = "TCP port; 0 picks any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = DashboardConfig.LOOPBACK,
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); an address other"
              + " machines reach also needs --allow-remote.")
  String host;

  @Option(
      names = "--allow-remote",
      description =
          "Allow --host to be an address other machines reach: anyone who can connect then sees"
              + " the run's customers.")
  boolean allowRemote;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      split = ",",
      description =
          "A host name (without port) requests may address besides the loopback names and"
              + " --host, for a dashboard reached through a name; repeatable. Requests addressed"
              + " to any other name are refused (421).")
  List<String> allowedHosts = new ArrayList<>();

  @CommandLine.Mixin BundleKeyOptions.Verify verify;

  @CommandLine.Mixin StepCustomers customers;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Released to stop serving; tests count it down, the command line never does. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** The running server, for tests. */
  volatile DashboardServer server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    DashboardConfig config =
        DashboardConfig.DEFAULTS
            .withHost(host)
            .withPort(port)
            .withAllowRemote(allowRemote)
            .withAllowedHosts(allowedHosts);
    if (!DashboardServer.checkAddress(config)) {
      spec.commandLine()
          .getErr()
          .println(
              "warning: listening on "
                  + host
                  + ": other machines can reach the dashboard and the run's customers; it has no"
                  + " login and no TLS");
    }
    long started = System.nanoTime();
    RunFolder folder = new RunFolder(results);
    DashboardData data;
    if (customers.given()) {
      if (FolderResults.isWholeRun(folder)) {
        throw new RetentionException(
            results
                + " holds a whole run with its own customers; --customers is for a folder of the"
                + " step commands");
      }
      CustomerInput.requireFile(customers.file, "--customers");
      data =
          DashboardData.loadSteps(
              folder, RiskThresholds.DEFAULTS, verify.keys(), customers.file, customers.mapping());
    } else {
      data = DashboardData.load(folder, RiskThresholds.DEFAULTS, verify.keys());
    }
    out.printf(
        Locale.ROOT,
        "Loaded %s: %,d customers, %,d plan rows (%.1f s)%n",
        results,
        data.customers().size(),
        data.plans().size(),
        (System.nanoTime() - started) / 1e9);
    for (String line : data.missing()) {
      out.println("  " + line);
    }
    try (DashboardServer running = DashboardServer.start(data, config)) {
      server = running;
      out.println("Dashboard at " + running.uri() + " (Ctrl+C to stop)");
      out.flush();
      stop.await();
    }
    return 0;
  }
}
