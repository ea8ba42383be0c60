package io.retention.examples.run;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.adapters.csv.CsvAdaptersModule;
import io.retention.adapters.csv.CsvCustomerWriter;
import io.retention.adapters.csv.CsvExplanationWriter;
import io.retention.adapters.csv.CsvRecommendationWriter;
import io.retention.adapters.csv.CsvRowWriter;
import io.retention.adapters.csv.CsvSegmentWriter;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.RetentionException;
import io.retention.core.application.ModelSelection;
import io.retention.core.application.ModelSelectionConfig;
import io.retention.core.application.ModelSelectionReport;
import io.retention.core.application.PlanRetention;
import io.retention.core.application.ScoreCustomers;
import io.retention.core.application.SelectChurnModel;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.evaluation.CalibrationCurve;
import io.retention.core.evaluation.ConfusionMatrix;
import io.retention.core.evaluation.LeakageGuard;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.evaluation.ThresholdPolicy;
import io.retention.core.explain.AttributeContribution;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.GlobalDriver;
import io.retention.core.explain.GlobalDrivers;
import io.retention.core.explain.Reason;
import io.retention.core.persistence.AtomicFiles;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnModelCodec;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedFeaturesCodec;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfile;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.segmentation.SegmentationReport;
import io.retention.core.strategy.BehaviourFlag;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.PlanFilter;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import io.retention.examples.run.RunSummary.ActionCount;
import io.retention.examples.run.RunSummary.CalibrationBin;
import io.retention.examples.run.RunSummary.Candidate;
import io.retention.examples.run.RunSummary.ContentSummary;
import io.retention.examples.run.RunSummary.Contribution;
import io.retention.examples.run.RunSummary.CustomerExplanation;
import io.retention.examples.run.RunSummary.DataSummary;
import io.retention.examples.run.RunSummary.Driver;
import io.retention.examples.run.RunSummary.GenreCount;
import io.retention.examples.run.RunSummary.HoldOutSummary;
import io.retention.examples.run.RunSummary.KScore;
import io.retention.examples.run.RunSummary.LabelCount;
import io.retention.examples.run.RunSummary.ModelSummary;
import io.retention.examples.run.RunSummary.PlanRow;
import io.retention.examples.run.RunSummary.RfmCell;
import io.retention.examples.run.RunSummary.RfmSummary;
import io.retention.examples.run.RunSummary.Segment;
import io.retention.examples.run.RunSummary.SegmentationSummary;
import io.retention.examples.run.RunSummary.Stage;
import io.retention.examples.run.RunSummary.YearTypeCount;
import io.retention.features.BehaviouralConfig;
import io.retention.features.BehaviouralFeatures;
import io.retention.features.BehaviouralFlags;
import io.retention.features.FeaturesModule;
import io.retention.features.FittedBehaviouralFeatures;
import io.retention.features.FittedRfm;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import io.retention.ml.tribuo.KMeansConfig;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoExplainers;
import io.retention.ml.tribuo.TribuoKMeansSegmenter;
import io.retention.ml.tribuo.TribuoModule;
import io.retention.recommender.ContentIndex;
import io.retention.recommender.FieldWeights;
import io.retention.recommender.HybridRecommender;
import io.retention.recommender.RecommenderConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The whole retention pipeline as one run: from customers (and optionally a catalog and viewing
 * events) to a complete results folder ({@link RunFolder}) and its {@link RunSummary} in {@code
 * metrics.json}.
 *
 * <p>Nine timed stages, each recorded as a {@link Stage}: {@code load} (counts and churn rate),
 * {@code features} (feature statistics and RFM cut points learned on a sample; {@code rfm.csv}),
 * {@code segmentation} (k scan, names, profiles; {@code segments.csv}), {@code model selection}
 * (stratified k-fold over the candidate trainers by PR-AUC, refit, calibration on out-of-fold
 * predictions, threshold, then evaluation on a stratified hold-out), {@code scoring} ({@code
 * scores.csv} for every customer and {@code model.bundle}), {@code explanations} (SHAP global
 * drivers on a sample, per-customer reasons for the highest-priority customers; {@code
 * explanations.csv}), {@code recommendations} (only with a catalog: the viewing events streamed
 * once into the recommender's builder, then every customer's titles recommended on every core and
 * written in customer order; {@code recommendations.csv}), {@code plans} (every customer, ranked;
 * {@code plans.csv}) and {@code content} (only with a catalog).
 *
 * <p>What is learned (features, RFM cut points, segments, the model) is learned on seeded samples
 * chosen by customer id ({@link RunConfig}); every customer is then read again from the source in
 * chunks and scored, segmented and planned, keeping per customer only a few numbers, so that a
 * million customers fit in a 2 GB heap. The customer source must yield the same customers in the
 * same order on every pass; a run checks that it does.
 *
 * <p>The model is selected and fitted on the training part of the labelled sample only; the
 * hold-out figures come from customers it never saw. Explanations are SHAP values of the model
 * before calibration (calibration is monotone, so the order of reasons is the same), in the space
 * the explainer reports (log-odds for the logistic regression, probability for the forest).
 *
 * <p>A pipeline is built for one results folder and one customer layout; {@link #run} may be called
 * again, and each call replaces the folder's files. Not thread-safe: one run at a time.
 */
public final class RetentionPipeline {
  /** The id column of the {@code customers.csv} a run writes. */
  public static final String CUSTOMER_ID_COLUMN = "customer_id";

  /** The churn label column of the {@code customers.csv} a run writes. */
  public static final String CHURNED_COLUMN = "churned";

  /** The selection metric the model selection uses. */
  static final String SELECTION_METRIC = "PR-AUC";

  /** Most points kept on each ROC and PR curve of the summary. */
  static final int CURVE_POINTS = 200;

  /** Rows used as SHAP background for the explainer. */
  static final int BACKGROUND_ROWS = 100;

  /** Reasons kept per explained customer. */
  static final int REASONS = 3;

  /** Attribute contributions kept per explained customer in the summary. */
  static final int CONTRIBUTIONS = 8;

  /** Viewing events read between two progress reports. */
  static final int EVENT_PROGRESS = 1 << 20;

  /** RFM scores run from 1 to this. */
  static final int RFM_LEVELS = 5;

  /** Global drivers kept in the summary. */
  static final int DRIVERS = 15;

  /** The monthly spend or tenure of a customer without a usable value, for the CLV. */
  static final double MISSING_AMOUNT = 0.0;

  private static final String NO_VALUE = "";

  private final CustomerSchema schema;
  private final FeaturePipeline features;
  private final List<ChurnTrainer> candidates;
  private final ScoreCustomers scoring;
  private final PlanRetention planning;
  private final RetentionEngine engine;
  private final ModelBundleFile bundleFile;
  private final RunFolder folder;
  private final RunConfig config;

  /**
   * Creates a pipeline from its parts; {@link #create} wires them with Guice.
   *
   * @param schema the customers' layout
   * @param features the feature pipeline of the model (and of the segments)
   * @param candidates the churn trainers the model selection compares, distinct names
   * @param scoring ranks and writes the scores to {@code scores.csv} of the folder
   * @param planning plans, ranks and writes {@code plans.csv} of the folder
   * @param engine the retention engine {@code planning} uses, for priorities before planning
   * @param featureCodec stores the fitted features in the model bundle
   * @param modelCodec stores the model in the model bundle
   * @param folder the results folder
   * @param config sample sizes, folds, seed
   */
  @Inject
  public RetentionPipeline(
      CustomerSchema schema,
      FeaturePipeline features,
      List<ChurnTrainer> candidates,
      ScoreCustomers scoring,
      PlanRetention planning,
      RetentionEngine engine,
      FittedFeaturesCodec featureCodec,
      ChurnModelCodec modelCodec,
      RunFolder folder,
      RunConfig config) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.features = Objects.requireNonNull(features, "features");
    this.candidates = List.copyOf(candidates);
    if (this.candidates.isEmpty()) {
      throw new IllegalArgumentException("the model selection needs at least one candidate");
    }
    this.scoring = Objects.requireNonNull(scoring, "scoring");
    this.planning = Objects.requireNonNull(planning, "planning");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.bundleFile =
        new ModelBundleFile(
            List.of(Objects.requireNonNull(featureCodec, "featureCodec")),
            List.of(Objects.requireNonNull(modelCodec, "modelCodec")));
    this.folder = Objects.requireNonNull(folder, "folder");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Wires a pipeline with Guice: the standard features ({@link FeaturesModule}), logistic
   * regression and random-forest candidates seeded with the run's seed, the forest with {@link
   * RunConfig#forestTrees()} trees ({@link TribuoModule}), CSV sinks in the folder ({@link
   * CsvAdaptersModule}), and the default retention engine and policy.
   *
   * @param schema the customers' layout
   * @param folder the results folder
   * @param config sample sizes, folds, seed
   * @return the pipeline
   */
  public static RetentionPipeline create(
      CustomerSchema schema, RunFolder folder, RunConfig config) {
    Injector injector =
        Guice.createInjector(
            new FeaturesModule(),
            new TribuoModule(
                LogisticRegressionConfig.DEFAULTS.withSeed(config.seed()),
                RandomForestConfig.DEFAULTS
                    .withSeed(config.seed())
                    .withTrees(config.forestTrees())),
            new CsvAdaptersModule(folder.dir()),
            binder -> {
              binder.bind(CustomerSchema.class).toInstance(schema);
              binder.bind(RunFolder.class).toInstance(folder);
              binder.bind(RunConfig.class).toInstance(config);
              binder.bind(StrategyConfig.class).toInstance(StrategyConfig.DEFAULTS);
              binder.bind(RetentionPolicy.class).toInstance(RetentionPolicy.defaultPreset());
              binder.bind(RetentionEngine.class).asEagerSingleton();
            });
    return injector.getInstance(RetentionPipeline.class);
  }

  /**
   * The results folder.
   *
   * @return the folder
   */
  public RunFolder folder() {
    return folder;
  }

  /**
   * Runs every stage and writes the results folder, {@code metrics.json} last.
   *
   * @param inputs the customers, and optionally a catalog and viewing events
   * @param progress told how each stage advances; safe to be {@link ProgressListener#NONE}
   * @return the summary written to {@code metrics.json}
   * @throws RetentionException when the data cannot make a run (no labelled customers, one class
   *     only, a source that changes between passes)
   * @throws IllegalArgumentException when the customers' layout is not this pipeline's
   */
  public RunSummary run(RunInputs inputs, ProgressListener progress) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(progress, "progress");
    if (!inputs.customers().schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the customers have layout '"
              + inputs.customers().schema().name()
              + "', the pipeline was built for '"
              + schema.name()
              + "'");
    }
    return new Run(inputs, progress).execute();
  }

  /** One call of {@link #run}: the per-customer state, indexed by position in the source. */
  private final class Run {
    private final RunInputs inputs;
    private final CustomerSource source;
    private final ProgressListener progress;
    private final List<Stage> stages = new ArrayList<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    private int n;
    private CustomerId[] ids;
    private byte[] labels;
    private long labelled;
    private long churned;
    private List<ContentItem> catalog = List.of();
    private long events;
    private String snapshot = NO_VALUE;
    private Map<String, long[]> favouriteGenres = new TreeMap<>();

    private double[] spend;
    private double[] tenure;
    private double[] engagement;
    private List<Customer> fitSample = List.of();
    private FittedRfm rfm;
    private byte[] flags;
    private String[] rfmLabels;
    private byte[] segments;
    private List<String> segmentNames = List.of();
    private double[] probabilities;
    private double[] priorities;
    private final Map<Integer, Explanation> explained = new HashMap<>();
    private String[] recommended; // per customer position, config.recommendations() titles

    private long stageStart;

    Run(RunInputs inputs, ProgressListener progress) {
      this.inputs = inputs;
      this.source = inputs.customers();
      this.progress = progress;
    }

    RunSummary execute() {
      try {
        Files.createDirectories(folder.dir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + folder.dir(), e);
      }
      begin();
      load();
      writeCustomers();
      end("load", n);

      begin();
      RfmSummary rfmSummary = rfmStage();
      end("features", n);

      begin();
      SegmentationSummary segmentation = segmentationStage();
      end("segmentation", n);

      begin();
      ModelOutcome model = modelStage();
      end("model selection", model.trained);

      begin();
      scoringStage(model.bundle);
      end("scoring", n);

      begin();
      Explained explainedSummary = explainStage(model.bundle);
      end("explanations", explained.size());

      if (!catalog.isEmpty()) {
        begin();
        long rows = recommendationStage();
        end("recommendations", rows);
      }

      begin();
      Planned planned = planStage();
      end("plans", n);

      ContentSummary content = new ContentSummary(List.of(), List.of(), List.of());
      if (!catalog.isEmpty()) {
        begin();
        content = contentStage();
        end("content", catalog.size());
      }

      RunSummary summary =
          new RunSummary(
              ModelBundleFile.libraryVersion(),
              Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
              config.seed(),
              new DataSummary(
                  inputs.name(),
                  n,
                  labelled,
                  rate(churned, labelled),
                  catalog.size(),
                  events,
                  snapshot),
              model.summary,
              model.holdOut,
              segmentation,
              rfmSummary,
              explainedSummary.drivers,
              explainedSummary.customers,
              content,
              planned.actions,
              planned.top,
              stages,
              files);
      folder.writeSummary(summary);
      return summary;
    }

    private void begin() {
      stageStart = System.nanoTime();
    }

    private void end(String name, long rows) {
      stages.add(new Stage(name, (System.nanoTime() - stageStart) / 1e9, rows));
    }

    // ---- 1. load -------------------------------------------------------------------------

    /**
     * Copies the customers into the folder with the mapping that reads them back, so that the
     * folder is complete on its own (the dashboard reads it); the churn label is kept when every
     * customer has one.
     */
    private void writeCustomers() {
      CustomerCsvMapping mapping =
          new CustomerCsvMapping(
              CUSTOMER_ID_COLUMN,
              labelled == n ? CHURNED_COLUMN : CustomerCsvMapping.NO_LABEL,
              schema);
      try (Stream<Customer> stream = source.customers()) {
        new CsvCustomerWriter(mapping).write(folder.file(RunFolder.CUSTOMERS), stream);
      }
      try {
        Files.writeString(
            folder.file(RunFolder.CUSTOMER_MAPPING), mapping.toFileText(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot write " + folder.file(RunFolder.CUSTOMER_MAPPING), e);
      }
      files.put("customers", RunFolder.CUSTOMERS);
      files.put("customer mapping", RunFolder.CUSTOMER_MAPPING);
    }

    private void load() {
      List<CustomerId> idList = new ArrayList<>();
      ByteList labelList = new ByteList();
      Optional<String> genre = schema.attribute(AttributeRole.FAVOURITE_GENRE);
      progress.started("Reading customers", -1);
      try (Stream<Customer> stream = source.customers()) {
        Iterator<Customer> it = stream.iterator();
        while (it.hasNext()) {
          Customer c = it.next();
          idList.add(c.id());
          byte label = !c.isLabelled() ? (byte) 0 : c.churned() ? (byte) 2 : (byte) 1;
          labelList.add(label);
          if (label > 0) {
            labelled++;
            churned += label == 2 ? 1 : 0;
          }
          if (genre.isPresent()) {
            String g = c.categoricalValue(genre.get()).orElse(RetentionPlan.UNKNOWN);
            long[] counts = favouriteGenres.computeIfAbsent(g, k -> new long[3]);
            counts[label]++;
          }
          if (idList.size() % config.chunk() == 0) {
            progress.advanced(idList.size());
          }
        }
      }
      progress.finished();
      n = idList.size();
      if (n == 0) {
        throw new RetentionException(source + " has no customers");
      }
      if (labelled == 0) {
        throw new RetentionException("no customer has a churn label: nothing to train on");
      }
      if (churned == 0 || churned == labelled) {
        throw new RetentionException(
            "training needs churned and retained customers; got "
                + churned
                + " churned of "
                + labelled
                + " labelled");
      }
      ids = idList.toArray(CustomerId[]::new);
      labels = labelList.toArray();
      if (inputs.catalog().isPresent()) {
        try (Stream<ContentItem> items = inputs.catalog().get().items()) {
          catalog = items.toList();
        }
      }
    }

    // ---- passes over the source --------------------------------------------------------------

    /** Calls the action for every chunk of customers, checking that the source did not change. */
    private void forEachChunk(String task, ChunkAction action) {
      progress.started(task, n);
      List<Customer> chunk = new ArrayList<>(config.chunk());
      int start = 0;
      int index = 0;
      try (Stream<Customer> stream = source.customers()) {
        Iterator<Customer> it = stream.iterator();
        while (it.hasNext()) {
          Customer c = it.next();
          if (index >= n || !c.id().equals(ids[index])) {
            throw new RetentionException(
                source
                    + " gave customer "
                    + c.id()
                    + " at position "
                    + index
                    + " on a later pass, not "
                    + (index < n ? ids[index] : "the end")
                    + ": a run needs the same customers in the same order on every pass");
          }
          chunk.add(c);
          index++;
          if (chunk.size() == config.chunk()) {
            action.accept(start, chunk);
            start = index;
            chunk.clear();
            progress.advanced(index);
          }
        }
      }
      if (index != n) {
        throw new RetentionException(
            source + " gave " + index + " customers on a later pass, " + n + " on the first");
      }
      if (!chunk.isEmpty()) {
        action.accept(start, chunk);
        progress.advanced(index);
      }
      progress.finished();
    }

    /** The customers a seeded, id-based sample of at most {@code limit} keeps. */
    private List<Customer> sample(int limit, boolean labelledOnly) {
      long population = labelledOnly ? labelled : n;
      double share = Math.min(1.0, (double) limit / population);
      List<Customer> kept = new ArrayList<>();
      forEachChunk(
          "Sampling customers",
          (start, chunk) -> {
            for (Customer c : chunk) {
              if ((!labelledOnly || c.isLabelled())
                  && (share >= 1.0 || unit(config.seed(), c.id().value()) < share)) {
                kept.add(c);
              }
            }
          });
      return kept;
    }

    // ---- 2. features and RFM -----------------------------------------------------------------

    private RfmSummary rfmStage() {
      List<Customer> fit = sample(config.fitSampleLimit(), false);
      Optional<String> spendAttr = schema.attribute(AttributeRole.SPEND);
      Optional<String> tenureAttr = schema.attribute(AttributeRole.TENURE);
      Optional<String> usageAttr =
          schema
              .attribute(AttributeRole.DAILY_USAGE)
              .or(() -> schema.attribute(AttributeRole.USAGE));
      double[] usageStats = usageStats(fit, usageAttr);
      Optional<String> recencyAttr = schema.attribute(AttributeRole.RECENCY);
      Optional<String> frequencyAttr =
          schema.attribute(AttributeRole.FREQUENCY).or(() -> schema.attribute(AttributeRole.USAGE));
      boolean hasRfm =
          recencyAttr.isPresent() && spendAttr.isPresent() && frequencyAttr.isPresent();
      rfm = hasRfm ? new RfmFeatures(schema, RfmConfig.DEFAULTS).fit(fit) : null;
      boolean hasBehaviour =
          schema.attribute(AttributeRole.USAGE).isPresent()
              || schema.attribute(AttributeRole.RECENCY).isPresent()
              || schema.attribute(AttributeRole.DAILY_USAGE).isPresent();
      FittedBehaviouralFeatures behaviour =
          hasBehaviour
              ? new BehaviouralFeatures(schema, BehaviouralConfig.DEFAULTS).fit(fit)
              : null;
      flags = new byte[n];

      spend = new double[n];
      tenure = new double[n];
      engagement = new double[n];
      rfmLabels = new String[n];
      Map<String, String> interned = new HashMap<>();
      long[][] cellCount = new long[RFM_LEVELS + 1][RFM_LEVELS + 1];
      long[][] cellLabelled = new long[RFM_LEVELS + 1][RFM_LEVELS + 1];
      long[][] cellChurned = new long[RFM_LEVELS + 1][RFM_LEVELS + 1];
      double[][] cellMonetary = new double[RFM_LEVELS + 1][RFM_LEVELS + 1];
      Map<String, long[]> labelCounts = new LinkedHashMap<>();

      CsvRowWriter out =
          hasRfm
              ? CsvRowWriter.open(
                  folder.file(RunFolder.RFM),
                  List.of(
                      "customer_id",
                      "recency",
                      "frequency",
                      "monetary",
                      "r_score",
                      "f_score",
                      "m_score",
                      "rfm_label"))
              : null;
      try {
        forEachChunk(
            "RFM scores",
            (start, chunk) -> {
              for (int j = 0; j < chunk.size(); j++) {
                Customer c = chunk.get(j);
                int i = start + j;
                spend[i] = nonNegative(value(c, spendAttr));
                tenure[i] = nonNegative(value(c, tenureAttr));
                engagement[i] = engagementOf(value(c, usageAttr), usageStats);
                if (behaviour != null) {
                  flags[i] = flagBits(behaviour.flags(c));
                }
                if (rfm == null) {
                  rfmLabels[i] = RetentionPlan.UNKNOWN;
                  continue;
                }
                RfmScore s = rfm.score(c);
                rfmLabels[i] = interned.computeIfAbsent(s.label(), k -> k);
                double monetary = value(c, spendAttr);
                cellCount[s.recency()][s.frequency()]++;
                cellMonetary[s.recency()][s.frequency()] += Double.isNaN(monetary) ? 0 : monetary;
                long[] lc = labelCounts.computeIfAbsent(s.label(), k -> new long[3]);
                lc[0]++;
                if (labels[i] > 0) {
                  cellLabelled[s.recency()][s.frequency()]++;
                  lc[1]++;
                  if (labels[i] == 2) {
                    cellChurned[s.recency()][s.frequency()]++;
                    lc[2]++;
                  }
                }
                out.row(
                    c.id().value(),
                    cell(value(c, recencyAttr)),
                    cell(value(c, frequencyAttr)),
                    cell(monetary),
                    Integer.toString(s.recency()),
                    Integer.toString(s.frequency()),
                    Integer.toString(s.monetary()),
                    s.label());
              }
            });
        if (out != null) {
          out.commit();
          files.put("rfm", RunFolder.RFM);
        }
      } finally {
        if (out != null) {
          out.close();
        }
      }
      List<RfmCell> grid = new ArrayList<>();
      for (int r = 1; r <= RFM_LEVELS; r++) {
        for (int f = 1; f <= RFM_LEVELS; f++) {
          if (cellCount[r][f] > 0) {
            grid.add(
                new RfmCell(
                    r,
                    f,
                    cellCount[r][f],
                    rate(cellChurned[r][f], cellLabelled[r][f]),
                    cellMonetary[r][f] / cellCount[r][f]));
          }
        }
      }
      List<LabelCount> labelRows = new ArrayList<>();
      labelCounts.forEach((k, v) -> labelRows.add(new LabelCount(k, v[0], rate(v[2], v[1]))));
      labelRows.sort(
          Comparator.comparingLong(LabelCount::customers)
              .reversed()
              .thenComparing(LabelCount::label));
      fitSample = fit;
      return new RfmSummary(grid, labelRows);
    }

    // ---- 3. segmentation ---------------------------------------------------------------------

    private SegmentationSummary segmentationStage() {
      List<Customer> fit = fitSample;
      FittedFeatures fitted = features.fit(fit);
      FeatureMatrix matrix = fitted.transformAll(fit);
      List<String> behaviour = segmentationFeatures(matrix);
      SegmentFeatureRoles roles = SegmentFeatureRoles.from(schema, matrix.schema());
      SegmentCustomers service =
          new SegmentCustomers(
              new KScan(
                  new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withFeatures(behaviour)),
                  new KScanConfig(
                      config.minSegments(),
                      config.maxSegments(),
                      KScanConfig.DEFAULTS.criterion(),
                      KScanConfig.DEFAULTS.exactSilhouetteLimit(),
                      KScanConfig.DEFAULTS.silhouetteSampleSize(),
                      config.seed())),
              new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
              new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles));
      Map<CustomerId, RfmScore> sampleRfm = new HashMap<>();
      if (rfm != null) {
        for (Customer c : fit) {
          sampleRfm.put(c.id(), rfm.score(c));
        }
      }
      SegmentationReport report = service.segment(matrix, sampleRfm, progress);
      int k = report.model().segments().size();
      segmentNames =
          report.model().segments().stream().map(io.retention.core.domain.Segment::name).toList();
      segments = new byte[n];
      long[] size = new long[k];
      long[] segLabelled = new long[k];
      long[] segChurned = new long[k];
      try (CsvRowWriter out =
          CsvRowWriter.open(folder.file(RunFolder.SEGMENTS), CsvSegmentWriter.HEADER)) {
        forEachChunk(
            "Assigning segments",
            (start, chunk) -> {
              int[] assigned = report.model().assignAll(fitted.transformAll(chunk));
              for (int j = 0; j < chunk.size(); j++) {
                int i = start + j;
                int s = assigned[j];
                segments[i] = (byte) s;
                size[s]++;
                if (labels[i] > 0) {
                  segLabelled[s]++;
                  segChurned[s] += labels[i] == 2 ? 1 : 0;
                }
                out.row(ids[i].value(), Integer.toString(s), segmentNames.get(s));
              }
            });
        out.commit();
      }
      files.put("segments", RunFolder.SEGMENTS);
      List<Segment> rows = new ArrayList<>();
      for (SegmentProfile p : report.profiles()) {
        int s = p.segment().index();
        Map<String, Double> profile = new LinkedHashMap<>();
        for (String f : behaviour) {
          double mean = p.mean(f);
          if (Double.isFinite(mean)) {
            profile.put(f, mean);
          }
        }
        rows.add(
            new Segment(
                s, p.segment().name(), size[s], rate(segChurned[s], segLabelled[s]), profile));
      }
      rows.sort(Comparator.comparingLong(Segment::customers).reversed().thenComparing(Segment::id));
      List<KScore> scan = new ArrayList<>();
      for (io.retention.core.segmentation.KScore score : report.scan().scores()) {
        scan.add(
            new KScore(
                score.k(), score.inertia(), score.silhouette().value(), score.daviesBouldin()));
      }
      return new SegmentationSummary(
          k,
          report.scan().criterion().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          scan,
          behaviour,
          rows);
    }

    /** The numeric attributes with behavioural roles, as they appear among the features. */
    private List<String> segmentationFeatures(FeatureMatrix matrix) {
      List<String> names = new ArrayList<>();
      for (AttributeRole role :
          List.of(
              AttributeRole.USAGE,
              AttributeRole.DAILY_USAGE,
              AttributeRole.RECENCY,
              AttributeRole.FREQUENCY,
              AttributeRole.SPEND,
              AttributeRole.PROFILES,
              AttributeRole.TENURE)) {
        schema
            .attribute(role)
            .filter(a -> matrix.schema().names().contains(a) && !names.contains(a))
            .ifPresent(names::add);
      }
      if (names.size() < 2) {
        for (String a : schema.numericAttributes()) {
          if (matrix.schema().names().contains(a) && !names.contains(a)) {
            names.add(a);
          }
        }
      }
      return names;
    }

    // ---- 4. model selection and hold-out ---------------------------------------------------

    private ModelOutcome modelStage() {
      fitSample = List.of();
      List<Customer> labelledSample = sample(config.trainingLimit(), true);
      StratifiedSplit.Parts<Customer> parts =
          new StratifiedSplit(config.testFraction(), config.seed())
              .split(labelledSample, c -> c.id().value(), Customer::churned);
      long testChurned = parts.test().stream().filter(Customer::churned).count();
      if (parts.test().isEmpty() || testChurned == 0 || testChurned == parts.test().size()) {
        throw new RetentionException(
            "the hold-out of "
                + parts.test().size()
                + " customers has "
                + testChurned
                + " churned; it needs both classes: use more customers or a larger"
                + " --test-fraction");
      }
      ModelSelectionConfig selectionConfig =
          new ModelSelectionConfig(
              config.folds(),
              config.seed(),
              Calibration.Method.PLATT,
              new ThresholdPolicy.MaxF1(),
              CalibrationCurve.DEFAULT_BINS,
              LeakageGuard.DEFAULT);
      ModelSelection selection =
          new SelectChurnModel(features)
              .select(parts.train(), candidates, selectionConfig, progress);
      ChurnModelBundle bundle = selection.bundle();
      ModelSelectionReport report = selection.report();

      FeatureMatrix test = bundle.features().transformAll(parts.test());
      double[] after = bundle.model().probabilities(test);
      double[] before = rawModel(bundle.model()).probabilities(test);
      boolean[] y = new boolean[test.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = parts.test().get(i).churned();
      }
      double threshold = report.threshold();
      ConfusionMatrix cm = ConfusionMatrix.at(after, y, threshold);
      HoldOutSummary holdOut =
          new HoldOutSummary(
              y.length,
              BinaryMetrics.positiveRate(y),
              BinaryMetrics.rocAuc(after, y),
              BinaryMetrics.averagePrecision(after, y),
              BinaryMetrics.logLoss(after, y),
              BinaryMetrics.brierScore(before, y),
              BinaryMetrics.brierScore(after, y),
              cm.accuracy(),
              cm.precision(),
              cm.recall(),
              cm.f1(),
              cm.truePositives(),
              cm.falsePositives(),
              cm.trueNegatives(),
              cm.falseNegatives(),
              Curves.roc(after, y, CURVE_POINTS),
              Curves.precisionRecall(after, y, CURVE_POINTS),
              bins(CalibrationCurve.of(before, y, CalibrationCurve.DEFAULT_BINS)),
              bins(CalibrationCurve.of(after, y, CalibrationCurve.DEFAULT_BINS)));
      List<Candidate> candidateRows = new ArrayList<>();
      for (ModelSelectionReport.CandidateScores c : report.candidates()) {
        candidateRows.add(
            new Candidate(
                c.name(),
                c.folds().stream().map(ModelSelectionReport.FoldScores::prAuc).toList(),
                c.folds().stream().map(ModelSelectionReport.FoldScores::rocAuc).toList(),
                c.meanPrAuc(),
                c.meanRocAuc()));
      }
      ModelSummary summary =
          new ModelSummary(
              report.chosen(),
              SELECTION_METRIC,
              config.folds(),
              candidateRows,
              selectionConfig.calibration().name().toLowerCase(Locale.ROOT),
              threshold,
              report.thresholdPolicy(),
              bundle.features().schema().size());
      return new ModelOutcome(bundle, summary, holdOut, parts.train().size());
    }

    // ---- 5. scores and the model bundle ------------------------------------------------------

    private void scoringStage(ChurnModelBundle bundle) {
      probabilities = new double[n];
      priorities = new double[n];
      forEachChunk(
          "Scoring customers",
          (start, chunk) -> {
            double[] p = bundle.model().probabilities(bundle.features().transformAll(chunk));
            for (int j = 0; j < p.length; j++) {
              int i = start + j;
              probabilities[i] = p[j];
              priorities[i] = engine.plan(signals(i).build()).priority();
            }
          });
      List<ChurnScore> scores = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        scores.add(new ChurnScore(ids[i], probabilities[i]));
      }
      scoring.rankAndWrite(scores);
      files.put("scores", RunFolder.SCORES);
      writeBundle(bundle);
      files.put("model", RunFolder.MODEL);
    }

    private void writeBundle(ChurnModelBundle bundle) {
      Path target = folder.file(RunFolder.MODEL);
      try {
        AtomicFiles.write(target, bundleFile.write(bundle));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
    }

    // ---- 6. explanations ---------------------------------------------------------------------

    private Explained explainStage(ChurnModelBundle bundle) {
      ChurnModel raw = rawModel(bundle.model());
      if (!TribuoExplainers.canExplain(raw)) {
        return new Explained(List.of(), List.of());
      }
      int[] top = topByPriority(Math.min(config.explainedCustomers(), n));
      BitSet wanted = new BitSet(n);
      for (int i : top) {
        wanted.set(i);
      }
      double driverShare = Math.min(1.0, (double) config.driverSample() / n);
      double backgroundShare = Math.min(1.0, (double) BACKGROUND_ROWS / n);
      List<Customer> background = new ArrayList<>();
      List<Customer> driverRows = new ArrayList<>();
      Map<Integer, Customer> topCustomers = new HashMap<>();
      forEachChunk(
          "Choosing customers to explain",
          (start, chunk) -> {
            for (int j = 0; j < chunk.size(); j++) {
              Customer c = chunk.get(j);
              double u = unit(config.seed() + 1, c.id().value());
              if (u < driverShare) {
                driverRows.add(c);
              }
              if (unit(config.seed() + 2, c.id().value()) < backgroundShare) {
                background.add(c);
              }
              if (wanted.get(start + j)) {
                topCustomers.put(start + j, c);
              }
            }
          });
      FittedFeatures fitted = bundle.features();
      BatchChurnExplainer explainer =
          TribuoExplainers.forModel(
              raw,
              fitted.transformAll(
                  background.isEmpty() ? topCustomers.values().stream().toList() : background));
      AttributeGrouping grouping = AttributeGrouping.of(fitted.schema(), fitted.describe());
      CustomerReasons reasons = new CustomerReasons(grouping);

      progress.started("Explaining churn risk", driverRows.size() + top.length);
      List<Explanation> sample = explainer.explainAll(fitted.transformAll(driverRows));
      progress.advanced(driverRows.size());
      List<Driver> drivers = drivers(sample, grouping);

      Map<CustomerId, Explanation> byId = new LinkedHashMap<>();
      List<CustomerExplanation> rows = new ArrayList<>();
      for (int i : top) {
        Customer c = topCustomers.get(i);
        Explanation e = explainer.explain(fitted.transform(c));
        explained.put(i, e);
        byId.put(c.id(), e);
        List<Contribution> contributions = new ArrayList<>();
        List<AttributeContribution> grouped = new ArrayList<>(grouping.group(e));
        grouped.sort(
            Comparator.comparingDouble((AttributeContribution a) -> -Math.abs(a.contribution()))
                .thenComparing(AttributeContribution::attribute));
        for (AttributeContribution a :
            grouped.subList(0, Math.min(CONTRIBUTIONS, grouped.size()))) {
          contributions.add(new Contribution(a.attribute(), a.value(), a.contribution()));
        }
        if (grouped.size() > CONTRIBUTIONS) {
          // The rest in one entry, so that base value + contributions still ends at the prediction.
          double rest = 0.0;
          for (AttributeContribution a : grouped.subList(CONTRIBUTIONS, grouped.size())) {
            rest += a.contribution();
          }
          contributions.add(
              new Contribution(
                  String.format(Locale.ROOT, "%d other attributes", grouped.size() - CONTRIBUTIONS),
                  "",
                  rest));
        }
        rows.add(
            new CustomerExplanation(
                c.id().value(),
                probabilities[i],
                e.baseValue(),
                e.space().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                contributions,
                reasons.top(e, REASONS).stream().map(Reason::phrase).toList()));
      }
      progress.advanced(driverRows.size() + top.length);
      progress.finished();
      new CsvExplanationWriter(folder.file(RunFolder.EXPLANATIONS)).write(byId);
      files.put("explanations", RunFolder.EXPLANATIONS);
      return new Explained(drivers, rows);
    }

    /** Mean absolute SHAP contribution per attribute, with the direction of its feature. */
    private List<Driver> drivers(List<Explanation> sample, AttributeGrouping grouping) {
      if (sample.isEmpty()) {
        return List.of();
      }
      Map<String, GlobalDriver.Direction> directions = new HashMap<>();
      for (GlobalDriver d : GlobalDrivers.rank(sample)) {
        directions.put(d.feature(), d.direction());
      }
      Map<String, Double> sums = new TreeMap<>();
      for (Explanation e : sample) {
        for (AttributeContribution a : grouping.group(e)) {
          sums.merge(a.attribute(), Math.abs(a.contribution()), Double::sum);
        }
      }
      List<Driver> out = new ArrayList<>();
      sums.forEach(
          (attribute, sum) -> {
            GlobalDriver.Direction d = directions.get(attribute);
            String direction =
                d == GlobalDriver.Direction.RAISES_RISK_WHEN_HIGHER
                    ? "raises"
                    : d == GlobalDriver.Direction.LOWERS_RISK_WHEN_HIGHER ? "lowers" : "mixed";
            out.add(new Driver(attribute, sum / sample.size(), direction));
          });
      out.sort(
          Comparator.comparingDouble((Driver d) -> -d.meanAbsContribution())
              .thenComparing(Driver::feature));
      return List.copyOf(out.subList(0, Math.min(DRIVERS, out.size())));
    }

    // ---- 7. recommendations ------------------------------------------------------------------

    private long recommendationStage() {
      HybridRecommender.Builder builder =
          HybridRecommender.builder(
              ContentIndex.build(catalog, FieldWeights.DEFAULTS),
              schema,
              GenreMapping.NETFLIX,
              RecommenderConfig.DEFAULTS);
      if (inputs.activity().isPresent()) {
        readEvents(builder);
      }
      HybridRecommender recommender = builder.build();
      int k = config.recommendations();
      recommended = new String[Math.multiplyExact(n, k)];
      long[] rows = {0};
      try (CsvRowWriter out =
          CsvRowWriter.open(
              folder.file(RunFolder.RECOMMENDATIONS), CsvRecommendationWriter.HEADER)) {
        forEachChunk(
            "Recommending titles",
            (start, chunk) -> {
              // every core recommends, then the rows are written in customer order
              List<List<Recommendation>> recs =
                  k == 0
                      ? List.of()
                      : IntStream.range(0, chunk.size())
                          .parallel()
                          .mapToObj(j -> recommender.recommend(chunk.get(j), k))
                          .toList();
              for (int j = 0; j < recs.size(); j++) {
                List<Recommendation> list = recs.get(j);
                CsvRecommendationWriter.rows(out, chunk.get(j).id(), list);
                for (int rank = 0; rank < list.size(); rank++) {
                  recommended[(start + j) * k + rank] = list.get(rank).title();
                }
              }
            });
        rows[0] = out.rows();
        out.commit();
      }
      files.put("recommendations", RunFolder.RECOMMENDATIONS);
      return rows[0];
    }

    /**
     * Streams the viewing events once into the recommender's builder, counting them and finding the
     * latest (the snapshot day of the summary); the events are not kept.
     */
    private void readEvents(HybridRecommender.Builder builder) {
      Instant last = Instant.MIN;
      long count = 0;
      progress.started("Reading viewing events", -1);
      try (Stream<ActivityEvent> stream = inputs.activity().get().events()) {
        Iterator<ActivityEvent> it = stream.iterator();
        while (it.hasNext()) {
          ActivityEvent e = it.next();
          builder.add(e);
          count++;
          if (e.at().isAfter(last)) {
            last = e.at();
          }
          if (count % EVENT_PROGRESS == 0) {
            progress.advanced(count);
          }
        }
      }
      progress.finished();
      events = count;
      if (events > 0) {
        snapshot = last.atZone(ZoneOffset.UTC).toLocalDate().toString();
      }
    }

    // ---- 8. plans ----------------------------------------------------------------------------

    private CustomerSignals.Builder signals(int i) {
      CustomerSignals.Builder b =
          CustomerSignals.builder(ids[i], probabilities[i])
              .monthlySpend(spend[i])
              .tenureMonths(tenure[i])
              .engagement(engagement[i])
              .rfmLabel(rfmLabels[i]);
      for (BehaviourFlag flag : BehaviourFlag.values()) {
        if ((flags[i] & (1 << flag.ordinal())) != 0) {
          b.flag(flag);
        }
      }
      if (segments != null) {
        b.segment(segmentNames.get(segments[i]));
      }
      return b;
    }

    /** The titles recommended to the customer at a position, best first. */
    private List<String> recommendedTitles(int i) {
      int k = config.recommendations();
      int from = i * k;
      int to = from;
      while (to < from + k && recommended[to] != null) {
        to++;
      }
      return List.of(Arrays.copyOfRange(recommended, from, to));
    }

    private Planned planStage() {
      progress.started("Planning retention", n);
      List<CustomerSignals> all = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        CustomerSignals.Builder b = signals(i);
        Explanation e = explained.get(i);
        if (e != null) {
          b.drivers(e, engine.config().driversKept());
        }
        if (recommended != null) {
          b.recommendedTitles(recommendedTitles(i));
        }
        all.add(b.build());
      }
      List<RetentionPlan> plans = planning.planAndWrite(all, PlanFilter.ALL);
      all = null;
      recommended = null; // only the plans needed the titles
      files.put("plans", RunFolder.PLANS);
      progress.advanced(n);
      progress.finished();
      Map<String, double[]> byAction = new LinkedHashMap<>();
      Map<String, String> descriptions = new HashMap<>();
      for (RetentionPlan p : plans) {
        double[] a = byAction.computeIfAbsent(p.action().code(), k -> new double[3]);
        a[0]++;
        a[1] += p.action().cost();
        a[2] += p.expectedSavedValue();
        descriptions.putIfAbsent(p.action().code(), p.action().description());
      }
      List<ActionCount> actions = new ArrayList<>();
      byAction.forEach(
          (code, a) ->
              actions.add(new ActionCount(code, descriptions.get(code), (long) a[0], a[1], a[2])));
      actions.sort(
          Comparator.comparingLong(ActionCount::customers)
              .reversed()
              .thenComparing(ActionCount::action));
      List<PlanRow> top = new ArrayList<>();
      for (int r = 0; r < Math.min(config.topPlans(), plans.size()); r++) {
        RetentionPlan p = plans.get(r);
        top.add(
            new PlanRow(
                r + 1,
                p.customer().value(),
                p.churnProbability(),
                p.risk().name(),
                p.clv(),
                p.priority(),
                p.segment(),
                p.rfmLabel(),
                p.action().code(),
                reason(p)));
      }
      return new Planned(actions, top);
    }

    // ---- 9. content --------------------------------------------------------------------------

    private ContentSummary contentStage() {
      Map<String, Long> genres = new HashMap<>();
      Map<Integer, long[]> years = new TreeMap<>();
      for (ContentItem item : catalog) {
        for (String g : item.genres()) {
          genres.merge(g, 1L, Long::sum);
        }
        if (item.releaseYear().isPresent()) {
          long[] y = years.computeIfAbsent(item.releaseYear().getAsInt(), k -> new long[2]);
          y[item.type() == ContentType.MOVIE ? 0 : 1]++;
        }
      }
      List<GenreCount> genreRows = new ArrayList<>();
      genres.forEach((g, c) -> genreRows.add(new GenreCount(g, c)));
      genreRows.sort(
          Comparator.comparingLong(GenreCount::titles).reversed().thenComparing(GenreCount::genre));
      List<YearTypeCount> yearRows = new ArrayList<>();
      years.forEach((y, c) -> yearRows.add(new YearTypeCount(y, c[0], c[1])));
      List<LabelCount> churnRows = new ArrayList<>();
      favouriteGenres.forEach(
          (g, c) -> churnRows.add(new LabelCount(g, c[0] + c[1] + c[2], rate(c[2], c[1] + c[2]))));
      churnRows.sort(
          Comparator.comparingLong(LabelCount::customers)
              .reversed()
              .thenComparing(LabelCount::label));
      return new ContentSummary(genreRows, yearRows, churnRows);
    }

    /** Indices of the customers with the highest priority, ties by customer id. */
    private int[] topByPriority(int k) {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          Comparator.comparingDouble((Integer i) -> -priorities[i]).thenComparing(i -> ids[i]));
      int[] out = new int[k];
      for (int i = 0; i < k; i++) {
        out[i] = order[i];
      }
      return out;
    }
  }

  /** Receives consecutive customers of a pass; {@code start} is the first one's position. */
  @FunctionalInterface
  private interface ChunkAction {
    void accept(int start, List<Customer> chunk);
  }

  private record ModelOutcome(
      ChurnModelBundle bundle, ModelSummary summary, HoldOutSummary holdOut, long trained) {}

  private record Explained(List<Driver> drivers, List<CustomerExplanation> customers) {}

  private record Planned(List<ActionCount> actions, List<PlanRow> top) {}

  /** A growable byte array. */
  private static final class ByteList {
    private byte[] data = new byte[1024];
    private int size;

    void add(byte b) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = b;
    }

    byte[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }

  private static byte flagBits(BehaviouralFlags f) {
    int bits = 0;
    bits |= f.lowEngagement() ? 1 << BehaviourFlag.LOW_ENGAGEMENT.ordinal() : 0;
    bits |= f.highInactivity() ? 1 << BehaviourFlag.HIGH_INACTIVITY.ordinal() : 0;
    bits |= f.priceSensitive() ? 1 << BehaviourFlag.PRICE_SENSITIVE.ordinal() : 0;
    return (byte) bits;
  }

  private static ChurnModel rawModel(ChurnModel model) {
    return model instanceof CalibratedChurnModel c ? c.raw() : model;
  }

  private static List<CalibrationBin> bins(CalibrationCurve curve) {
    return curve.bins().stream()
        .map(b -> new CalibrationBin(b.meanPredicted(), b.observedRate(), b.count()))
        .toList();
  }

  private static String reason(RetentionPlan p) {
    StringBuilder sb = new StringBuilder(p.rule());
    List<String> drivers = p.ruleDrivers().isEmpty() ? p.topDrivers() : p.ruleDrivers();
    if (!drivers.isEmpty()) {
      sb.append(": ").append(String.join(", ", drivers));
    }
    return sb.toString();
  }

  static double rate(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  private static double value(Customer c, Optional<String> attribute) {
    if (attribute.isEmpty()) {
      return Double.NaN;
    }
    OptionalDouble v = c.numericValue(attribute.get());
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }

  private static double nonNegative(double v) {
    return Double.isFinite(v) && v > 0.0 ? v : MISSING_AMOUNT;
  }

  private static String cell(double v) {
    return Double.isNaN(v) ? NO_VALUE : Double.toString(v);
  }

  /** Mean and standard deviation of log(1 + usage) on the sample. */
  private static double[] usageStats(List<Customer> sample, Optional<String> usage) {
    double sum = 0;
    double sumSq = 0;
    long count = 0;
    for (Customer c : sample) {
      double v = value(c, usage);
      if (Double.isFinite(v) && v >= 0) {
        double l = Math.log1p(v);
        sum += l;
        sumSq += l * l;
        count++;
      }
    }
    if (count < 2) {
      return new double[] {0.0, 0.0};
    }
    double mean = sum / count;
    return new double[] {mean, Math.sqrt(Math.max(0.0, sumSq / count - mean * mean))};
  }

  private static double engagementOf(double usage, double[] stats) {
    if (!(Double.isFinite(usage) && usage >= 0) || stats[1] == 0.0) {
      return 0.0;
    }
    return (Math.log1p(usage) - stats[0]) / stats[1];
  }

  /** A number in [0, 1) fixed by the seed and the customer id: the id-based sample. */
  static double unit(long seed, String id) {
    long z = seed * 0x9e3779b97f4a7c15L + id.hashCode() * 0xc2b2ae3d27d4eb4fL;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-53;
  }
}
