package io.retention.examples.dashboard;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.ResultReader;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunManifest;
import io.retention.adapters.csv.StepSummaries;
import io.retention.core.RetentionException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.Segment;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.examples.report.ReportInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A results folder read as the report and the dashboard show it. A folder of a whole run ({@code
 * metrics.json}, written by {@code retention demo} or a host's run) is its summary, after the check
 * that its files come from one run. A folder written by the step commands ({@code train}, {@code
 * segment}, {@code score}, {@code explain}, {@code recommend}, {@code plan} with the same {@code
 * --output}) has no summary: the parts of one are rebuilt from whatever step outputs are present,
 * through the readers of their formats ({@link StepSummaries}, {@link ResultReader}, {@link
 * PlanTable}), and every part without its file is named with the command that writes it.
 *
 * <p>What the step outputs give: the model selection ({@code model-selection.json}); the segments,
 * the k scan and the profiles ({@code segmentation.json}, or the names and sizes of {@code
 * segments.csv}); global drivers and the top customers' waterfalls from {@code explanations.csv}
 * (the contributions each customer's file rows keep, the rest summed in one entry); the actions and
 * the head of the plan from {@code plans.csv}. A hold-out evaluation, the RFM grid, the catalog
 * summary and stage timings come from a whole run only. Given the customers (the folder's {@code
 * customers.csv}, or the file the steps read), the labelled count and churn rates are filled in.
 */
public final class FolderResults {
  /** The step outputs made with a model, which must be made with the folder's own. */
  static final List<String> MADE_WITH_MODEL =
      List.of(RunFolder.SCORES, RunFolder.EXPLANATIONS, RunFolder.PLANS);

  /** The files of a whole run the report and the dashboard read together. */
  static final List<String> RUN_FILES =
      List.of(
          RunFolder.METRICS,
          RunFolder.PLANS,
          RunFolder.CUSTOMERS,
          RunFolder.CUSTOMER_MAPPING,
          RunFolder.RFM,
          RunFolder.MODEL);

  /** The files of the step commands, by the role a run's summary names them with. */
  private static final Map<String, String> STEP_FILES = stepFiles();

  private FolderResults() {}

  private static Map<String, String> stepFiles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("customers", RunFolder.CUSTOMERS);
    m.put("customer mapping", RunFolder.CUSTOMER_MAPPING);
    m.put("model", RunFolder.MODEL);
    m.put("model selection", StepSummaries.MODEL_SELECTION);
    m.put("segments", RunFolder.SEGMENTS);
    m.put("segmentation", StepSummaries.SEGMENTATION);
    m.put("scores", RunFolder.SCORES);
    m.put("explanations", RunFolder.EXPLANATIONS);
    m.put("recommendations", RunFolder.RECOMMENDATIONS);
    m.put("plans", RunFolder.PLANS);
    return m;
  }

  /**
   * Whether a folder holds a whole run's summary.
   *
   * @param folder the folder
   * @return true when it has {@code metrics.json}
   */
  public static boolean isWholeRun(RunFolder folder) {
    return Files.isRegularFile(folder.file(RunFolder.METRICS));
  }

  /**
   * Reads a folder, with the customers of its {@code customers.csv} when it has one.
   *
   * @param folder the results folder
   * @return the report's input
   * @throws RetentionException when the folder holds no results, mixes runs, or a file does not
   *     read
   */
  public static ReportInput read(RunFolder folder) {
    if (isWholeRun(folder)) {
      RunManifest.read(folder.dir()).ifPresent(m -> m.requireOneRun(folder.dir(), RUN_FILES));
      return ReportInput.of(folder.readSummary());
    }
    Optional<CustomerTable> customers = customersOf(folder);
    return steps(
        folder, customers, customers.isPresent() ? RunFolder.CUSTOMERS : folderName(folder), 0);
  }

  /**
   * Reads a folder of step outputs with the customers the steps read.
   *
   * @param folder the results folder
   * @param customers the customers
   * @param source what the customers are, for the header (for example the file's name)
   * @param features the number of features of the folder's model, 0 when not known
   * @return the report's input
   * @throws RetentionException when the folder holds no step outputs, its outputs were made with
   *     another model, or a file does not read
   */
  public static ReportInput read(
      RunFolder folder, CustomerTable customers, String source, int features) {
    return steps(folder, Optional.of(customers), source, features);
  }

  /**
   * The customers of a folder's {@code customers.csv}, read with its {@code customers.mapping} (or
   * the mapping its header implies), when the folder has that file.
   *
   * @param folder the folder
   * @return the customers, or empty without the file
   */
  static Optional<CustomerTable> customersOf(RunFolder folder) {
    Path customerFile = folder.file(RunFolder.CUSTOMERS);
    if (!Files.isRegularFile(customerFile)) {
      return Optional.empty();
    }
    Path mappingFile = folder.file(RunFolder.CUSTOMER_MAPPING);
    return Optional.of(
        CustomerTable.read(
            customerFile,
            Files.isRegularFile(mappingFile)
                ? CustomerCsvMapping.load(mappingFile)
                : CustomerTable.mappingFor(customerFile)));
  }

  private static String folderName(RunFolder folder) {
    Path name = folder.dir().toAbsolutePath().normalize().getFileName();
    return name == null ? folder.dir().toString() : name.toString();
  }

  private static boolean has(RunFolder folder, String file) {
    return Files.isRegularFile(folder.file(file));
  }

  /**
   * Refuses a folder that holds neither a whole run's summary nor any step output.
   *
   * @param folder the folder
   * @throws RetentionException naming the folder and what it should hold
   */
  static void requireResults(RunFolder folder) {
    if (!isWholeRun(folder) && STEP_FILES.values().stream().noneMatch(f -> has(folder, f))) {
      throw new RetentionException(
          folder.dir()
              + " holds no results: neither "
              + RunFolder.METRICS
              + " of a whole run (retention demo) nor the outputs of the step commands (train,"
              + " segment, score, explain, recommend, plan with --output "
              + folder.dir()
              + ")");
    }
  }

  private static ReportInput steps(
      RunFolder folder, Optional<CustomerTable> customers, String source, int features) {
    requireResults(folder);
    RunManifest.read(folder.dir()).ifPresent(m -> m.requireMadeWith(folder.dir(), MADE_WITH_MODEL));
    Map<String, String> missing = new LinkedHashMap<>();
    Optional<PlanTable> plans =
        has(folder, RunFolder.PLANS)
            ? Optional.of(PlanTable.read(folder.file(RunFolder.PLANS)))
            : Optional.empty();
    List<ChurnScore> scores =
        has(folder, RunFolder.SCORES)
            ? ResultReader.scores(folder.file(RunFolder.SCORES))
            : List.of();
    Map<CustomerId, Explanation> explanations =
        has(folder, RunFolder.EXPLANATIONS)
            ? ResultReader.explanations(folder.file(RunFolder.EXPLANATIONS))
            : Map.of();
    Map<CustomerId, Segment> segments =
        has(folder, RunFolder.SEGMENTS)
            ? ResultReader.segments(folder.file(RunFolder.SEGMENTS))
            : Map.of();
    Labels labels = Labels.of(customers);
    long count =
        customers.isPresent()
            ? customers.get().size()
            : plans.isPresent()
                ? plans.get().size()
                : !scores.isEmpty()
                    ? scores.size()
                    : Math.max(segments.size(), explanations.size());

    RunSummary.ModelSummary model = placeholderModel(features);
    if (has(folder, StepSummaries.MODEL_SELECTION)) {
      model =
          StepSummaries.readModelSelection(folder.file(StepSummaries.MODEL_SELECTION), features);
    } else {
      missing.put("model-selection", "No model selection here: retention train writes it.");
    }
    missing.put(
        "model-quality",
        "No hold-out evaluation here: retention demo keeps a stratified hold-out; retention train"
            + " cross-validates on every labelled customer (see Model selection).");
    RunSummary.SegmentationSummary segmentation = segmentation(folder, segments, labels, missing);
    missing.put(
        "rfm",
        "No RFM grid here: retention demo writes it (rfm.csv); retention plan writes each"
            + " customer's RFM label into plans.csv.");
    if (explanations.isEmpty()) {
      missing.put("drivers", "No explanations here: retention explain writes them.");
      missing.put("customers", "No explained customers here: retention explain writes them.");
    }
    missing.put(
        "content",
        "No catalog summary here: retention demo makes it from its catalog (generated, or"
            + " --titles).");
    if (plans.isEmpty()) {
      missing.put("actions", "No retention plan here: retention plan writes it.");
    }
    missing.put("stages", "No stage timings here: retention demo times its stages as one run.");
    RunSummary summary =
        new RunSummary(
            ModelBundleFile.libraryVersion(),
            "",
            0L,
            new RunSummary.DataSummary(
                source, count, labels.labelled(), labels.churnRate(), 0, 0, ""),
            model,
            placeholderHoldOut(),
            segmentation,
            new RunSummary.RfmSummary(List.of(), List.of()),
            explanations.isEmpty() ? List.of() : StepExplanations.drivers(explanations),
            explanations.isEmpty() ? List.of() : StepExplanations.top(explanations, plans, scores),
            new RunSummary.ContentSummary(List.of(), List.of(), List.of()),
            plans.map(PlanTable::actions).orElse(List.of()),
            plans.map(p -> p.top(RunConfig.DEFAULTS.topPlans())).orElse(List.of()),
            List.of(),
            presentFiles(folder));
    return new ReportInput(
        summary, missing, "built from the step commands' files in " + folder.dir());
  }

  /** The step files the folder holds, by role. */
  private static Map<String, String> presentFiles(RunFolder folder) {
    Map<String, String> files = new LinkedHashMap<>();
    STEP_FILES.forEach(
        (role, file) -> {
          if (has(folder, file)) {
            files.put(role, file);
          }
        });
    return files;
  }

  /** The segmentation of {@code segmentation.json}, or the names and sizes of segments.csv. */
  private static RunSummary.SegmentationSummary segmentation(
      RunFolder folder,
      Map<CustomerId, Segment> segments,
      Labels labels,
      Map<String, String> missing) {
    if (has(folder, StepSummaries.SEGMENTATION)) {
      RunSummary.SegmentationSummary s =
          StepSummaries.readSegmentation(folder.file(StepSummaries.SEGMENTATION));
      if (s.scan().size() < 2) {
        missing.put("segment-scan", "The segments here were found with a fixed k (--k): no scan.");
      }
      return s;
    }
    missing.put(
        "segment-scan",
        "No k scan here: retention segment writes it (" + StepSummaries.SEGMENTATION + ").");
    if (segments.isEmpty()) {
      missing.put("segments", "No segments here: retention segment writes them.");
      return new RunSummary.SegmentationSummary(0, "", List.of(), List.of(), List.of());
    }
    Map<Integer, String> names = new HashMap<>();
    Map<Integer, long[]> counts = new HashMap<>();
    segments.forEach(
        (id, s) -> {
          names.putIfAbsent(s.index(), s.name());
          long[] c = counts.computeIfAbsent(s.index(), k -> new long[3]);
          c[0]++;
          labels.count(id, c);
        });
    List<RunSummary.Segment> rows = new ArrayList<>();
    counts.forEach(
        (index, c) ->
            rows.add(
                new RunSummary.Segment(
                    index,
                    names.get(index),
                    c[0],
                    c[1] == 0 ? Double.NaN : (double) c[2] / c[1],
                    Map.of(),
                    "")));
    rows.sort(
        Comparator.comparingLong(RunSummary.Segment::customers)
            .reversed()
            .thenComparing(RunSummary.Segment::id));
    return new RunSummary.SegmentationSummary(rows.size(), "", List.of(), List.of(), rows);
  }

  private static RunSummary.ModelSummary placeholderModel(int features) {
    return new RunSummary.ModelSummary("", "", 0, List.of(), "", Double.NaN, "", features);
  }

  private static RunSummary.HoldOutSummary placeholderHoldOut() {
    double nan = Double.NaN;
    return new RunSummary.HoldOutSummary(
        0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, 0, 0, 0, 0, List.of(), List.of(),
        List.of(), List.of());
  }

  /** The churn labels of the customers, when known. */
  private record Labels(Map<String, Boolean> churned, long labelled, double churnRate) {
    static Labels of(Optional<CustomerTable> customers) {
      if (customers.isEmpty()) {
        return new Labels(Map.of(), 0, Double.NaN);
      }
      CustomerTable table = customers.get();
      Map<String, Boolean> churned = new HashMap<>();
      long yes = 0;
      for (int r = 0; r < table.size(); r++) {
        Customer c = table.customer(r);
        if (c.isLabelled()) {
          churned.put(c.id().value(), c.churned());
          yes += c.churned() ? 1 : 0;
        }
      }
      return new Labels(
          churned, churned.size(), churned.isEmpty() ? Double.NaN : (double) yes / churned.size());
    }

    /** Adds a customer to a segment's labelled ({@code [1]}) and churned ({@code [2]}) counts. */
    void count(CustomerId id, long[] c) {
      Boolean y = churned.get(id.value());
      if (y != null) {
        c[1]++;
        c[2] += y ? 1 : 0;
      }
    }
  }
}
