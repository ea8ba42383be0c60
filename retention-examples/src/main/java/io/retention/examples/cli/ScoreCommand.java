package io.retention.examples.cli;

import com.google.inject.Injector;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.StagedFiles;
import io.retention.core.analysis.RunConfig;
import io.retention.core.application.ScoreCustomers;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.port.out.ChurnModelBundle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code retention score}: churn probabilities of customers from a saved model bundle. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every customer with a model bundle written by 'retention train' and writes"
          + " <output>/"
          + RunFolder.SCORES
          + " (customer_id,churn_probability), highest probability first.",
      "When the file has churn labels of both kinds, also prints the ROC-AUC and PR-AUC of the"
          + " scores against them."
    })
final class ScoreCommand implements Callable<Integer> {
  @Mixin CustomerInput input;
  @Mixin ModelOption model;
  @Mixin OutputOptions outputs;

  @Option(
      names = "--show",
      defaultValue = "10",
      paramLabel = "N",
      converter = OptionValues.AtLeastZero.class,
      description = "How many of the highest-risk customers to print (default: ${DEFAULT-VALUE}).")
  int show;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunFolder folder = outputs.folder();
    CustomerInput.Loaded loaded = input.readLabelsOptional();
    Path bundleFile = model.file(folder);
    List<ChurnScore> ranked;
    ChurnModelBundle bundle;
    // The scores go into place through the folder's manifest, under the run id of the model.
    try (StagedFiles staged = StagedFiles.madeWith(folder, bundleFile)) {
      Injector injector =
          CliWiring.injector(
              loaded.schema(),
              staged.file(RunFolder.SCORES).getParent(),
              RunConfig.DEFAULT_SEED,
              RunConfig.DEFAULT_FOREST_TREES,
              outputs.cells());
      bundle = CliWiring.loadBundle(CliWiring.bundleFormat(injector, model.keys()), bundleFile);
      CliWiring.requireFits(bundle, loaded.schema(), loaded.file(), bundleFile);
      ranked = injector.getInstance(ScoreCustomers.class).scoreAndWrite(bundle, loaded.customers());
      staged.commit(List.of());
    }
    out.printf(
        Locale.ROOT,
        "Scored %,d customers with %s (%s)%n",
        ranked.size(),
        bundleFile,
        bundle.model().description());
    printAgreement(out, loaded.customers(), ranked);
    int n = Math.min(show, ranked.size());
    if (n > 0) {
      out.printf(Locale.ROOT, "%-20s %s%n", "customer", "churn probability");
      for (ChurnScore s : ranked.subList(0, n)) {
        out.printf(Locale.ROOT, "%-20s %.4f%n", s.customer().value(), s.probability());
      }
    }
    out.printf(Locale.ROOT, "Wrote %s (%,d rows)%n", folder.file(RunFolder.SCORES), ranked.size());
    out.flush();
    return 0;
  }

  /** ROC-AUC and PR-AUC against the labels the file carries, when it has both classes. */
  private static void printAgreement(
      PrintWriter out, List<Customer> customers, List<ChurnScore> ranked) {
    Map<CustomerId, Customer> byId = new HashMap<>();
    for (Customer c : customers) {
      byId.put(c.id(), c);
    }
    List<ChurnScore> labelled =
        ranked.stream().filter(s -> byId.get(s.customer()).isLabelled()).toList();
    double[] p = new double[labelled.size()];
    boolean[] y = new boolean[labelled.size()];
    int churned = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = labelled.get(i).probability();
      y[i] = byId.get(labelled.get(i).customer()).churned();
      churned += y[i] ? 1 : 0;
    }
    if (churned > 0 && churned < p.length) {
      out.printf(
          Locale.ROOT,
          "Against the %,d labels in the file: ROC-AUC %.3f, PR-AUC %.3f (churn rate %.1f%%;"
              + " optimistic for customers the model was trained on)%n",
          p.length,
          BinaryMetrics.rocAuc(p, y),
          BinaryMetrics.averagePrecision(p, y),
          100.0 * churned / p.length);
    }
  }
}
