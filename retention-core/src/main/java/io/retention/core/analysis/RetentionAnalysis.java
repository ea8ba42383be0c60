package io.retention.core.analysis;

import io.retention.core.RetentionException;
import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.DataSummary;
import io.retention.core.analysis.RunSummary.Stage;
import io.retention.core.domain.CustomerId;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.RecommenderFactory;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.port.out.SegmenterFactory;
import io.retention.core.port.out.SignalPipeline;
import io.retention.core.strategy.RetentionEngine;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The whole retention analysis as one call, from sources to sinks: the driving port that the CLI,
 * the dashboard's runs and host applications call.
 *
 * <p>Nine timed stages, each its own class with a typed input and output: {@code load} (ids,
 * labels, counts, the catalog), {@code features} (the derived signals fitted on a sample; the RFM
 * result), {@code segmentation} (k scan, names, profiles; the segments result), {@code model
 * selection} (stratified k-fold over the candidate trainers by PR-AUC, refit, calibration on
 * out-of-fold predictions, threshold, then the figures on a stratified hold-out), {@code scoring}
 * (the scores and the model), {@code explanations} (SHAP global drivers on a sample, reasons for
 * the highest-priority customers), {@code recommendations} (only with a catalog), {@code plans}
 * (every customer, ranked) and {@code content} (only with a catalog). The summary goes to the sink
 * last.
 *
 * <p>What is learned (signals, segments, the model) is learned on seeded samples chosen by customer
 * id ({@link RunConfig}); every customer is then read again from the source in chunks, keeping per
 * customer only a few numbers, so that a million customers fit in a 2 GB heap. The customer source
 * must give the same customers in the same order on every pass; a run checks that it does.
 *
 * <p>The model is selected and fitted on the training part of the labelled sample only; the
 * hold-out figures come from customers it never saw. Explanations are SHAP values of the model
 * before calibration, in the space the explainer reports.
 *
 * <p>Immutable; one instance may run several analyses, one after another or at once, each with its
 * own inputs and sink.
 */
public final class RetentionAnalysis {
  private final FeaturePipeline features;
  private final List<ChurnTrainer> candidates;
  private final SignalPipeline signals;
  private final SegmenterFactory segmenters;
  private final ExplainerFactory explainers;
  private final RecommenderFactory recommenders;
  private final RetentionEngine engine;

