package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.analysis.RunSummary.ContentSummary;
import io.retention.core.analysis.RunSummary.Contribution;
import io.retention.core.analysis.RunSummary.CustomerExplanation;
import io.retention.core.analysis.RunSummary.DataSummary;
import io.retention.core.analysis.RunSummary.Driver;
import io.retention.core.analysis.RunSummary.GenreCount;
import io.retention.core.analysis.RunSummary.KScore;
import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.PlanRow;
import io.retention.core.analysis.RunSummary.SegmentationSummary;
import io.retention.core.analysis.RunSummary.YearTypeCount;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.testing.RunSummaries;
import io.retention.examples.browser.HeadlessChromium;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.run.RetentionPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.logging.LogEntry;

/**
 * The written report in a real headless Chromium: it loads from a file with a clean console, asks
 * for no resource, runs no script, and every chart is drawn at a visible size with its marks.
 *
 * <p>With {@code -Dretention.report.screenshots=/tmp/report} it also saves the page as screenshots
 * {@code /tmp/report-0.png}, {@code -1.png}, …, one per window height, for looking at the layout.
 */
@Tag("browser")
class ReportInBrowserTest {

  /** Measures every chart: its id, rendered size, marks, and marks drawn with a non-zero box. */
  private static final String MEASURE_CHARTS =
      "return Array.from(document.querySelectorAll('figure > svg')).map(function (svg) {"
          + "  var box = svg.getBoundingClientRect();"
          + "  var marks = svg.querySelectorAll('.mark');"
          + "  var drawn = 0;"
          + "  marks.forEach(function (m) {"
          + "    var b = m.getBBox();"
          + "    var r = m.getBoundingClientRect();"
          + "    if ((b.width > 0 || b.height > 0) && (r.width > 0 || r.height > 0)) { drawn++; }"
          + "  });"
          + "  return {id: svg.id, width: box.width, height: box.height,"
          + "          marks: marks.length, drawn: drawn};"
          + "});";

  @TempDir Path dir;

  @Test
  void everyChartRendersWithDrawnMarksAndTheConsoleHasNoError() throws Exception {
    rendersCleanly(RunSummaries.sample(), "");
  }

  @Test
  void aFullSizedRunRendersEveryChartToo() throws Exception {
    rendersCleanly(fullSized(RunSummaries.sample()), "-full");
  }

  @Test
  void theReportOfARealPipelineRunRendersEveryChartToo() throws Exception {
    RunFolder folder = new RunFolder(dir.resolve("run"));
    RunSummary summary =
        RetentionPipeline.create(SyntheticCustomers.SCHEMA, folder, RunConfig.DEFAULTS)
            .run(RunInputs.of("generated", new SyntheticCustomers(800, 7)), ProgressListener.NONE);
    rendersCleanly(summary, "-run");
  }

  private void rendersCleanly(RunSummary summary, String suffix) throws Exception {
    Path report = new ReportWriter().write(summary, dir);
    int figures = count(Files.readString(report), "<figure>");

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertEquals("Retention report: " + summary.data().source(), chromium.driver().getTitle());
      List<LogEntry> console = chromium.consoleEntries();
      assertTrue(
          console.stream().noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue()),
          "console: " + console);
      assertEquals(0L, chromium.evaluate("return document.scripts.length;"));
      assertEquals(
          0L,
          chromium.evaluate("return performance.getEntriesByType('resource').length;"),
          "the report loads nothing");

      @SuppressWarnings("unchecked")
      List<Map<String, Object>> charts =
          (List<Map<String, Object>>) chromium.evaluate(MEASURE_CHARTS);
      assertEquals(figures, charts.size(), "one chart per figure");
      for (Map<String, Object> chart : charts) {
        String id = String.valueOf(chart.get("id"));
        assertTrue(number(chart, "width") > 0 && number(chart, "height") > 0, id + ": " + chart);
        assertTrue(number(chart, "marks") > 0, id + " draws marks: " + chart);
        assertEquals(number(chart, "marks"), number(chart, "drawn"), id + ": " + chart);
      }

