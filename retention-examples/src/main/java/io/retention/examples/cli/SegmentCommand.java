package io.retention.examples.cli;

import com.google.inject.Injector;
import io.retention.adapters.csv.CsvSegmentWriter;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.StagedFiles;
import io.retention.adapters.csv.StepSummaries;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.KScore;
import io.retention.core.segmentation.SegmentCustomers;
import io.retention.core.segmentation.SegmentFeatureRoles;
import io.retention.core.segmentation.SegmentNamer;
import io.retention.core.segmentation.SegmentNaming;
import io.retention.core.segmentation.SegmentNamingConfig;
import io.retention.core.segmentation.SegmentProfile;
import io.retention.core.segmentation.SegmentProfiler;
import io.retention.core.segmentation.SegmentationReport;
import io.retention.core.segmentation.SelectionCriterion;
import io.retention.ml.tribuo.KMeansConfig;
import io.retention.ml.tribuo.TribuoKMeansSegmenter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code retention segment}: k-means segments of the customers, named and profiled. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Finds customer segments with seeded k-means++ on standardised features: fits the"
          + " standard features on the customers, scans k from --min-k to --max-k and keeps the"
          + " best by --criterion (or uses --k), then names and profiles each segment.",
      "Writes <output>/"
          + RunFolder.SEGMENTS
          + " (customer_id,segment_id,segment_name) and <output>/"
          + StepSummaries.SEGMENTATION
          + " (the k scan, sizes, churn rates, profiles and naming rules, for 'retention report'"
          + " and the dashboard), and prints the k scan and the segment profiles as tables, then"
          + " the rule behind each segment's name."
    })
final class SegmentCommand implements Callable<Integer> {
  @Mixin CustomerInput input;
  @Mixin OutputOptions outputs;

  @Option(
      names = "--k",
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description = "A fixed number of segments, at least 2, instead of the scan.")
  Integer fixedK;

  @Option(
      names = "--min-k",
      defaultValue = "" + RunConfig.DEFAULT_MIN_SEGMENTS,
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description = "Smallest k of the scan, at least 2 (default: ${DEFAULT-VALUE}).")
  int minK;

  @Option(
      names = "--max-k",
      defaultValue = "" + RunConfig.DEFAULT_MAX_SEGMENTS,
      paramLabel = "K",
      converter = OptionValues.AtLeastTwo.class,
      description = "Largest k of the scan (default: ${DEFAULT-VALUE}).")
  int maxK;

  @Option(
      names = "--criterion",
      defaultValue = "silhouette",
      paramLabel = "NAME",
      converter = OptionValues.Criterion.class,
      description =
          "How the scan chooses k: silhouette (highest), davies_bouldin (lowest) or elbow of the"
              + " inertia curve (default: ${DEFAULT-VALUE}).")
  SelectionCriterion criterion;

  @Option(
      names = "--features",
      split = ",",
      paramLabel = "NAME",
      description =
          "The features to cluster on, comma-separated (default: the numeric attributes of the"
              + " mapping).")
  List<String> features = new ArrayList<>();

