package io.retention.examples.cli;

import com.google.inject.Injector;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunFolderSink;
import io.retention.adapters.csv.StagedFiles;
import io.retention.core.analysis.PlanningSummary;
import io.retention.core.analysis.RetentionAnalysis;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.SelectedResults;
import io.retention.core.application.PlanRetention;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.PlanFilter;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.core.strategy.TargetingResult;
import io.retention.examples.run.RetentionPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code retention plan}: a ranked, optionally budgeted retention plan from a saved model. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every customer with a model bundle, explains the scores, and runs the retention"
          + " engine with the default policy: risk bucket, lifetime value, expected loss, priority"
          + " and one action per customer, with the rule and drivers behind it.",
      "With the bundle of a whole run ('retention demo'), every customer gets the run's"
          + " probability, RFM label, flags, engagement and segment from the saved model, the"
          + " highest-priority customers are explained as the run explained them (--drivers and"
          + " --segments are not used), and the same customers get the same plans as in the run.",
      "With a bundle written by 'retention train', RFM labels and behavioural flags are fitted on"
          + " the customers in the file when the mapping has the roles they need; spend and tenure"
          + " come from the SPEND and TENURE attributes.",
      "Writes <output>/"
          + RunFolder.PLANS
          + ", highest priority first; with --budget, only the customers chosen within the"
          + " budget, highest return on spend first.",
      "With --segments and --recommendations, the outputs of 'retention segment' and 'retention"
          + " recommend' go into the plans too."
    })
final class PlanCommand implements Callable<Integer> {
  /**
   * The feature whose z-score is the engagement the retention rules read, when the model has it.
   */
  static final String ENGAGEMENT_FEATURE = "engagement_score";

  @Mixin CustomerInput input;
  @Mixin ModelOption model;
  @Mixin OutputOptions outputs;

  @Option(
      names = "--budget",
      paramLabel = "AMOUNT",
      converter = OptionValues.Amount.class,
      description =
          "Total budget for retention actions: contact only the customers whose actions save the"
              + " most within it (default: no budget, every customer planned).")
  Double budget;

  @Option(
      names = "--segments",
      paramLabel = "FILE",
      description =
          "A "
              + RunFolder.SEGMENTS
              + " written by 'retention segment': each customer's segment name goes into the plan"
              + " (default: none, segment unknown).")
  Path segmentsFile;

  @Option(
      names = "--recommendations",
      paramLabel = "FILE",
      description =
          "A "
              + RunFolder.RECOMMENDATIONS
              + " written by 'retention recommend': each customer's titles go into the plan, where"
              + " the content rule can use them (default: none).")
  Path recommendationsFile;

  @Option(
      names = "--drivers",
      defaultValue = "" + StrategyConfig.DEFAULT_DRIVERS_KEPT,
      paramLabel = "K",
      converter = OptionValues.AtLeastZero.class,
      description = "How many SHAP drivers per customer the rules see (default: ${DEFAULT-VALUE}).")
  int drivers;

