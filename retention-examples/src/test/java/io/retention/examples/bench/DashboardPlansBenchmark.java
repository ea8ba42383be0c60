package io.retention.examples.bench;

import io.retention.adapters.csv.CsvPlanSink;
import io.retention.core.application.TrainChurnModel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.NamedSegmentationModel;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.strategy.CustomerSignals;
import io.retention.core.strategy.RetentionEngine;
import io.retention.examples.dashboard.DashboardConfig;
import io.retention.examples.dashboard.DashboardData;
import io.retention.examples.dashboard.DashboardServer;
import io.retention.examples.dashboard.PlanPage;
import io.retention.examples.dashboard.PlanQuery;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.run.RunFolder;
import io.retention.examples.run.RunSummaries;
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
import io.retention.ml.tribuo.TribuoKMeansSegmenter;
import io.retention.ml.tribuo.TribuoLogisticRegressionTrainer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The dashboard over a run of one million generated customers: a filtered page of 100 plan rows
 * through HTTP and JSON (risk HIGH or MEDIUM, one segment, one RFM label), the same page in
 * process, and an unfiltered page, in sample-time mode (p50, p95 and p99 in JMH's output). The
 * reference is the cheapest answer the server gives, {@code /api/meta}, measured in the same run.
 *
 * <p>The run folder ({@code target/bench/dashboard-1m}, reused when present) is written as the
 * pipeline writes one: customers from {@link SyntheticCustomers} (seed 42), a logistic-regression
 * bundle and the RFM cut points fitted on the first 20,000 of them, k-means segments found on those
 * 20,000 and assigned to all, and the plan of all million from the retention engine through {@link
 * CsvPlanSink}. Set-up prints the load time of {@link DashboardData}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardPlansBenchmark {
  private static final int CUSTOMERS = 1_000_000;
  private static final int TRAINING = 20_000;
  private static final long SEED = 42;
  private static final Path DIR = Path.of("target", "bench", "dashboard-1m");
  private static final List<String> BEHAVIOUR =
      List.of(
          "watch_hours",
          "avg_watch_time_per_day",
          "last_login_days",
          "monthly_fee",
          "number_of_profiles",
          "tenure_months");
  private static final List<String> COLUMNS =
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

  private DashboardData data;
  private DashboardServer server;
  private HttpClient http;
  private URI filtered;
  private URI unfiltered;
  private URI meta;
  private PlanQuery query;

  /** Writes the run when missing, loads it and starts the server. */
  @Setup
  public void setUp() throws IOException {
    RunFolder folder = new RunFolder(DIR);
    if (!Files.exists(folder.file(RunFolder.METRICS))) {
      write(folder);
    }
    long started = System.nanoTime();
    data = DashboardData.load(folder, RiskThresholds.DEFAULTS);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%nLoaded %,d customers and %,d plan rows in %.1f s; heap in use after GC %,d MB%n",
        data.customers().size(),
        data.plans().size(),
        (System.nanoTime() - started) / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    server = DashboardServer.start(data, DashboardConfig.DEFAULTS.withPort(0));
    http = HttpClient.newHttpClient();
    String segment = data.plans().segments().get(0);
    String label = data.plans().rfmLabels().get(0);
    query = new PlanQuery(Set.of("HIGH", "MEDIUM"), Set.of(segment), Set.of(label), 0, 100);
    filtered =
        server
            .uri()
            .resolve(
                "/api/plans?risk=HIGH&risk=MEDIUM&segment="
                    + URLEncoder.encode(segment, StandardCharsets.UTF_8)
                    + "&rfm="
                    + URLEncoder.encode(label, StandardCharsets.UTF_8)
                    + "&limit=100");
    unfiltered = server.uri().resolve("/api/plans?limit=100");
    meta = server.uri().resolve("/api/meta");
    System.out.printf(
        Locale.ROOT, "Filter %s matches %,d rows%n", filtered, data.plans().page(query).total());
  }

  /** Stops the server. */
  @TearDown
  public void tearDown() {
    server.close();
  }

  private static void write(RunFolder folder) throws IOException {
    Files.createDirectories(folder.dir());
    SyntheticCustomers generator = new SyntheticCustomers(CUSTOMERS, SEED);
    List<Customer> training = generator.customers().limit(TRAINING).toList();
    TabularFeaturePipeline pipeline =
        new TabularFeaturePipeline(SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS);
    ChurnModelBundle bundle =
        new TrainChurnModel(
                pipeline,
                new TribuoLogisticRegressionTrainer(
                    LogisticRegressionConfig.DEFAULTS.withSeed(SEED)))
            .train(training, ProgressListener.NONE);
    Files.write(
        folder.file(RunFolder.MODEL),
        new ModelBundleFile(
                List.of(new TabularFeaturesCodec(), new FeatureSetCodec()),
                List.of(new TribuoChurnModelCodec()))
            .write(bundle));
    FeatureMatrix matrix = bundle.features().transformAll(training);
    SegmentFeatureRoles roles =
        SegmentFeatureRoles.from(SyntheticCustomers.SCHEMA, matrix.schema());
    NamedSegmentationModel segments =
        new SegmentCustomers(
                new KScan(
                    new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withFeatures(BEHAVIOUR)),
                    KScanConfig.DEFAULTS.withRange(3, 5)),
                new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
                new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles))
            .segment(matrix, Map.of(), ProgressListener.NONE)
            .model();
    FittedRfm rfm = new RfmFeatures(SyntheticCustomers.SCHEMA, RfmConfig.DEFAULTS).fit(training);

    List<CustomerSignals> signals = new ArrayList<>(CUSTOMERS);
    try (BufferedWriter customers = Files.newBufferedWriter(folder.file(RunFolder.CUSTOMERS));
        BufferedWriter rfmOut = Files.newBufferedWriter(folder.file(RunFolder.RFM));
        BufferedWriter segOut = Files.newBufferedWriter(folder.file(RunFolder.SEGMENTS))) {
      customers.write(String.join(",", COLUMNS) + "\n");
      rfmOut.write("customer_id,recency,frequency,monetary,r_score,f_score,m_score,rfm_label\n");
      segOut.write("customer_id,segment_id,segment_name\n");
      for (int i = 0; i < CUSTOMERS; i++) {
        Customer c = generator.customer(i);
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (String col : COLUMNS) {
          if (col.equals("customer_id")) {
            cells.add(c.id().value());
          } else if (col.equals("churned")) {
            cells.add(c.churned() ? "1" : "0");
          } else if (SyntheticCustomers.SCHEMA.numericAttributes().contains(col)) {
            cells.add(
                c.numericValue(col).isPresent()
                    ? Double.toString(c.numericValue(col).getAsDouble())
                    : "");
          } else {
            cells.add(c.categoricalValue(col).orElse(""));
          }
        }
        customers.write(String.join(",", cells) + "\n");
        RfmScore score = rfm.score(c);
        rfmOut.write(
            c.id().value()
                + ","
                + c.numericValue("last_login_days").orElseThrow()
                + ","
                + c.numericValue("watch_hours").orElseThrow()
                + ","
                + c.numericValue("monthly_fee").orElseThrow()
                + ","
                + score.recency()
                + ","
                + score.frequency()
                + ","
                + score.monetary()
                + ","
                + score.label()
                + "\n");
        var segment = segments.assign(bundle.features().transform(c));
        segOut.write(c.id().value() + "," + segment.index() + "," + segment.name() + "\n");
        signals.add(
            CustomerSignals.builder(bundle.score(c))
                .monthlySpend(c.numericValue("monthly_fee").orElseThrow())
                .tenureMonths(c.numericValue("tenure_months").orElseThrow())
                .segment(segment.name())
                .rfm(score)
                .build());
      }
    }
    List<RetentionPlan> plans = RetentionEngine.withDefaults().planAll(signals);
    signals = null;
    new CsvPlanSink(folder.file(RunFolder.PLANS)).write(plans);
    folder.writeSummary(RunSummaries.sample());
  }

  private String get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /**
   * A filtered page of 100 rows over HTTP, as the actions page asks for it.
   *
   * @return the JSON answer
   */
  @Benchmark
  public String httpFilteredPage() throws IOException, InterruptedException {
    return get(filtered);
  }

  /**
   * The first 100 rows with no filter, over HTTP.
   *
   * @return the JSON answer
   */
  @Benchmark
  public String httpUnfilteredPage() throws IOException, InterruptedException {
    return get(unfiltered);
  }

  /**
   * The filtered page in process, without HTTP or JSON.
   *
   * @return the page
   */
  @Benchmark
  public PlanPage inProcessFilteredPage() {
    return data.plans().page(query);
  }

  /**
   * The reference: the server's smallest JSON answer, over HTTP.
   *
   * @return the JSON answer
   */
  @Benchmark
  public String referenceHttpMeta() throws IOException, InterruptedException {
    return get(meta);
  }
}
