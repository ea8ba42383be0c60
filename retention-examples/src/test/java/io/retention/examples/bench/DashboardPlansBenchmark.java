package io.retention.examples.bench;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.port.out.ProgressListener;
import io.retention.examples.dashboard.DashboardConfig;
import io.retention.examples.dashboard.DashboardData;
import io.retention.examples.dashboard.DashboardServer;
import io.retention.examples.dashboard.PlanPage;
import io.retention.examples.dashboard.PlanQuery;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.run.RetentionPipeline;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * <p>The run folder ({@code target/bench/dashboard-1m}, reused when present) is written by {@link
 * RetentionPipeline}, the demo's own pipeline, on a million customers from {@link
 * SyntheticCustomers} (seed 42) without a catalog. Set-up prints the load time of {@link
 * DashboardData}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardPlansBenchmark {
  private static final int CUSTOMERS = 1_000_000;
  private static final long SEED = 42;
  private static final Path DIR = Path.of("target", "bench", "dashboard-1m");

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

  /**
   * Writes the run with the demo's own pipeline (no catalog or events: the plans are what counts).
   */
  private static void write(RunFolder folder) {
    RetentionPipeline.create(SyntheticCustomers.SCHEMA, folder, RunConfig.DEFAULTS.withSeed(SEED))
        .run(
            RunInputs.of("generated", new SyntheticCustomers(CUSTOMERS, SEED)),
            ProgressListener.NONE);
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