  /**
   * Creates the service from its ports.
   *
   * @param features the feature pipeline of the model and of the segments
   * @param candidates the churn trainers the model selection compares, distinct names, at least one
   * @param signals fits RFM, flags and engagement
   * @param segmenters builds the segmenter of the k scan
   * @param explainers explains the chosen model ({@link ExplainerFactory#NONE} for none)
   * @param recommenders builds the recommender when a run has a catalog ({@link
   *     RecommenderFactory#NONE} for none)
   * @param engine plans each customer
   */
  @Inject
  public RetentionAnalysis(
      FeaturePipeline features,
      List<ChurnTrainer> candidates,
      SignalPipeline signals,
      SegmenterFactory segmenters,
      ExplainerFactory explainers,
      RecommenderFactory recommenders,
      RetentionEngine engine) {
    this.features = Objects.requireNonNull(features, "features");
    this.candidates = List.copyOf(candidates);
    if (this.candidates.isEmpty()) {
      throw new IllegalArgumentException("the model selection needs at least one candidate");
    }
    Set<String> names = new HashSet<>();
    for (ChurnTrainer t : this.candidates) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("two candidate trainers are named '" + t.name() + "'");
      }
    }
    this.signals = Objects.requireNonNull(signals, "signals");
    this.segmenters = Objects.requireNonNull(segmenters, "segmenters");
    this.explainers = Objects.requireNonNull(explainers, "explainers");
    this.recommenders = Objects.requireNonNull(recommenders, "recommenders");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * Runs every stage, storing each result in the sink as it is made and the summary last.
   *
   * @param inputs the customers, and optionally a catalog and viewing events
   * @param config sample sizes, folds, seed
   * @param sink where the results go
   * @param progress told how each stage advances; may be {@link ProgressListener#NONE}
   * @return the summary given to the sink
   * @throws IllegalArgumentException when the chain cannot run (a catalog without a recommender)
   * @throws RetentionException when the data cannot make a run (no labelled customers, one class
   *     only, a source that changes between passes) or a result cannot be stored
   */
  public RunSummary run(
      RunInputs inputs, RunConfig config, AnalysisSink sink, ProgressListener progress) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    if (inputs.catalog().isPresent() && recommenders == RecommenderFactory.NONE) {
      throw new IllegalArgumentException(
          "the run has a catalog but no recommender: bind a RecommenderFactory, or leave the"
              + " catalog out");
    }
    return new Chain(inputs, config, sink, progress).execute();
  }

  /**
   * Plans customers with a model saved by an earlier run, without fitting anything: every customer
   * gets the saved model's probability, RFM label, flags, engagement and segment, the highest
   * priority customers are explained as the run explains them (so use {@link RunConfig#of} for the
   * run's seed and count), titles come from the catalog and activity of the inputs or, without a
   * catalog, from {@code titles}, and the engine plans everyone, held to {@code budget} when one is
   * given. The same customers with the same model and configuration get the same plans as the run
   * that saved the model. The scores, RFM, segments, explanations, recommendations and plans go to
   * the sink (wrap it in {@link SelectedResults} to keep fewer); the model and summary do not.
   *
   * @param inputs the customers, and optionally a catalog and viewing events
   * @param model the saved model
   * @param titles titles recommended earlier, by customer, used when the inputs have no catalog;
   *     may be empty
   * @param budget the total budget for actions, or empty to plan everyone
   * @param config the chunk size, seed and number of explained customers
   * @param sink where the results go
   * @param progress told how each stage advances
   * @return what was planned
   * @throws IllegalArgumentException when the inputs have a catalog but there is no recommender, or
   *     the budget is negative
   * @throws RetentionException when the customers do not fit the model, or a result cannot be
   *     stored
   */
  public PlanningSummary plan(
      RunInputs inputs,
      RetentionModel model,
      Map<CustomerId, List<String>> titles,
      OptionalDouble budget,
      RunConfig config,
      AnalysisSink sink,
      ProgressListener progress) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    if (inputs.catalog().isPresent() && recommenders == RecommenderFactory.NONE) {
      throw new IllegalArgumentException(
          "the plan has a catalog but no recommender: bind a RecommenderFactory, or leave the"
              + " catalog out");
    }
    if (budget.isPresent() && !(budget.getAsDouble() >= 0.0)) {
      throw new IllegalArgumentException("the budget must be >= 0, got " + budget.getAsDouble());
    }
    AnalysisSink results = SelectedResults.only(sink, PLANNED);
    RunFiles files = new RunFiles(results);
    Scored scored = scoreSaved(inputs, model, config, results, files, progress);
    Population population = scored.population();
    CustomerPasses passes = scored.passes();
    SegmentAssignment segments = scored.segments();
    ScoringStage.Scores scores = scored.scores();
    int n = population.size();
    ExplanationStage.Explained explained =
        new ExplanationStage(explainers)
            .run(passes, scores, model.churn(), config, results, files, progress);
    RecommendationStage.Recommended recommended =
        population.catalog().isEmpty()
            ? RecommendationStage.Recommended.known(passes, titles)
            : new RecommendationStage(recommenders)
                .run(
                    passes,
                    population.catalog(),
                    inputs.activity(),
                    config,
                    results,
                    files,
                    progress);
    PlanStage.Planned planned =
        new PlanStage(engine)
            .run(
                scores.plans(),
                n,
                explained,
                recommended,
                config,
                budget,
                results,
                files,
                progress);
    results.finish();
    return new PlanningSummary(
        n,
        planned.actions(),
        planned.top(),
        segments.summary().segments(),
        planned.targeting(),
        files.asMap());
  }

  /**
   * Scores customers with a model saved by an earlier run and stops there (the "scoring only" run):
   * every customer gets the saved model's probability, RFM scores and segment; nothing is fitted,
   * explained, recommended or planned. The scores, RFM and segments go to the sink (wrap it in
   * {@link SelectedResults} to keep fewer).
   *
   * @param inputs the customers; a catalog or activity in them is not read
   * @param model the saved model
   * @param config the chunk size
   * @param sink where the results go
   * @param progress told how each pass advances
   * @return where the sink stored each result, by result key
   * @throws RetentionException when the customers do not fit the model, or a result cannot be
   *     stored
   */
  public Map<String, String> score(
      RunInputs inputs,
      RetentionModel model,
      RunConfig config,
      AnalysisSink sink,
      ProgressListener progress) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    AnalysisSink results =
        SelectedResults.only(
            sink, EnumSet.of(ResultKind.RFM, ResultKind.SEGMENTS, ResultKind.SCORES));
    RunFiles files = new RunFiles(results);
    scoreSaved(
        RunInputs.of(inputs.name(), inputs.customers()), model, config, results, files, progress);
    results.finish();
    return files.asMap();
  }

  /** The passes over the customers, their saved segments and their scores. */
  private record Scored(
      Population population,
      CustomerPasses passes,
      SegmentAssignment segments,
      ScoringStage.Scores scores) {}

  private Scored scoreSaved(
      RunInputs inputs,
      RetentionModel model,
      RunConfig config,
      AnalysisSink results,
      RunFiles files,
      ProgressListener progress) {
    Population population =
        new LoadStage(config.chunk()).run(inputs.customers(), inputs.catalog(), progress);
    CustomerPasses passes =
        new CustomerPasses(inputs.customers(), population.ids(), config.chunk(), progress);
    SignalTable signalTable =
        SignalStage.apply(model.signals(), List.of(), passes, population, results, files);
    SegmentAssignment segments =
        SegmentationStage.assignSaved(model.segmentation(), passes, population, results, files);
    ScoringStage.Scores scores =
        new ScoringStage(engine)
            .run(passes, signalTable, segments, model.churn(), Map.of(), results, files);
    return new Scored(population, passes, segments, scores);
  }

  /** What planning with a saved model stores: everything but the model and the inputs' copies. */
  private static final Set<ResultKind> PLANNED =
      EnumSet.of(
          ResultKind.RFM,
          ResultKind.SEGMENTS,
          ResultKind.SCORES,
          ResultKind.EXPLANATIONS,
          ResultKind.RECOMMENDATIONS,
          ResultKind.PLANS);

  /** One run: the stages in order, each given the outputs it needs. */
  private final class Chain {
    private final RunInputs inputs;
    private final RunConfig config;
    private final AnalysisSink sink;
    private final ProgressListener progress;
    private final RunFiles files;
    private final List<Stage> stages = new ArrayList<>();

    Chain(RunInputs inputs, RunConfig config, AnalysisSink sink, ProgressListener progress) {
      this.inputs = inputs;
      this.config = config;
      this.sink = sink;
      this.progress = progress;
      this.files = new RunFiles(sink);
    }

    RunSummary execute() {
      Population population = load();
      int n = population.size();
      CustomerPasses passes =
          new CustomerPasses(inputs.customers(), population.ids(), config.chunk(), progress);
      SignalTable signalTable =
          timed(
              "features",
              s -> n,
              () -> new SignalStage(signals).run(passes, population, config, sink, files));
      SegmentAssignment segments =
          timed(
              "segmentation",
              s -> n,
              () ->
                  new SegmentationStage(features, segmenters)
                      .run(passes, population, signalTable, config, sink, files, progress));
      SelectedModel model =
          timed(
              "model selection",
              SelectedModel::trained,
              () -> new ModelStage(features, candidates).run(passes, population, config, progress));
      ScoringStage.Scores scores = score(passes, signalTable, segments, model);
      ExplanationStage.Explained explained =
          timed(
              "explanations",
              e -> e.byPosition().size(),
              () ->
                  new ExplanationStage(explainers)
                      .run(passes, scores, model.bundle(), config, sink, files, progress));
      boolean content = !population.catalog().isEmpty();
      RecommendationStage.Recommended recommended =
          !content ? RecommendationStage.Recommended.NONE : recommendations(passes, population);
      PlanStage.Planned planned =
          timed(
              "plans",
              p -> n,
              () ->
                  new PlanStage(engine)
                      .run(
                          scores.plans(),
                          n,
                          explained,
                          recommended,
                          config,
                          OptionalDouble.empty(),
                          sink,
                          files,
                          progress));
      ContentSummary contentSummary =
          !content
              ? ContentStage.NONE
              : timed(
                  "content",
                  c -> population.catalog().size(),
                  () -> new ContentStage().run(population.catalog(), population.favouriteGenres()));
      RunSummary summary =
          summary(
              population,
              signalTable,
              segments,
              model,
              explained,
              recommended,
              planned,
              contentSummary);
      sink.summary(summary);
      sink.finish();
      return summary;
    }

    /**
     * The scoring stage: every customer scored, the scores and the run's model given to the sink.
     */
    private ScoringStage.Scores score(
        CustomerPasses passes,
        SignalTable signalTable,
        SegmentAssignment segments,
        SelectedModel model) {
      return timed(
          "scoring",
          s -> passes.size(),
          () ->
              new ScoringStage(engine)
                  .run(passes, signalTable, segments, model.bundle(), config.facts(), sink, files));
    }

    /** The load stage: the population, with the customers and their mapping given to the sink. */
    private Population load() {
      return timed(
          "load",
          p -> p.size(),
          () -> {
            Population p =
                new LoadStage(config.chunk()).run(inputs.customers(), inputs.catalog(), progress);
            sink.customers(inputs.customers(), p.labelled() == p.size());
            files.add(ResultKind.CUSTOMERS);
            files.add(ResultKind.CUSTOMER_MAPPING);
            return p;
          });
    }

    /** The recommendations stage, run only when the population has a catalog. */
    private RecommendationStage.Recommended recommendations(
        CustomerPasses passes, Population population) {
      return timed(
          "recommendations",
          RecommendationStage.Recommended::rows,
          () ->
              new RecommendationStage(recommenders)
                  .run(
                      passes,
                      population.catalog(),
                      inputs.activity(),
                      config,
                      sink,
                      files,
                      progress));
    }

    /** The run's summary, made from the stages' outputs once every stage has run. */
    private RunSummary summary(
        Population population,
        SignalTable signalTable,
        SegmentAssignment segments,
        SelectedModel model,
        ExplanationStage.Explained explained,
        RecommendationStage.Recommended recommended,
        PlanStage.Planned planned,
        ContentSummary contentSummary) {
      return new RunSummary(
          ModelBundleFile.libraryVersion(),
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
          config.seed(),
          new DataSummary(
              inputs.name(),
              population.size(),
              population.labelled(),
              Attributes.rate(population.churned(), population.labelled()),
              population.catalog().size(),
              recommended.events(),
              recommended.snapshot()),
          model.summary(),
          model.holdOut(),
          segments.summary(),
          signalTable.rfm(),
          explained.drivers(),
          explained.customers(),
          contentSummary,
          planned.actions(),
          planned.top(),
          stages,
          files.asMap());
    }

    /** Runs a stage and records its wall time and how many rows it reports. */
    private <T> T timed(String name, java.util.function.ToLongFunction<T> rows, Supplier<T> stage) {
      long start = System.nanoTime();
      T out = stage.get();
      stages.add(new Stage(name, (System.nanoTime() - start) / 1e9, rows.applyAsLong(out)));
      return out;
    }
  }
}
