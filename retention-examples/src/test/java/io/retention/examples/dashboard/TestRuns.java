package io.retention.examples.dashboard;

import io.retention.adapters.csv.CsvPlanSink;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunSummary;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.GlobalDriver;
import io.retention.core.explain.GlobalDrivers;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.segmentation.SegmentationReport;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.testing.RunSummaries;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.run.RetentionPipeline;
import io.retention.features.FeatureSetCodec;
import io.retention.features.FittedRfm;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import io.retention.features.TabularFeaturesCodec;
import io.retention.ml.tribuo.KMeansConfig;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.TribuoChurnModelCodec;
import io.retention.ml.tribuo.TribuoExplainerFactory;
import io.retention.ml.tribuo.TribuoExplainers;
import io.retention.ml.tribuo.TribuoKMeansSegmenter;
import io.retention.ml.tribuo.TribuoLogisticRegressionTrainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a real run's results folder for the dashboard's tests, the way the pipeline does:
 * generated customers, a logistic-regression bundle trained on them, SHAP drivers, k-means segments
 * named by core's namer, RFM scores, and the ranked plan from the retention engine through {@link
 * CsvPlanSink}. The summary's segments, RFM, drivers and churn by favourite genre are computed from
 * those results; the generated customers have no catalog, so the catalog figures (genres, titles by
 * year) and the model-selection figures come from {@link RunSummaries#sample()}.
 */
final class TestRuns {
  /** Customers in the shared run. */
  static final int CUSTOMERS = 400;

  /** The generator's seed. */
  static final long SEED = 11;

  /** The attributes the segments are found on. */
  static final List<String> BEHAVIOUR =
      List.of(
          "watch_hours",
          "avg_watch_time_per_day",
          "last_login_days",
          "monthly_fee",
          "number_of_profiles",
          "tenure_months");

  private static final List<String> CUSTOMER_COLUMNS =
      List.of(
          "customer_id",
          "age",
          "gender",
          "subscription_type",
          "watch_hours",
          "last_login_days",
          "region",
          "device",
          "monthly_fee",
          "churned",
          "payment_method",
          "number_of_profiles",
          "avg_watch_time_per_day",
          "favorite_genre",
          "tenure_months");

  private static Path shared;
  private static List<RetentionPlan> sharedPlans;
  private static List<Customer> sharedCustomers;

  private TestRuns() {}

  /** The library's explainers, as the dashboard gets them. */
  static final ExplainerFactory EXPLAINERS = new TribuoExplainerFactory();

  /** The model bundle of {@link #shared()}, read with the library's codecs. */
  static ChurnModelBundle sharedBundle() {
    return DashboardData.readBundle(
        RetentionPipeline.injector(SyntheticCustomers.SCHEMA, RunConfig.DEFAULTS)
            .getInstance(ModelBundleFile.class),
        shared().file(RunFolder.MODEL));
  }

  /**
   * The run shared by the dashboard's tests, written once per test JVM and deleted when it exits.
   *
   * @return its folder
   */
  static synchronized RunFolder shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("dashboard-run");
        sharedCustomers = new SyntheticCustomers(CUSTOMERS, SEED).customers().toList();
        sharedPlans = write(dir, CUSTOMERS, SEED);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(dir)));
        shared = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new RunFolder(shared);
  }

  /**
   * The ranked plans of the shared run, as the engine made them.
   *
   * @return the plans, highest priority first
   */
  static List<RetentionPlan> sharedPlans() {
    shared();
    return sharedPlans;
  }

  /**
   * The customers of the shared run, as generated.
   *
   * @return the customers
   */
  static List<Customer> sharedCustomers() {
    shared();
    return sharedCustomers;
  }

  private static void deleteAll(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a run's results folder.
   *
   * @param dir the folder
   * @param count how many customers
   * @param seed the seed of the customers and the model
   * @return the ranked plans written
   */
  static List<RetentionPlan> write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    RunFolder folder = new RunFolder(dir);
    List<Customer> customers = new SyntheticCustomers(count, seed).customers().toList();
    writeCustomers(folder.file(RunFolder.CUSTOMERS), customers);

    TabularFeaturePipeline pipeline =
        new TabularFeaturePipeline(SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS);
    ChurnModelBundle bundle =
        new TrainChurnModel(
                pipeline,
                new TribuoLogisticRegressionTrainer(
                    LogisticRegressionConfig.DEFAULTS.withSeed(seed)))
            .train(customers, ProgressListener.NONE);
    ModelBundleFile format =
        new ModelBundleFile(
            List.of(new TabularFeaturesCodec(), new FeatureSetCodec()),
            List.of(new TribuoChurnModelCodec()));
    Files.write(folder.file(RunFolder.MODEL), format.write(bundle));

    FittedFeatures features = bundle.features();
    FeatureMatrix matrix = features.transformAll(customers);
    BatchChurnExplainer explainer = TribuoExplainers.forModel(bundle.model(), matrix);
    List<Explanation> explanations = explainer.explainAll(matrix);

    SegmentFeatureRoles roles =
        SegmentFeatureRoles.from(SyntheticCustomers.SCHEMA, matrix.schema());
    SegmentationReport segmentation =
        new SegmentCustomers(
                new KScan(
                    new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withFeatures(BEHAVIOUR)),
                    KScanConfig.DEFAULTS.withRange(2, 4)),
                new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
                new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles))
            .segment(matrix, Map.of(), ProgressListener.NONE);
    int[] segmentOf = segmentation.model().assignAll(matrix);
    List<String> segmentNames =
        segmentation.model().segments().stream().map(s -> s.name()).toList();

    FittedRfm rfm = new RfmFeatures(SyntheticCustomers.SCHEMA, RfmConfig.DEFAULTS).fit(customers);
    List<RfmScore> rfmScores = customers.stream().map(rfm::score).toList();

    List<CustomerSignals> signals = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      Customer c = customers.get(i);
      signals.add(
          CustomerSignals.builder(bundle.score(c))
              .monthlySpend(c.numericValue("monthly_fee").orElseThrow())
              .tenureMonths(c.numericValue("tenure_months").orElseThrow())
              .segment(segmentNames.get(segmentOf[i]))
              .rfm(rfmScores.get(i))
              .drivers(explanations.get(i), 3)
              .build());
    }
    List<RetentionPlan> plans = RetentionEngine.withDefaults().planAll(signals);
    new CsvPlanSink(folder.file(RunFolder.PLANS)).write(plans);

    StringBuilder seg = new StringBuilder("customer_id,segment_id,segment_name\n");
    StringBuilder rfmFile =
        new StringBuilder(
            "customer_id,recency,frequency,monetary,r_score,f_score,m_score,rfm_label\n");
    for (int i = 0; i < customers.size(); i++) {
      Customer c = customers.get(i);
      seg.append(c.id().value())
          .append(',')
          .append(segmentOf[i])
          .append(',')
          .append(segmentNames.get(segmentOf[i]))
          .append('\n');
      RfmScore s = rfmScores.get(i);
      rfmFile
          .append(c.id().value())
          .append(',')
          .append(c.numericValue("last_login_days").orElseThrow())
          .append(',')
          .append(c.numericValue("watch_hours").orElseThrow())
          .append(',')
          .append(c.numericValue("monthly_fee").orElseThrow())
          .append(',')
          .append(s.recency())
          .append(',')
          .append(s.frequency())
          .append(',')
          .append(s.monetary())
          .append(',')
          .append(s.label())
          .append('\n');
    }
    Files.writeString(folder.file(RunFolder.SEGMENTS), seg, StandardCharsets.UTF_8);
    Files.writeString(folder.file(RunFolder.RFM), rfmFile, StandardCharsets.UTF_8);

    folder.writeSummary(
        summary(
            customers,
            segmentNames,
            segmentation.namings().stream().map(n -> n.rule()).toList(),
            segmentOf,
            rfmScores,
            explanations,
            plans));
    return plans;
  }

  private static RunSummary summary(
      List<Customer> customers,
      List<String> segmentNames,
      List<String> segmentRules,
      int[] segmentOf,
      List<RfmScore> rfmScores,
      List<Explanation> explanations,
      List<RetentionPlan> plans) {
    RunSummary sample = RunSummaries.sample();
    long churned = customers.stream().filter(Customer::churned).count();
    List<RunSummary.Segment> segments = new ArrayList<>();
    for (int k = 0; k < segmentNames.size(); k++) {
      List<Customer> members = new ArrayList<>();
      for (int i = 0; i < customers.size(); i++) {
        if (segmentOf[i] == k) {
          members.add(customers.get(i));
        }
      }
      Map<String, Double> profile = new LinkedHashMap<>();
      for (String a : BEHAVIOUR) {
        profile.put(
            a,
            members.stream()
                .mapToDouble(c -> c.numericValue(a).orElseThrow())
                .average()
                .orElse(Double.NaN));
      }
      segments.add(
          new RunSummary.Segment(
              k, segmentNames.get(k), members.size(), rate(members), profile, segmentRules.get(k)));
    }
    segments.sort(Comparator.comparingLong(RunSummary.Segment::customers).reversed());

    Map<String, List<Customer>> byLabel = new TreeMap<>();
    Map<String, List<Customer>> byCell = new TreeMap<>();
    Map<String, List<Customer>> byGenre = new TreeMap<>();
    for (int i = 0; i < customers.size(); i++) {
      Customer c = customers.get(i);
      RfmScore s = rfmScores.get(i);
      byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(c);
      byCell.computeIfAbsent(s.recency() + "," + s.frequency(), k -> new ArrayList<>()).add(c);
      byGenre
          .computeIfAbsent(
              c.categoricalValue("favorite_genre").orElseThrow(), k -> new ArrayList<>())
          .add(c);
    }
    List<RunSummary.LabelCount> labels = new ArrayList<>();
    byLabel.forEach((l, cs) -> labels.add(new RunSummary.LabelCount(l, cs.size(), rate(cs))));
    labels.sort(Comparator.comparingLong(RunSummary.LabelCount::customers).reversed());
    List<RunSummary.RfmCell> grid = new ArrayList<>();
    byCell.forEach(
        (key, cs) -> {
          String[] rf = key.split(",");
          grid.add(
              new RunSummary.RfmCell(
                  Integer.parseInt(rf[0]),
                  Integer.parseInt(rf[1]),
                  cs.size(),
                  rate(cs),
                  cs.stream()
                      .mapToDouble(c -> c.numericValue("monthly_fee").orElseThrow())
                      .average()
                      .orElseThrow()));
        });
    List<RunSummary.LabelCount> genres = new ArrayList<>();
    byGenre.forEach((g, cs) -> genres.add(new RunSummary.LabelCount(g, cs.size(), rate(cs))));
    genres.sort(Comparator.comparingLong(RunSummary.LabelCount::customers).reversed());

    List<RunSummary.Driver> drivers = new ArrayList<>();
    for (GlobalDriver d : GlobalDrivers.rank(explanations)) {
      drivers.add(
          new RunSummary.Driver(
              d.feature(), d.meanAbsContribution(), d.direction().name().toLowerCase(Locale.ROOT)));
    }
    List<RunSummary.PlanRow> top = new ArrayList<>();
    for (int i = 0; i < Math.min(10, plans.size()); i++) {
      RetentionPlan p = plans.get(i);
      top.add(
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
    return new RunSummary(
        sample.version(),
        sample.createdAt(),
        SEED,
        new RunSummary.DataSummary(
            "generated",
            customers.size(),
            customers.size(),
            (double) churned / customers.size(),
            sample.data().titles(),
            sample.data().events(),
            ""),
        sample.model(),
        sample.holdOut(),
        new RunSummary.SegmentationSummary(
            segments.size(), "silhouette", sample.segmentation().scan(), BEHAVIOUR, segments),
        new RunSummary.RfmSummary(grid, labels),
        drivers.subList(0, Math.min(10, drivers.size())),
        List.of(),
        new RunSummary.ContentSummary(
            sample.content().genres(), sample.content().typeByYear(), genres),
        sample.actions(),
        top,
        List.of(),
        Map.of("plans", RunFolder.PLANS, "customers", RunFolder.CUSTOMERS));
  }

  private static double rate(List<Customer> customers) {
    return customers.isEmpty()
        ? Double.NaN
        : (double) customers.stream().filter(Customer::churned).count() / customers.size();
  }

  private static void writeCustomers(Path file, List<Customer> customers) throws IOException {
    StringBuilder sb = new StringBuilder(String.join(",", CUSTOMER_COLUMNS)).append('\n');
    for (Customer c : customers) {
      List<String> cells = new ArrayList<>();
      for (String col : CUSTOMER_COLUMNS) {
        if (col.equals("customer_id")) {
          cells.add(c.id().value());
        } else if (col.equals("churned")) {
          cells.add(c.churned() ? "1" : "0");
        } else if (SyntheticCustomers.SCHEMA.numericAttributes().contains(col)) {
          cells.add(
              c.numericValue(col).isPresent()
                  ? String.format(Locale.ROOT, "%s", c.numericValue(col).getAsDouble())
                  : "");
        } else {
          cells.add(c.categoricalValue(col).orElse(""));
        }
      }
      sb.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }
}