  @Option(
      names = "--show",
      defaultValue = "10",
      paramLabel = "N",
      converter = OptionValues.AtLeastZero.class,
      description = "How many plans to print, from the top (default: ${DEFAULT-VALUE}).")
  int show;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CustomerInput.Loaded loaded = input.readLabelsOptional();
    RunFolder folder = outputs.folder();
    Path bundleFile = model.file(folder);
    // The plans go into place through the folder's manifest, under the run id of the model.
    try (StagedFiles staged = StagedFiles.madeWith(folder, bundleFile)) {
      return plan(loaded, bundleFile, staged, out);
    }
  }

  private int plan(
      CustomerInput.Loaded loaded, Path bundleFile, StagedFiles staged, PrintWriter out) {
    RunFolder folder = staged.folder();
    Injector injector =
        CliWiring.injector(
            loaded.schema(),
            staged.file(RunFolder.PLANS).getParent(),
            RunConfig.DEFAULT_SEED,
            RunConfig.DEFAULT_FOREST_TREES,
            outputs.cells());
    ModelBundleFile format = CliWiring.bundleFormat(injector, model.keys());
    byte[] bytes = CliWiring.readBundleBytes(bundleFile);
    if (CliWiring.holdsRunModel(format, bytes, bundleFile)) {
      return planWithRunModel(
          loaded, CliWiring.loadRunModel(format, bytes, bundleFile), bundleFile, staged, out);
    }
    ChurnModelBundle bundle =
        CliWiring.loadBundle(CliWiring.bundleFormat(injector, model.keys()), bundleFile);
    CliWiring.requireFits(bundle, loaded.schema(), loaded.file(), bundleFile);

    List<Customer> customers = loaded.customers();
    FeatureMatrix rows = bundle.features().transformAll(customers);
    double[] probabilities = bundle.model().probabilities(rows);
    ProgressListener progress = outputs.progress(spec.commandLine().getErr());
    List<Explanation> explanations =
        drivers == 0
            ? List.of()
            : ExplainCommand.explainAll(
                ExplainCommand.explainer(
                    injector.getInstance(ExplainerFactory.class), bundle, rows, bundleFile),
                rows,
                progress);
    double[] engagement = engagement(rows);
    CustomerFacts facts = CustomerFacts.fit(loaded.schema(), customers);
    Map<CustomerId, String> segments =
        segmentsFile == null ? Map.of() : ResultFiles.segments(segmentsFile, "--segments");
    Map<CustomerId, List<String>> titles =
        recommendationsFile == null
            ? Map.of()
            : ResultFiles.titles(recommendationsFile, "--recommendations");

    List<CustomerSignals> signals = new ArrayList<>(customers.size());
    for (int r = 0; r < customers.size(); r++) {
      Customer c = customers.get(r);
      CustomerSignals.Builder b =
          CustomerSignals.builder(c.id(), probabilities[r])
              .monthlySpend(roleValue(c, loaded.schema(), AttributeRole.SPEND))
              .tenureMonths(roleValue(c, loaded.schema(), AttributeRole.TENURE))
              .engagement(engagement[r])
              .segment(segments.getOrDefault(c.id(), RetentionPlan.UNKNOWN))
              .recommendedTitles(titles.getOrDefault(c.id(), List.of()));
      facts.rfm(c).ifPresent(b::rfm);
      facts.flags(c).forEach(b::flag);
      if (drivers > 0) {
        b.drivers(explanations.get(r), drivers);
      }
      signals.add(b.build());
    }

    List<RetentionPlan> plans = plan(injector.getInstance(PlanRetention.class), signals, out);
    staged.commit(List.of());
    Path file = folder.file(RunFolder.PLANS);
    out.printf(
        Locale.ROOT,
        "Planned %,d customers with %s and the default policy:%n%s",
        customers.size(),
        bundle.model().description(),
        injector.getInstance(RetentionPolicy.class).describe());
    printActions(out, plans);
    printTop(out, plans);
    out.printf(Locale.ROOT, "Wrote %s (%,d rows)%n", file, plans.size());
    out.flush();
    return 0;
  }

  /**
   * Plans and writes every customer, or with {@code --budget} only the customers contacted within
   * it, printing the budget's outcome.
   */
  private List<RetentionPlan> plan(
      PlanRetention planning, List<CustomerSignals> signals, PrintWriter out) {
    if (budget == null) {
      return planning.planAndWrite(signals, PlanFilter.ALL);
    }
    TargetingResult result = planning.targetAndWrite(signals, PlanFilter.ALL, budget);
    printBudget(out, result);
    return result.contacts().stream().map(t -> t.plan()).toList();
  }

  /** One line on what the budget bought. */
  private static void printBudget(PrintWriter out, TargetingResult result) {
    out.printf(
        Locale.ROOT,
        "Budget %.2f: %,d customers contacted, %.2f spent, expected net saved value %.2f"
            + " (at most %.2f)%n",
        result.budget(),
        result.contacts().size(),
        result.spent(),
        result.expectedNetValue(),
        result.upperBound());
  }

  /**
   * Plans with the model a run saved: the library's planning over the saved signals, segments and
   * churn model, explaining as the run did, so every customer gets the run's probability, RFM
   * label, segment and action; only the plans are written.
   */
  private int planWithRunModel(
      CustomerInput.Loaded loaded,
      RetentionModel saved,
      Path bundleFile,
      StagedFiles staged,
      PrintWriter out) {
    RunFolder folder = staged.folder();
    CliWiring.requireFits(saved.churn(), loaded.schema(), loaded.file(), bundleFile);
    RunConfig config = RunConfig.DEFAULTS.of(saved).withTopPlans(Math.max(1, show));
    Injector injector = RetentionPipeline.injector(loaded.schema(), config);
    Map<CustomerId, List<String>> titles =
        recommendationsFile == null
            ? Map.of()
            : ResultFiles.titles(recommendationsFile, "--recommendations");
    List<Customer> customers = loaded.customers();
    CustomerSource source =
        new CustomerSource() {
          @Override
          public CustomerSchema schema() {
            return loaded.schema();
          }

          @Override
          public Stream<Customer> customers() {
            return customers.stream();
          }
        };
    PlanningSummary summary =
        injector
            .getInstance(RetentionAnalysis.class)
            .plan(
                RunInputs.of(loaded.file().getFileName().toString(), source),
                saved,
                titles,
                budget == null ? OptionalDouble.empty() : OptionalDouble.of(budget),
                config,
                SelectedResults.only(
                    new RunFolderSink(
                        staged, injector.getInstance(ModelBundleFile.class), outputs.cells()),
                    Set.of(ResultKind.PLANS)),
                outputs.progress(spec.commandLine().getErr()));
    summary.targeting().ifPresent(result -> printBudget(out, result));
    out.printf(
        Locale.ROOT,
        "Planned %,d customers with the run's model (%s), its signals and %d segments, and the"
            + " default policy:%n%s",
        summary.customers(),
        saved.churn().model().description(),
        saved.segmentation().segments().size(),
        injector.getInstance(RetentionPolicy.class).describe());
    out.printf(Locale.ROOT, "%-28s %10s%n", "action", "customers");
    summary.actions().stream()
        .sorted(java.util.Comparator.comparing(RunSummary.ActionCount::action))
        .forEach(a -> out.printf(Locale.ROOT, "%-28s %,10d%n", a.action(), a.customers()));
    printTop(out, summary.top(), "reason");
    long written =
        summary.targeting().map(t -> (long) t.contacts().size()).orElse(summary.customers());
    out.printf(Locale.ROOT, "Wrote %s (%,d rows)%n", folder.file(RunFolder.PLANS), written);
    out.flush();
    return 0;
  }

  /** The head of the ranked plan as a table, its last column the rule or the whole reason. */
  private void printTop(PrintWriter out, List<RunSummary.PlanRow> rows, String lastColumn) {
    int n = Math.min(show, rows.size());
    if (n == 0) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "%4s %-16s %7s %-7s %10s %10s  %-24s %s%n",
        "rank",
        "customer",
        "p",
        "risk",
        "clv",
        "priority",
        "action",
        lastColumn);
    for (RunSummary.PlanRow p : rows.subList(0, n)) {
      out.printf(
          Locale.ROOT,
          "%4d %-16s %7.3f %-7s %10.2f %10.2f  %-24s %s%n",
          p.rank(),
          p.customerId(),
          p.probability(),
          p.risk(),
          p.clv(),
          p.priority(),
          p.action(),
          p.reason());
    }
  }

  /** The z-score of the engagement feature over these customers, or 0 without that feature. */
  private static double[] engagement(FeatureMatrix rows) {
    double[] z = new double[rows.size()];
    int column = rows.schema().names().indexOf(ENGAGEMENT_FEATURE);
    if (column < 0 || rows.size() < 2) {
      return z;
    }
    double[] v = rows.column(column);
    double mean = 0.0;
    for (double x : v) {
      mean += x / v.length;
    }
    double variance = 0.0;
    for (double x : v) {
      variance += (x - mean) * (x - mean) / (v.length - 1);
    }
    double sd = Math.sqrt(variance);
    for (int i = 0; i < v.length; i++) {
      z[i] = sd > 0.0 ? (v[i] - mean) / sd : 0.0;
    }
    return z;
  }

  /** A role's numeric value, 0 when the layout has no such role or the customer no value. */
  private static double roleValue(Customer c, CustomerSchema schema, AttributeRole role) {
    return schema
        .attribute(role)
        .map(a -> c.numericValue(a).orElse(0.0))
        .map(v -> Math.max(0.0, v))
        .orElse(0.0);
  }

  private static void printActions(PrintWriter out, List<RetentionPlan> plans) {
    Map<String, long[]> counts = new TreeMap<>();
    for (RetentionPlan p : plans) {
      counts.computeIfAbsent(p.action().code(), k -> new long[1])[0]++;
    }
    out.printf(Locale.ROOT, "%-28s %10s%n", "action", "customers");
    counts.forEach((action, n) -> out.printf(Locale.ROOT, "%-28s %,10d%n", action, n[0]));
  }

  /** The head of plans made by this command, with the rule that chose each action. */
  private void printTop(PrintWriter out, List<RetentionPlan> plans) {
    List<RunSummary.PlanRow> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(show, plans.size()); i++) {
      RetentionPlan p = plans.get(i);
      rows.add(
          new RunSummary.PlanRow(
              i + 1,
              p.customer().value(),
              p.churnProbability(),
              p.risk().name(),
              p.clv(),
              p.priority(),
              p.segment(),
              p.rfmLabel(),
              p.action().code(),
              p.rule()));
    }
    printTop(out, rows, "rule");
  }
}
