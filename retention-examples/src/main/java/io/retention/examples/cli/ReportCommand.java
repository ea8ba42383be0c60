package io.retention.examples.cli;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.examples.dashboard.CustomerTable;
import io.retention.examples.dashboard.FolderResults;
import io.retention.examples.report.ReportInput;
import io.retention.examples.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code retention report}: the HTML report of a results folder, from its files: a whole run's
 * {@code metrics.json}, or whatever the step commands wrote into it ({@link FolderResults}).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Renders the self-contained HTML report of a results folder from its files: the folder of"
          + " 'retention demo', or one the step commands (train, segment, score, explain,"
          + " recommend, plan) wrote with the same --output. A section whose data the folder lacks"
          + " is left out with one line naming the command that produces it.",
      "Writes --output (default: <results>/"
          + RunFolder.REPORT
          + ") and prints which sections"
          + " it left out."
    })
final class ReportCommand implements Callable<Integer> {
  @Option(
      names = {"-r", "--results"},
      defaultValue = "retention-output",
      paramLabel = "DIR",
      description =
          "The results folder of a run or of the step commands (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The report file (default: <results>/" + RunFolder.REPORT + ").")
  Path output;

  @Mixin StepCustomers customers;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(results)) {
      throw new RetentionException("no results folder " + results + " (--results)");
    }
    RunFolder folder = new RunFolder(results);
    ReportInput input;
    if (customers.given()) {
      if (FolderResults.isWholeRun(folder)) {
        throw new RetentionException(
            results
                + " holds a whole run with its own customers; --customers is for a folder of the"
                + " step commands");
      }
      CustomerInput.requireFile(customers.file, "--customers");
      input =
          FolderResults.read(
              folder,
              CustomerTable.read(customers.file, customers.mapping()),
              String.valueOf(customers.file.getFileName()),
              0);
    } else {
      input = FolderResults.read(folder);
    }
    Path target =
        new ReportWriter()
            .writeFile(input, output != null ? output : folder.file(RunFolder.REPORT));
    out.printf(
        Locale.ROOT,
        "Wrote %s: %d of %d sections%n",
        target,
        ReportWriter.SECTIONS.size() - input.missing().size(),
        ReportWriter.SECTIONS.size());
    for (String line : input.missing().values()) {
      out.println("  " + line);
    }
    out.println("Open " + target.toUri() + " in a browser to see the report.");
    out.flush();
    return 0;
  }
}
