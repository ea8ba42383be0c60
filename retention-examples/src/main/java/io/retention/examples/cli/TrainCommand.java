package io.retention.examples.cli;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.StagedFiles;
import io.retention.adapters.csv.StepSummaries;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.application.ModelSelection;
import io.retention.core.application.ModelSelectionConfig;
import io.retention.core.application.SelectChurnModel;
import io.retention.core.domain.Customer;
import io.retention.core.persistence.AtomicFiles;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.training.Calibration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code retention train}: cross-validated model selection over logistic regression and a random
 * forest, calibration of the winner, and its bundle on disk.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Chooses a churn model by stratified k-fold cross-validation (logistic regression and a"
          + " random forest; highest mean PR-AUC wins), refits it on every labelled customer,"
          + " calibrates its probabilities and chooses a decision threshold.",
      "Writes <output>/"
          + RunFolder.MODEL
          + " (features, model, calibration and the report) and <output>/"
          + TrainCommand.REPORT_FILE
          + " (the cross-validation report), and prints the report as a table.",
      "Customers without a churn label are left out."
    })
final class TrainCommand implements Callable<Integer> {
  /** The model-selection report's file name inside the output folder. */
  static final String REPORT_FILE = StepSummaries.MODEL_SELECTION;

  @Mixin CustomerInput input;
  @Mixin OutputOptions outputs;
  @Mixin BundleKeyOptions.Sign sign;

  @Option(
      names = "--folds",
      defaultValue = "" + RunConfig.DEFAULT_FOLDS,
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description = "Cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--calibration",
      defaultValue = "platt",
      paramLabel = "METHOD",
      description =
          "How the chosen model's probabilities are calibrated on out-of-fold predictions: platt,"
              + " isotonic or none (default: ${DEFAULT-VALUE}).")
  Calibration.Method calibration;

  @Option(
      names = "--trees",
      defaultValue = "" + RunConfig.DEFAULT_FOREST_TREES,
      paramLabel = "N",
      converter = OptionValues.AtLeastOne.class,
      description = "Trees of the random-forest candidate (default: ${DEFAULT-VALUE}).")
  int trees;

  @Option(
      names = "--seed",
      defaultValue = "" + RunConfig.DEFAULT_SEED,
      description = "Seed of the folds and the trainers (default: ${DEFAULT-VALUE}).")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunFolder folder = outputs.folder();
    CustomerInput.Loaded loaded = input.read();
    List<Customer> labelled = loaded.labelled();
    if (labelled.size() < loaded.customers().size()) {
      out.printf(
          Locale.ROOT,
          "Left out %,d customers without a churn label.%n",
          loaded.customers().size() - labelled.size());
    }
    if (labelled.isEmpty()) {
      throw new RetentionException(
          "no customer in " + loaded.file() + " has a churn label: nothing to train on");
    }
    out.printf(
        Locale.ROOT,
        "Read %,d labelled customers from %s, churn rate %.1f%%%n",
        labelled.size(),
        loaded.file(),
        100.0 * labelled.stream().filter(Customer::churned).count() / labelled.size());
    out.flush();

    Injector injector = CliWiring.injector(loaded.schema(), folder.dir(), seed, trees);
    List<ChurnTrainer> candidates =
        injector.getInstance(Key.get(new TypeLiteral<List<ChurnTrainer>>() {}));
    ModelSelectionConfig config =
        new ModelSelectionConfig(
            folds,
            seed,
            calibration,
            ModelSelectionConfig.DEFAULTS.threshold(),
            ModelSelectionConfig.DEFAULTS.calibrationBins(),
            ModelSelectionConfig.DEFAULTS.leakage());
    ModelSelection selection =
        injector
            .getInstance(SelectChurnModel.class)
            .select(labelled, candidates, config, outputs.progress(spec.commandLine().getErr()));

    // The bundle and its report go into place together, recorded in the folder's manifest.
    Path bundleFile = folder.file(RunFolder.MODEL);
    try (StagedFiles staged = StagedFiles.open(folder)) {
      CliWiring.saveBundle(
          CliWiring.bundleFormat(injector, sign.keys()),
          selection.bundle(),
          staged.file(RunFolder.MODEL));
      Path reportFile = staged.file(REPORT_FILE);
      try {
        AtomicFiles.writeString(reportFile, selection.report().toJson() + "\n");
      } catch (IOException e) {
        throw RetentionIoException.cannot("write", folder.file(REPORT_FILE), e);
      }
      staged.commit(List.of());
    }
    for (String note : selection.bundle().features().fitNotes()) {
      out.println("Note: " + note);
    }
    out.print(selection.report().toTable());
    out.printf(
        Locale.ROOT,
        "Chose %s (%s features); wrote %s and %s%n",
        selection.report().chosen(),
        selection.bundle().metadata().get("features"),
        bundleFile,
        folder.file(REPORT_FILE));
    out.flush();
    return 0;
  }
}
