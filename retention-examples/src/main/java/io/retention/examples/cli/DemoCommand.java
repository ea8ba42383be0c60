package io.retention.examples.cli;

import io.retention.adapters.csv.CsvActivityWriter;
import io.retention.adapters.csv.CsvCatalogSource;
import io.retention.adapters.csv.CsvCatalogWriter;
import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.port.out.CustomerSource;
import io.retention.examples.data.SyntheticWorld;
import io.retention.examples.report.ReportWriter;
import io.retention.examples.run.RetentionPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code retention demo}: runs the whole pipeline ({@link RetentionPipeline}) on generated
 * customers (or a CSV file, optionally with a {@code netflix_titles} catalog), writes the results
 * folder and prints a short summary: the chosen model, the hold-out ROC-AUC and the files written.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline on generated customers (or --customers FILE): RFM scores,"
          + " segments, a churn model chosen by cross-validation between logistic regression and"
          + " a random forest and evaluated on a stratified hold-out (20%% by default, see"
          + " --test-fraction), churn scores, SHAP explanations, recommendations when there is a"
          + " catalog (the generated one, or --titles), and the ranked retention plan for every"
          + " customer.",
      "Writes scores.csv, rfm.csv, segments.csv, explanations.csv, plans.csv, model.bundle and"
          + " metrics.json (and recommendations.csv with a catalog) to the output folder, and"
          + " report.html: the charts of the run in one file that opens with no network."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--customers",
      paramLabel = "FILE",
      description = "A customer CSV file to use instead of generated data.")
  Path customersFile;

  @Option(
      names = "--preset",
      defaultValue = "netflix",
      paramLabel = "NAME",
      converter = OptionValues.CustomerPreset.class,
      description =
          "How the columns of --customers map to customers: netflix, telco or bank"
              + " (default: ${DEFAULT-VALUE}).")
  CustomerCsvMapping preset;

  @Option(
      names = "--titles",
      paramLabel = "FILE",
      description =
          "A catalog in the netflix_titles.csv layout: adds recommendations and the content"
              + " summary.")
  Path titlesFile;

  @Option(
      names = "--size",
      defaultValue = "5000",
      converter = OptionValues.AtLeastOne.class,
      description = "How many customers to generate (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(
      names = "--seed",
      defaultValue = "" + RunConfig.DEFAULT_SEED,
      description =
          "Seed of the generator, the samples, the split, the folds and the models"
              + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--test-fraction",
      defaultValue = "" + RunConfig.DEFAULT_TEST_FRACTION,
      converter = OptionValues.Fraction.class,
      description = "Share of labelled customers held out for testing (default: ${DEFAULT-VALUE}).")
  double testFraction;

  @Option(
      names = "--folds",
      defaultValue = "" + RunConfig.DEFAULT_FOLDS,
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description =
          "Cross-validation folds of the model selection, at least 2 (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--trees",
      defaultValue = "" + RunConfig.DEFAULT_FOREST_TREES,
      paramLabel = "N",
      converter = OptionValues.AtLeastOne.class,
      description = "Trees of the random-forest candidate (default: ${DEFAULT-VALUE}).")
  int trees;

  @Option(
      names = "--min-k",
      defaultValue = "" + RunConfig.DEFAULT_MIN_SEGMENTS,
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description = "Fewest segments tried, at least 2 (default: ${DEFAULT-VALUE}).")
  int minK;

  @Option(
      names = "--max-k",
      defaultValue = "" + RunConfig.DEFAULT_MAX_SEGMENTS,
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description = "Most segments tried (default: ${DEFAULT-VALUE}).")
  int maxK;

  @Mixin OutputOptions outputs;
  @Mixin BundleKeyOptions.Sign sign;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunConfig config = config();
    RunFolder folder = outputs.folder();
    CustomerSource source;
    RunInputs inputs;
    if (customersFile == null) {
      SyntheticWorld world = SyntheticWorld.of(size, seed);
      source = world.customers();
      inputs = RunInputs.of("generated", source);
      if (titlesFile == null) {
        inputs = inputs.withCatalog(world.catalog()).withActivity(world.activity());
        writeContent(world, folder);
      }
    } else {
      CustomerInput.requireFile(customersFile, "--customers");
      source = new CsvCustomerSource(customersFile, preset);
      inputs = RunInputs.of(customersFile.getFileName().toString(), source);
    }
    if (titlesFile != null) {
      CustomerInput.requireFile(titlesFile, "--titles");
      inputs = inputs.withCatalog(new CsvCatalogSource(titlesFile));
    }
    RunSummary summary =
        RetentionPipeline.create(source.schema(), folder, config, sign.keys(), outputs.cells())
            .run(inputs, outputs.progress(spec.commandLine().getErr()));
    Path report = new ReportWriter().write(summary, folder);
    print(out, summary, folder);
    out.println("  " + RunFolder.REPORT);
    if (inputs.activity().isPresent()) {
      out.println("  " + RunFolder.TITLES + ", " + RunFolder.EVENTS + " (the generated content)");
    }
    out.println("Open " + report.toUri() + " in a browser to see the report.");
    out.flush();
    return 0;
  }

  /** The library's defaults with the options' values, the k range checked. */
  private RunConfig config() {
    if (minK > maxK) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid values for options '--min-k' and '--max-k': '"
              + minK
              + "' is above '"
              + maxK
              + "'");
    }
    return RunConfig.DEFAULTS
        .withSeed(seed)
        .withTestFraction(testFraction)
        .withFolds(folds)
        .withForestTrees(trees)
        .withSegments(minK, maxK);
  }

  /** Writes the generated catalog and viewing events beside the results, for other commands. */
  private static void writeContent(SyntheticWorld world, RunFolder folder) {
    try {
      Files.createDirectories(folder.dir());
    } catch (IOException e) {
      throw RetentionIoException.cannot("create the folder", folder.dir(), e);
    }
    try (Stream<ContentItem> items = world.catalog().items()) {
      new CsvCatalogWriter().write(folder.file(RunFolder.TITLES), items);
    }
    try (Stream<ActivityEvent> events = world.activity().events()) {
      new CsvActivityWriter(SyntheticWorld.EVENTS_MAPPING)
          .write(folder.file(RunFolder.EVENTS), events);
    }
  }

  private void print(PrintWriter out, RunSummary s, RunFolder folder) {
    RunSummary.DataSummary data = s.data();
    out.printf(
        Locale.ROOT,
        "%s %,d customers (%s), %,d labelled, churn rate %.1f%%%s%n",
        customersFile == null ? "Generated" : "Read",
        data.customers(),
        customersFile == null ? "seed " + seed : customersFile,
        data.labelled(),
        100.0 * data.churnRate(),
        data.titles() > 0 ? String.format(Locale.ROOT, ", %,d titles", data.titles()) : "");
    if (data.labelled() < data.customers()) {
      out.printf(
          Locale.ROOT,
          "%,d customers without a churn label are scored and planned, not trained on.%n",
          data.customers() - data.labelled());
    }
    RunSummary.ModelSummary model = s.model();
    for (RunSummary.Candidate c : model.candidates()) {
      out.printf(
          Locale.ROOT,
          "  %-24s %d-fold PR-AUC %.3f, ROC-AUC %.3f%s%n",
          c.name(),
          model.folds(),
          c.meanPrAuc(),
          c.meanRocAuc(),
          c.name().equals(model.chosen()) ? "  <- chosen" : "");
    }
    RunSummary.HoldOutSummary h = s.holdOut();
    out.printf(
        Locale.ROOT,
        "Chose %s (%d features, calibration: %s, threshold %.3f)%n",
        model.chosen(),
        model.features(),
        model.calibration(),
        model.threshold());
    out.printf(
        Locale.ROOT,
        "Hold-out: %,d customers, churn rate %.1f%%, ROC-AUC %.3f, PR-AUC %.3f,"
            + " precision %.3f, recall %.3f%n",
        h.customers(),
        100.0 * h.churnRate(),
        h.rocAuc(),
        h.prAuc(),
        h.precision(),
        h.recall());
    out.printf(
        Locale.ROOT,
        "Segments: %d (%s)%n",
        s.segmentation().k(),
        String.join(
            ", ", s.segmentation().segments().stream().map(RunSummary.Segment::name).toList()));
    double seconds = s.stages().stream().mapToDouble(RunSummary.Stage::seconds).sum();
    out.printf(Locale.ROOT, "Wrote to %s in %.1f s:%n", folder.dir(), seconds);
    for (String file : new TreeSet<>(s.files().values())) {
      out.println("  " + file);
    }
    out.println("  " + RunFolder.METRICS);
  }
}
