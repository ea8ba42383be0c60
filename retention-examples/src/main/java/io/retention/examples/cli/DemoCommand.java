package io.retention.examples.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.adapters.csv.CsvAdaptersModule;
import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.RetentionException;
import io.retention.core.application.EvaluateChurnModel;
import io.retention.core.application.HoldOutEvaluation;
import io.retention.core.application.ScoreCustomers;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ProgressListener;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.TribuoModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retention demo}: trains a churn model on generated customers (or a CSV file), scores a
 * hold-out it never saw, writes the ranked scores and prints the hold-out ROC-AUC.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline end to end: features and a logistic-regression churn model fitted on"
          + " the customers outside a stratified hold-out (20%% by default, see --test-fraction),"
          + " then scores for the hold-out, written highest risk first to <output>/scores.csv,"
          + " and the hold-out ROC-AUC.",
      "Uses generated customers unless --customers names a CSV file."
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
      description =
          "How the columns of --customers map to customers: netflix, telco or bank"
              + " (default: ${DEFAULT-VALUE}).")
  String preset;

  @Option(
      names = "--size",
      defaultValue = "5000",
      description = "How many customers to generate (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the generator, the split and the model (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--test-fraction",
      defaultValue = "0.2",
      description = "Share of customers held out for testing (default: ${DEFAULT-VALUE}).")
  double testFraction;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "retention-output",
      paramLabel = "DIR",
      description = "Folder for the result files (default: ${DEFAULT-VALUE}).")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CustomerSource source =
        customersFile == null
            ? new SyntheticCustomers(size, seed)
            : new CsvCustomerSource(customersFile, CustomerCsvMapping.preset(preset));
    List<Customer> customers;
    try (Stream<Customer> stream = source.customers()) {
      customers = stream.toList();
    }
    List<Customer> labelled = customers.stream().filter(Customer::isLabelled).toList();
    if (labelled.size() < customers.size()) {
      out.printf(
          Locale.ROOT,
          "Left out %,d customers without a churn label.%n",
          customers.size() - labelled.size());
    }
    if (labelled.isEmpty()) {
      throw new RetentionException("no customer has a churn label: nothing to train on");
    }
    out.printf(
        Locale.ROOT,
        "%s %,d customers (%s), churn rate %.1f%%%n",
        customersFile == null ? "Generated" : "Read",
        labelled.size(),
        customersFile == null ? "seed " + seed : customersFile,
        100.0 * labelled.stream().filter(Customer::churned).count() / labelled.size());

    Injector injector =
        Guice.createInjector(
            new FeaturesModule(),
            new TribuoModule(LogisticRegressionConfig.DEFAULTS.withSeed(seed)),
            new CsvAdaptersModule(output),
            binder -> binder.bind(CustomerSchema.class).toInstance(source.schema()));

    HoldOutEvaluation result =
        injector
            .getInstance(EvaluateChurnModel.class)
            .holdOut(labelled, new StratifiedSplit(testFraction, seed), ProgressListener.NONE);
    for (String note : result.bundle().features().fitNotes()) {
      out.println("Note: " + note);
    }
    out.printf(
        Locale.ROOT,
        "Trained %s on %,d customers, %d features%n",
        result.bundle().metadata().get("trainer"),
        result.trainSize(),
        result.bundle().features().schema().size());
    injector.getInstance(ScoreCustomers.class).rankAndWrite(result.testScores());
    out.printf(
        Locale.ROOT,
        "Hold-out: %,d customers, churn rate %.1f%%, ROC-AUC %.3f%n",
        result.testScores().size(),
        100.0 * result.testChurnRate(),
        result.rocAuc());
    out.printf(
        Locale.ROOT,
        "Wrote %s (%,d rows, highest churn probability first)%n",
        output.resolve(CsvAdaptersModule.SCORES_FILE),
        result.testScores().size());
    out.flush();
    return 0;
  }
}