  @Option(
      names = "--seed",
      defaultValue = "" + RunConfig.DEFAULT_SEED,
      description = "Seed of k-means++ and the silhouette sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (fixedK == null && minK > maxK) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid values for options '--min-k' and '--max-k': '"
              + minK
              + "' is above '"
              + maxK
              + "'");
    }
    RunFolder folder = outputs.folder();
    KScanConfig scan =
        new KScanConfig(
            fixedK != null ? fixedK : minK,
            fixedK != null ? fixedK : maxK,
            criterion,
            KScanConfig.DEFAULTS.exactSilhouetteLimit(),
            KScanConfig.DEFAULTS.silhouetteSampleSize(),
            seed);
    CustomerInput.Loaded loaded = input.read();
    List<Customer> customers = loaded.customers();
    Injector injector = CliWiring.injector(loaded.schema(), folder.dir());
    FittedFeatures fitted = injector.getInstance(FeaturePipeline.class).fit(customers);
    FeatureMatrix rows = fitted.transformAll(customers);
    List<String> clusterOn = features.isEmpty() ? defaultFeatures(loaded, rows) : features;
    for (String f : clusterOn) {
      if (!rows.schema().names().contains(f)) {
        throw new IllegalArgumentException(
            "--features: no feature '" + f + "'; features are " + rows.schema().names());
      }
    }
    if (rows.size() < scan.maxK()) {
      throw new IllegalArgumentException(
          "--max-k " + scan.maxK() + " exceeds the " + rows.size() + " customers");
    }
    SegmentCustomers service = service(loaded, rows, clusterOn, scan);
    SegmentationReport report =
        service.segment(
            rows,
            CustomerFacts.fit(loaded.schema(), customers).rfmScores(customers),
            outputs.progress(spec.commandLine().getErr()));

    int written = write(folder, rows, customers, report, clusterOn);
    Path file = folder.file(RunFolder.SEGMENTS);

    out.printf(Locale.ROOT, "Segmented %,d customers on %s%n", rows.size(), clusterOn);
    out.printf(Locale.ROOT, "%4s %14s %11s %14s%n", "k", "inertia", "silhouette", "Davies-Bouldin");
    for (KScore s : report.scan().scores()) {
      out.printf(
          Locale.ROOT,
          "%4d %14.2f %11.4f %14.4f%s%n",
          s.k(),
          s.inertia(),
          s.silhouette().value(),
          s.daviesBouldin(),
          s.k() == report.scan().chosenK() ? "  <- chosen" : "");
    }
    printProfiles(out, report.profiles(), clusterOn);
    printRules(out, report);
    out.printf(
        Locale.ROOT,
        "Wrote %s (%,d rows) and %s%n",
        file,
        written,
        folder.file(StepSummaries.SEGMENTATION));
    out.flush();
    return 0;
  }

  /**
   * Writes each customer's segment and the segmentation's summary (sizes and churn rates counted
   * over the customers), together through the folder's manifest.
   *
   * @return the rows written
   */
  private int write(
      RunFolder folder,
      FeatureMatrix rows,
      List<Customer> customers,
      SegmentationReport report,
      List<String> clusterOn) {
    int[] assignment = report.model().assignAll(rows);
    int k = report.model().segments().size();
    long[] size = new long[k];
    long[] labelled = new long[k];
    long[] churned = new long[k];
    Map<CustomerId, Segment> segments = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      int s = assignment[r];
      segments.put(rows.ids().get(r), report.model().segments().get(s));
      size[s]++;
      Customer c = customers.get(r);
      if (c.isLabelled()) {
        labelled[s]++;
        churned[s] += c.churned() ? 1 : 0;
      }
    }
    try (StagedFiles staged = StagedFiles.open(folder)) {
      new CsvSegmentWriter(staged.file(RunFolder.SEGMENTS), outputs.cells()).write(segments);
      StepSummaries.writeSegmentation(
          staged.file(StepSummaries.SEGMENTATION),
          RunSummary.SegmentationSummary.of(report, clusterOn, size, labelled, churned));
      staged.commit(List.of());
    }

    return segments.size();
  }

  /** The k scan with Tribuo k-means on the chosen features, the profiler and the namer. */
  private SegmentCustomers service(
      CustomerInput.Loaded loaded, FeatureMatrix rows, List<String> clusterOn, KScanConfig scan) {
    SegmentFeatureRoles roles = SegmentFeatureRoles.from(loaded.schema(), rows.schema());
    return new SegmentCustomers(
        new KScan(
            new TribuoKMeansSegmenter(
                new KMeansConfig(
                    KMeansConfig.DEFAULTS.k(),
                    KMeansConfig.DEFAULTS.maxIterations(),
                    KMeansConfig.DEFAULTS.tolerance(),
                    KMeansConfig.DEFAULTS.initialisations(),
                    seed,
                    KMeansConfig.DEFAULTS.threads(),
                    KMeansConfig.DEFAULTS.pcaVarianceShare(),
                    clusterOn)),
            scan),
        new SegmentProfiler(roles, SegmentProfiler.DEFAULT_TOP_GENRES),
        new SegmentNamer(SegmentNamingConfig.DEFAULTS, roles));
  }

  /** The numeric attributes of the layout that are features of the fitted pipeline. */
  private static List<String> defaultFeatures(CustomerInput.Loaded loaded, FeatureMatrix rows) {
    List<String> out = new ArrayList<>();
    for (String a : loaded.schema().numericAttributes()) {
      if (rows.schema().names().contains(a)) {
        out.add(a);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "the mapping has no numeric attribute to cluster on; name features with --features");
    }
    return out;
  }

  private static void printProfiles(
      PrintWriter out, List<SegmentProfile> profiles, List<String> features) {
    StringBuilder head =
        new StringBuilder(
            String.format(Locale.ROOT, "%-40s %8s %7s %7s", "segment", "size", "share", "churn"));
    for (String f : features) {
      head.append(String.format(Locale.ROOT, " %14s", abbreviate(f)));
    }
    out.println(head);
    for (SegmentProfile p : profiles) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-40s %,8d %6.1f%% %7s",
                  abbreviate(p.segment().name(), 40),
                  p.size(),
                  100.0 * p.share(),
                  p.churnRate().isPresent()
                      ? String.format(Locale.ROOT, "%.1f%%", 100.0 * p.churnRate().getAsDouble())
                      : "-"));
      for (String f : features) {
        row.append(String.format(Locale.ROOT, " %14.2f", p.mean(f)));
      }
      out.println(row);
    }
  }

  /** Each segment's full name and the rule that gave it, one segment a line. */
  private static void printRules(PrintWriter out, SegmentationReport report) {
    out.println("Why each segment has its name (against all customers segmented):");
    for (SegmentNaming naming : report.namings()) {
      out.printf(Locale.ROOT, "  %s: %s%n", naming.segment().name(), naming.rule());
    }
  }

  private static String abbreviate(String s) {
    return abbreviate(s, 14);
  }

  private static String abbreviate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "~";
  }
}