      String screenshots = System.getProperty("retention.report.screenshots", "");
      if (!screenshots.isEmpty()) {
        long height = (Long) chromium.evaluate("return document.documentElement.scrollHeight;");
        long window = (Long) chromium.evaluate("return window.innerHeight;");
        for (int page = 0; page * window < height; page++) {
          chromium.evaluate("window.scrollTo(0, " + page * window + "); return 0;");
          chromium.screenshot(Paths.get(screenshots + suffix + "-" + page + ".png"));
        }
      }
    }
  }

  @Test
  void hostileTextInTheSummaryRunsNothingInTheBrowser() {
    RunSummary hostile = ReportWriterTest.hostile(RunSummaries.sample());
    Path report = new ReportWriter().write(hostile, dir);

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertEquals(0L, chromium.evaluate("return document.scripts.length;"));
      assertEquals(0L, chromium.evaluate("return document.images.length;"));
      assertFalse(
          chromium.consoleEntries().stream()
              .anyMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()));
      String text = (String) chromium.evaluate("return document.body.innerText;");
      assertTrue(text.contains(ReportWriterTest.SCRIPT), "shown as text");
    }
  }

  /**
   * The sample grown to the size of a real run: seventy release years, twenty genres, fifteen
   * drivers, five explained customers in log-odds space with twelve contributions each, and long
   * names.
   */
  static RunSummary fullSized(RunSummary s) {
    List<YearTypeCount> years = new ArrayList<>();
    for (int year = 1950; year < 2020; year++) {
      years.add(new YearTypeCount(year, (year - 1940) * 3L, Math.max(0, year - 1990) * 4L));
    }
    List<GenreCount> genres = new ArrayList<>();
    List<LabelCount> favourite = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      genres.add(new GenreCount("International TV Shows and Movies " + i, 900 - 30L * i));
      favourite.add(new LabelCount("Genre " + i, 500 - 20L * i, 0.1 + 0.02 * i));
    }
    List<Driver> drivers = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      drivers.add(
          new Driver(
              "attribute_with_a_rather_long_name_" + i,
              0.9 / (i + 1),
              i % 3 == 0 ? "raises" : i % 3 == 1 ? "lowers" : "mixed"));
    }
    List<CustomerExplanation> customers = new ArrayList<>();
    List<PlanRow> plans = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      List<Contribution> contributions = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        contributions.add(
            new Contribution("feature_" + i, "value " + i, (i % 2 == 0 ? 1 : -1) * 1.5 / (i + 1)));
      }
      customers.add(
          new CustomerExplanation(
              "CUST-" + c,
              0.9 - 0.05 * c,
              -0.8,
              "log-odds",
              contributions,
              List.of("reason one for " + c, "reason two for " + c)));
    }
    for (int r = 1; r <= 30; r++) {
      plans.add(
          new PlanRow(
              r,
              "CUST-" + (r - 1),
              0.9 - r * 0.01,
              "HIGH",
              200.0 - r,
              150.0 - r,
              "Drifting away",
              "At risk",
              "WIN_BACK_OFFER",
              "last login 45 days ago and watch hours falling for three months"));
    }
    List<KScore> scan = new ArrayList<>();
    for (int k = 2; k <= 10; k++) {
      scan.add(new KScore(k, 1000.0 / k, 0.2 + 0.01 * k, 1.5 - 0.02 * k));
    }
    SegmentationSummary seg = s.segmentation();
    return new RunSummary(
        s.version(),
        s.createdAt(),
        s.seed(),
        new DataSummary(
            "netflix_customers_with_a_long_file_name.csv",
            250_000,
            250_000,
            0.27,
            8_807,
            12_500_000,
            "2026-06-30"),
        s.model(),
        s.holdOut(),
        new SegmentationSummary(4, seg.criterion(), scan, seg.features(), seg.segments()),
        s.rfm(),
        drivers,
        customers,
        new ContentSummary(genres, years, favourite),
        s.actions(),
        plans,
        s.stages(),
        s.files());
  }

  private static double number(Map<String, Object> chart, String key) {
    return ((Number) chart.get(key)).doubleValue();
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
