package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.ResultReader;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunManifest;
import io.retention.adapters.csv.StepSummaries;
import io.retention.core.RetentionException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.domain.Segment;
import io.retention.core.persistence.BundleKeys;
import io.retention.examples.dashboard.DashboardData;
import io.retention.examples.dashboard.FolderResults;
import io.retention.examples.dashboard.PlanTable;
import io.retention.examples.report.ReportInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the step commands write into together ({@code train}, {@code segment}, {@code score},
 * {@code explain}, {@code plan} with one {@code --output}) opens in {@code retention report} and in
 * the dashboard, with the numbers of its files and one line for each part it lacks.
 */
class StepFolderReportTest {
  @TempDir static Path dir;

  private static Path customers;
  private static Path mapping;
  private static Path steps;

  @BeforeAll
  static void runTheSteps() {
    customers = CliFixtures.writeCustomers(dir.resolve("customers-in.csv"), 400, 13);
    mapping = CliFixtures.writeMapping(dir.resolve("customers-in.mapping"));
    steps = dir.resolve("steps");
    step("train", "--folds", "2", "--trees", "10");
    step("segment", "--max-k", "4");
    step("score");
    step("explain");
    step("plan", "--segments", steps.resolve(RunFolder.SEGMENTS).toString());
  }

  private static void step(String command, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                command,
                "--customers",
                customers.toString(),
                "--mapping",
                mapping.toString(),
                "-o",
                steps.toString(),
                "--no-progress"));
    args.addAll(List.of(more));
    CliFixtures.Run r = CliFixtures.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), command + ": " + r.err());
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\"");
    assertTrue(start >= 0, "no section " + id);
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void theOutputsMadeWithTheModelAreRecordedUnderTheModelsRunId() {
    RunManifest manifest = RunManifest.read(steps).orElseThrow();
    String model = manifest.files().get(RunFolder.MODEL);
    for (String file : List.of(RunFolder.SCORES, RunFolder.EXPLANATIONS, RunFolder.PLANS)) {
      assertEquals(model, manifest.files().get(file), file);
    }
    assertFalse(model.equals(manifest.files().get(RunFolder.SEGMENTS)), "segment is its own step");
    assertEquals(
        manifest.files().get(RunFolder.SEGMENTS), manifest.files().get(StepSummaries.SEGMENTATION));
  }

  @Test
  void theReportShowsTheStepsSectionsWithTheNumbersOfTheirFiles() throws Exception {
    Path report = dir.resolve("report.html");
    CliFixtures.Run r =
        CliFixtures.run("report", "--results", steps.toString(), "--output", report.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("7 of 11 sections"), r.out());
    String html = Files.readString(report, StandardCharsets.UTF_8);

    String selection =
        Files.readString(steps.resolve(StepSummaries.MODEL_SELECTION), StandardCharsets.UTF_8);
    String chosen = selection.replaceAll("(?s).*\"chosen\":\"([^\"]+)\".*", "$1");
    assertTrue(section(html, "model-selection").contains(chosen + "</strong> was chosen"));
    assertTrue(section(html, "model-selection").contains("over 2 cross-validation folds"));

    Map<String, Long> sizes =
        ResultReader.segments(steps.resolve(RunFolder.SEGMENTS)).values().stream()
            .collect(Collectors.groupingBy(Segment::name, TreeMap::new, Collectors.counting()));
    String segments = section(html, "segments");
    for (Map.Entry<String, Long> s : sizes.entrySet()) {
      assertTrue(
          segments.contains(s.getKey() + "</td><td class=\"n\">" + s.getValue() + "</td>"),
          s + " in " + segments);
    }
    assertTrue(section(html, "segment-scan").contains("<svg"), "the k scan is charted");

    PlanTable plans = PlanTable.read(steps.resolve(RunFolder.PLANS));
    String actions = section(html, "actions");
    for (RunSummary.ActionCount a : plans.actions()) {
      assertTrue(actions.contains(a.action()), a.action());
    }
    RunSummary.PlanRow first = plans.top(1).get(0);
    assertTrue(section(html, "customers").contains("Customer " + first.customerId()));
    assertTrue(section(html, "drivers").contains("<svg"), "the drivers are charted");

    assertTrue(section(html, "model-quality").contains("retention demo keeps a stratified"));
    assertTrue(section(html, "rfm").contains("retention demo writes it"));
    assertTrue(section(html, "content").contains("retention demo makes it"));
    assertTrue(section(html, "stages").contains("retention demo times its stages"));
    assertFalse(section(html, "overview").contains("Hold-out ROC-AUC"));
  }

  @Test
  void theReportSaysWhichCommandWritesEachPartAFolderLacks() throws Exception {
    Path partial = dir.resolve("only-segments");
    Files.createDirectories(partial);
    Files.copy(steps.resolve(RunFolder.SEGMENTS), partial.resolve(RunFolder.SEGMENTS));
    ReportInput input = FolderResults.read(new RunFolder(partial));
    assertEquals(
        List.of(
            "segment-scan",
            "rfm",
            "model-quality",
            "model-selection",
            "drivers",
            "customers",
            "content",
            "actions",
            "stages"),
        List.copyOf(input.missing().keySet()));
    assertTrue(input.missing().get("model-selection").contains("retention train"));
    assertTrue(input.missing().get("actions").contains("retention plan"));
    assertTrue(input.missing().get("drivers").contains("retention explain"));
    assertTrue(input.missing().get("segment-scan").contains("retention segment"));
    assertEquals(400, input.summary().data().customers());
    assertEquals(
        400,
        input.summary().segmentation().segments().stream().mapToLong(s -> s.customers()).sum());
  }

  @Test
  void theDashboardLoadsTheStepFolderWithTheCustomersTheStepsRead() {
    DashboardData data =
        DashboardData.loadSteps(
            new RunFolder(steps),
            RiskThresholds.DEFAULTS,
            BundleKeys.NONE,
            customers,
            CustomerCsvMapping.load(mapping));
    assertEquals(400, data.customers().size());
    assertEquals(400, data.plans().size());
    RunSummary s = data.summary();
    RunSummary.SegmentationSummary expected =
        StepSummaries.readSegmentation(steps.resolve(StepSummaries.SEGMENTATION));
    assertEquals(expected, s.segmentation());
    assertEquals(400, s.data().labelled());
    assertTrue(s.model().features() > 0, "the model's features are counted from its bundle");
    assertEquals(4, data.missing().size(), data.missing().toString());
    String id = data.plans().top(1).get(0).customerId();
    assertEquals(
        data.plans().find(id).orElseThrow().churnProbability(),
        data.customer(id).orElseThrow().prediction().probability(),
        1e-12);
    Map<CustomerId, Segment> segments = ResultReader.segments(steps.resolve(RunFolder.SEGMENTS));
    assertEquals(
        segments.get(CustomerId.of(id)).name(),
        data.customer(id).orElseThrow().prediction().segment());
  }

  @Test
  void theDashboardNamesTheCustomersAStepFolderLacks() {
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> DashboardData.load(new RunFolder(steps), RiskThresholds.DEFAULTS));
    assertTrue(e.getMessage().contains("--customers"), e.getMessage());
  }

  @Test
  void outputsOfAnEarlierModelAreRefusedAfterTheModelIsTrainedAgain() throws Exception {
    Path copy = dir.resolve("retrained");
    Files.createDirectories(copy);
    try (var files = Files.list(steps)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
    }
    CliFixtures.Run r =
        CliFixtures.run(
            "train",
            "--customers",
            customers.toString(),
            "--mapping",
            mapping.toString(),
            "--folds",
            "2",
            "--trees",
            "5",
            "-o",
            copy.toString(),
            "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    CliFixtures.Run report = CliFixtures.run("report", "--results", copy.toString());
    assertEquals(RetentionCli.FAILED, report.exitCode());
    assertTrue(report.err().contains("made with another model"), report.err());
    assertTrue(report.err().contains(RunFolder.PLANS), report.err());
  }
}
