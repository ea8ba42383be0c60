package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.examples.browser.HeadlessChromium;
import io.retention.examples.run.RunSummaries;
import io.retention.examples.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
    Path report = new ReportWriter().write(RunSummaries.sample(), dir);
    int figures = count(Files.readString(report), "<figure>");

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertEquals("Retention report: generated", chromium.driver().getTitle());
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
          chromium.screenshot(Paths.get(screenshots + "-" + page + ".png"));
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
