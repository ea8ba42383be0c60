package io.retention.examples.cli;

import com.google.inject.Injector;
import io.retention.adapters.csv.CsvExplanationWriter;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.StagedFiles;
import io.retention.core.RetentionException;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.Reason;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code retention explain}: exact SHAP explanations of a saved model's churn predictions. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains every customer's churn prediction with exact SHAP values (linear SHAP in log-odds"
          + " for logistic regression, TreeSHAP in probability for the random forest) of the"
          + " uncalibrated model in a bundle written by 'retention train'; the customers in the"
          + " file are the background.",
      "Writes each customer's --top largest feature contributions to <output>/"
          + RunFolder.EXPLANATIONS
          + " (one row per customer and feature: value, contribution, base value, prediction and"
          + " scale) and prints the"
          + " reasons, summed per attribute, of the --show highest-risk customers."
    })
final class ExplainCommand implements Callable<Integer> {
  @Mixin CustomerInput input;
  @Mixin ModelOption model;
  @Mixin OutputOptions outputs;

  @Option(
      names = "--top",
      defaultValue = "5",
      paramLabel = "K",
      converter = OptionValues.AtLeastOne.class,
      description = "Contributions kept per customer, largest first (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--show",
      defaultValue = "5",
      paramLabel = "N",
      converter = OptionValues.AtLeastZero.class,
      description =
          "How many of the highest-risk customers to print with their reasons (default:"
              + " ${DEFAULT-VALUE}).")
  int show;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The explainer of a bundle's model: a calibrated model is explained through its raw model.
   *
   * @param bundle the bundle
   * @param background the reference rows
   * @param bundleFile the bundle's file, for messages
   * @return the explainer
   * @throws RetentionException when the model cannot be explained
   */
  static BatchChurnExplainer explainer(
      ExplainerFactory explainers,
      ChurnModelBundle bundle,
      FeatureMatrix background,
      Path bundleFile) {
    return explainers
        .forModel(bundle.model(), background)
        .orElseThrow(
            () ->
                new RetentionException(
                    "the model in "
                        + bundleFile
                        + " cannot be explained: "
                        + bundle.model().description()));
  }

  /**
   * Explains every row, in parallel, reporting progress.
   *
   * @param explainer the explainer
   * @param rows the rows
   * @param progress told how far the work is
   * @return one explanation per row, in row order
   */
  static List<Explanation> explainAll(
      BatchChurnExplainer explainer, FeatureMatrix rows, ProgressListener progress) {
    progress.started("Explaining " + rows.size() + " customers", rows.size());
    AtomicLong done = new AtomicLong();
    List<Explanation> all =
        IntStream.range(0, rows.size())
            .parallel()
            .mapToObj(
                r -> {
                  Explanation e = explainer.explain(rows.row(r));
                  progress.advanced(done.incrementAndGet());
                  return e;
                })
            .toList();
    progress.finished();
    return all;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunFolder folder = outputs.folder();
    CustomerInput.Loaded loaded = input.readLabelsOptional();
    Injector injector = CliWiring.injector(loaded.schema(), folder.dir());
    Path bundleFile = model.file(folder);
    ChurnModelBundle bundle =
        CliWiring.loadBundle(CliWiring.bundleFormat(injector, model.keys()), bundleFile);
    CliWiring.requireFits(bundle, loaded.schema(), loaded.file(), bundleFile);

    FeatureMatrix rows = bundle.features().transformAll(loaded.customers());
    BatchChurnExplainer explainer =
        explainer(injector.getInstance(ExplainerFactory.class), bundle, rows, bundleFile);
    List<Explanation> explanations =
        explainAll(explainer, rows, outputs.progress(spec.commandLine().getErr()));
    double[] probabilities = bundle.model().probabilities(rows);

    Map<CustomerId, Explanation> kept = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Explanation e = explanations.get(r);
      kept.put(
          rows.ids().get(r), new Explanation(e.baseValue(), e.top(top), e.prediction(), e.space()));
    }
    Path file = folder.file(RunFolder.EXPLANATIONS);
    try (StagedFiles staged = StagedFiles.madeWith(folder, bundleFile)) {
      new CsvExplanationWriter(staged.file(RunFolder.EXPLANATIONS), outputs.cells()).write(kept);
      staged.commit(List.of());
    }

    out.printf(
        Locale.ROOT,
        "Explained %,d customers with %s; contributions in %s%n",
        rows.size(),
        bundle.model().description(),
        explainer.space().unit());
    CustomerReasons reasons =
        new CustomerReasons(
            AttributeGrouping.of(bundle.features().schema(), bundle.features().describe()));
    List<Integer> highest =
        IntStream.range(0, rows.size())
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer r) -> -probabilities[r])
                    .thenComparing(r -> rows.ids().get(r)))
            .limit(show)
            .toList();
    for (int r : highest) {
      out.printf(
          Locale.ROOT,
          "%s (churn probability %.3f):%n",
          rows.ids().get(r).value(),
          probabilities[r]);
      for (Reason reason : reasons.top(explanations.get(r), top)) {
        out.println("  " + reason.phrase());
      }
    }
    out.printf(Locale.ROOT, "Wrote %s (top %d per customer)%n", file, top);
    out.flush();
    return 0;
  }
}
