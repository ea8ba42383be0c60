package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionIoException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.ActionCount;
import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.Contribution;
import io.retention.core.analysis.RunSummary.CustomerExplanation;
import io.retention.core.analysis.RunSummary.DataSummary;
import io.retention.core.analysis.RunSummary.Driver;
import io.retention.core.analysis.RunSummary.HoldOutSummary;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.ModelSummary;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.core.analysis.RunSummary.RfmSummary;
import io.retention.core.analysis.RunSummary.Segment;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.core.analysis.RunSummary.Stage;
import io.retention.core.testing.RunSummaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  /** A script element, as a hostile customer id or segment name would carry it. */
  static final String SCRIPT = "<script>alert('x')</script>";

  private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

  @TempDir Path dir;

  private final ReportWriter writer = new ReportWriter();

  @Test
  void everySectionIsPresentInPageOrderWithItsHeading() {
    String html = writer.render(RunSummaries.sample());

    int last = -1;
    for (String id : ReportWriter.SECTIONS) {
      int at = html.indexOf("<section id=\"" + id + "\"");
      assertTrue(at > last, id + " follows the previous section");
      assertTrue(html.contains("<h2 id=\"" + id + "-h\">"), id + " has a heading");
      assertTrue(html.contains("href=\"#" + id + "\""), id + " is in the contents");
      last = at;
    }
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void everyRequiredChartIsDrawnFromTheSample() {
    String html = writer.render(RunSummaries.sample());

    for (String id :
        List.of(
            "chart-segment-sizes",
            "chart-segment-churn",
            "chart-elbow",
            "chart-silhouette",
            "chart-davies-bouldin",
            "chart-rfm",
            "chart-roc",
            "chart-pr",
            "chart-calibration",
            "chart-candidates-pr",
            "chart-candidates-roc",
            "chart-drivers",
            "chart-waterfall-1",
            "chart-genres",
            "chart-release-years",
            "chart-genre-churn",
            "chart-actions",
            "chart-stages")) {
      assertTrue(html.contains("<svg class=\"chart\" id=\"" + id + "\""), id);
      assertTrue(html.contains("<title id=\"" + id + "-title\">"), id + " has a title");
      assertTrue(html.contains("<desc id=\"" + id + "-desc\">"), id + " has a description");
    }
    assertEquals(count(html, "<svg "), count(html, "<figure>"), "every chart is a figure");
    assertEquals(count(html, "<svg "), count(html, "<figcaption>"));
  }

  @Test
  void everyChartHasAxisTitles() {
    String html = writer.render(RunSummaries.sample());

    Matcher charts = Pattern.compile("<svg class=\"chart\" id=\"([^\"]+)\".*?</svg>").matcher(html);
    int seen = 0;
    while (charts.find()) {
      seen++;
      int titles = count(charts.group(), "class=\"axis-title\"");
      assertEquals(2, titles, charts.group(1) + " names both axes");
    }
    assertEquals(18, seen);
  }

  @Test
  void headlineNumbersAreFormatted() {
    String html = writer.render(RunSummaries.sample());

    assertTrue(html.contains("<div class=\"v\">1,000</div>"), "customers");
    assertTrue(html.contains("<div class=\"v\">30.0%</div>"), "churn rate");
    assertTrue(html.contains("<div class=\"v\">random-forest</div>"), "chosen model");
    assertTrue(html.contains("<div class=\"v\">0.850</div>"), "ROC-AUC");
    assertTrue(html.contains("<div class=\"v\">0.660</div>"), "PR-AUC");
    assertTrue(html.contains("<div class=\"v\">0.160 → 0.150</div>"), "Brier before and after");
    assertTrue(html.contains("<td>200 / 25,000</td>") || html.contains("200 / 25,000"));
    assertTrue(html.contains("0.350 (max F1)"), "threshold and its rule");
    assertTrue(html.contains("91.0%"), "the top customer's probability");
    assertTrue(html.contains(">164.70<"), "plan priority with two decimals");
  }

  @Test
  void theSegmentsSectionSaysWhyEachSegmentHasItsName() {
    String html = writer.render(RunSummaries.sample());

    assertTrue(html.contains("<th>Naming rule</th>"), "a table of naming rules");
    assertTrue(
        html.contains(
            "<tr><td>Heavy viewers</td><td>Engaged: watch_hours 80.0 vs 40.0 overall"
                + " (+100%)</td></tr>"),
        "the rule of a segment");
    assertFalse(
        html.contains("<tr><td>Unlabelled newcomers</td><td></td>"),
        "a segment without a recorded rule has no empty row");
  }

  @Test
  void hostileStringsAreEscapedAndNeverBecomeMarkup() {
    String html = writer.render(hostile(RunSummaries.sample()));

    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no image element");
    assertFalse(html.contains("onerror=alert(1)>"), "no attribute breaks out");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("R&amp;D"), "an ampersand is escaped");
  }

  @Test
  void numbersThatWereNotMeasuredReadNotAvailable() {
    RunSummary sample = RunSummaries.sample();
    HoldOutSummary h = sample.holdOut();
    HoldOutSummary unmeasured =
        new HoldOutSummary(
            h.customers(),
            h.churnRate(),
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            h.brierAfter(),
            h.accuracy(),
            h.precision(),
            h.recall(),
            h.f1(),
            h.truePositives(),
            h.falsePositives(),
            h.trueNegatives(),
            h.falseNegatives(),
            h.roc(),
            h.pr(),
            h.calibrationBefore(),
            h.calibrationAfter());

    String html = writer.render(with(sample, unmeasured));

    assertTrue(html.contains("<div class=\"v\">n/a</div>"), "ROC-AUC card");
    assertTrue(html.contains("n/a → 0.150"), "Brier before");
    assertTrue(
        html.contains("Unlabelled newcomers</td><td class=\"n\">200</td><td class=\"n\">n/a</td>"),
        "a NaN segment churn rate");
    assertFalse(html.contains("NaN"));
    assertFalse(html.contains("Infinity"));
  }

  @Test
  void anExplanationWithANaNContributionShowsANoteInsteadOfAWaterfall() {
    RunSummary s = RunSummaries.sample();
    CustomerExplanation broken =
        new CustomerExplanation(
            "C1",
            0.5,
            0.3,
            "probability",
            List.of(new Contribution("f", "1", Double.NaN)),
            List.of("a reason"));
    RunSummary withBroken =
        new RunSummary(
            s.version(),
            s.createdAt(),
            s.seed(),
            s.data(),
            s.model(),
            s.holdOut(),
            s.segmentation(),
            s.rfm(),
            s.globalDrivers(),
            List.of(broken),
            s.content(),
            s.actions(),
            s.topPlans(),
            s.stages(),
            s.files());

    String customers = section(writer.render(withBroken), "customers");

    assertFalse(customers.contains("<svg"));
    assertTrue(customers.contains("numbers that were not measured"));
    assertTrue(customers.contains("<li>a reason</li>"), "the reasons still show");
  }

  @Test
  void aRunWithoutCatalogShowsNotesInsteadOfEmptyCharts() {
    RunSummary sample = RunSummaries.sample();
    RunSummary noCatalog =
        new RunSummary(
            sample.version(),
            sample.createdAt(),
            sample.seed(),
            sample.data(),
            sample.model(),
            sample.holdOut(),
            sample.segmentation(),
            sample.rfm(),
            sample.globalDrivers(),
            sample.topCustomers(),
            new ContentSummary(List.of(), List.of(), List.of()),
            sample.actions(),
            sample.topPlans(),
            sample.stages(),
            sample.files());

    String html = writer.render(noCatalog);

    String content = section(html, "content");
    assertFalse(content.contains("<svg"), "no empty chart");
    assertEquals(3, count(content, "<p class=\"empty\">"));
    assertTrue(content.contains("No catalog in this run"));
  }

  @Test
  void aRunWithNothingButTheHeadlineStillRendersWithNotes() {
    RunSummary sample = RunSummaries.sample();
    HoldOutSummary h = sample.holdOut();
    RunSummary bare =
        new RunSummary(
            "1",
            "2026-01-01T00:00:00Z",
            1,
            new DataSummary("customers.csv", 10, 0, Double.NaN, 0, 0, ""),
            new ModelSummary("logistic", "PR-AUC", 5, List.of(), "none", 0.5, "fixed", 3),
            new HoldOutSummary(
                2,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                h.accuracy(),
                0,
                0,
                0,
                0,
                0,
                2,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            new SegmentationSummary(1, "fixed", List.of(), List.of(), List.of()),
            new RfmSummary(List.of(), List.of()),
            List.of(),
            List.of(),
            new ContentSummary(List.of(), List.of(), List.of()),
            List.of(),
            List.of(),
            List.of(),
            Map.of());

    String html = writer.render(bare);

    assertFalse(html.contains("<svg"));
    assertEquals(15, count(html, "<p class=\"empty\">"), "a note for each empty part");
    assertFalse(html.contains("snapshot"), "no empty snapshot");
  }

  @Test
  void theReportIsSelfContained() {
    String html = writer.render(hostile(RunSummaries.sample()));

    assertFalse(
        Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=\\s*[\"']?\\s*(https?:)?//")
            .matcher(html)
            .find(),
        "no address of another host");
    assertFalse(html.contains("http://"));
    assertFalse(html.contains("https://"));
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
    assertFalse(html.contains("<link"), "no linked style sheet");
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url("), "no fetched font or image");
    assertFalse(html.contains("@font-face"));
    assertTrue(html.contains("<style>"), "styles are inline");
  }

  @Test
  void theSameSummaryGivesTheSameBytes() {
    assertEquals(
        writer.render(RunSummaries.sample()), new ReportWriter().render(RunSummaries.sample()));
  }

  @Test
  void writeReplacesTheReportAtomicallyAndLeavesNoTemporaryFile() throws IOException {
    Path folder = dir.resolve("run");
    Path first = writer.write(RunSummaries.sample(), new RunFolder(folder));
    Path second = writer.write(hostile(RunSummaries.sample()), folder);

    assertEquals(folder.resolve(RunFolder.REPORT).toAbsolutePath(), first);
    assertEquals(first, second);
    assertEquals(writer.render(hostile(RunSummaries.sample())), Files.readString(second));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(RunFolder.REPORT), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aFolderThatCannotBeCreatedIsReportedByName() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    RetentionIoException e =
        assertThrows(RetentionIoException.class, () -> writer.write(RunSummaries.sample(), file));
    assertEquals(file.resolve(RunFolder.REPORT).toAbsolutePath(), e.path());
    assertTrue(e.getMessage().endsWith(file.toAbsolutePath() + ": not a folder"), e.getMessage());
  }

  @Test
  void optionsLimitThePlanRowsTheDriversAndTheWaterfall() {
    RunSummary sample = RunSummaries.sample();
    List<PlanRow> plans = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      plans.add(new PlanRow(i, "C" + i, 0.5, "HIGH", 10, 5, "S", "At risk", "CALL", "reason " + i));
    }
    RunSummary many =
        new RunSummary(
            sample.version(),
            sample.createdAt(),
            sample.seed(),
            sample.data(),
            sample.model(),
            sample.holdOut(),
            sample.segmentation(),
            sample.rfm(),
            sample.globalDrivers(),
            sample.topCustomers(),
            sample.content(),
            sample.actions(),
            plans,
            sample.stages(),
            sample.files());

    String html = new ReportWriter(new ReportOptions(2, 1, 2, 1)).render(many);

    assertTrue(html.contains("reason 2"));
    assertFalse(html.contains("reason 3"), "two plan rows");
    assertTrue(html.contains("last_login_days (raises)"));
    assertFalse(html.contains("watch_hours (lowers)"), "one driver");
    assertTrue(html.contains("1 other attributes"), "the third contribution is summed");
    assertTrue(html.contains("The 1 largest of 2 genres."));
    assertTrue(html.contains("Churn rate for the 1 favourite genres with most customers, of 2"));
    assertFalse(html.contains("Horror (100)"), "one favourite genre");
  }

  /** The sample with markup in every kind of user text: ids, names, reasons, labels. */
  static RunSummary hostile(RunSummary s) {
    List<Segment> segments = new ArrayList<>();
    for (Segment segment : s.segmentation().segments()) {
      segments.add(
          new Segment(
              segment.id(),
              segment.id() == 0 ? SCRIPT : segment.name(),
              segment.customers(),
              segment.churnRate(),
              segment.profile(),
              segment.id() == 0 ? SCRIPT : segment.rule()));
    }
    SegmentationSummary seg = s.segmentation();
    return new RunSummary(
        s.version(),
        s.createdAt(),
        s.seed(),
        new DataSummary(IMAGE, 1000, 1000, 0.3, 200, 25_000, "2026-06-30"),
        s.model(),
        s.holdOut(),
        new SegmentationSummary(seg.k(), seg.criterion(), seg.scan(), seg.features(), segments),
        new RfmSummary(s.rfm().grid(), List.of(new LabelCount(SCRIPT, 3, 0.5))),
        List.of(new Driver("R&D " + SCRIPT, 0.1, "raises")),
        List.of(
            new CustomerExplanation(
                SCRIPT,
                0.8,
                0.3,
                "log-odds",
                List.of(new Contribution(IMAGE, SCRIPT, 0.5)),
                List.of(SCRIPT, IMAGE))),
        new ContentSummary(
            List.of(new RunSummary.GenreCount(SCRIPT, 3)),
            List.of(new RunSummary.YearTypeCount(2020, 1, 2)),
            List.of(new LabelCount(IMAGE, 4, 0.25))),
        List.of(new ActionCount(SCRIPT, IMAGE, 3, 1.0, 2.0)),
        List.of(new PlanRow(1, SCRIPT, 0.8, IMAGE, 1, 1, SCRIPT, IMAGE, SCRIPT, IMAGE)),
        List.of(new Stage(SCRIPT, 0.1, 3)),
        Map.of(SCRIPT, IMAGE));
  }

  private static RunSummary with(RunSummary s, HoldOutSummary holdOut) {
    return new RunSummary(
        s.version(),
        s.createdAt(),
        s.seed(),
        s.data(),
        s.model(),
        holdOut,
        s.segmentation(),
        s.rfm(),
        s.globalDrivers(),
        s.topCustomers(),
        s.content(),
        s.actions(),
        s.topPlans(),
        s.stages(),
        s.files());
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\"");
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
