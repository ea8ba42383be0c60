package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskThresholds;
import io.retention.examples.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The four pages in real headless Chromium against a real run: charts drawn, a filter applied and
 * its CSV downloaded, a customer looked up and a prediction made from the form, with no SEVERE
 * entry in the browser console.
 */
@Tag("browser")
class DashboardBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static DashboardServer server;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    DashboardData data = DashboardData.load(TestRuns.shared(), RiskThresholds.DEFAULTS);
    server = DashboardServer.start(data, DashboardConfig.DEFAULTS.withPort(0));
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void noSevereConsoleEntries() {
    assertEquals(List.of(), chromium.severeConsoleEntries());
  }

  private static ChromeDriver open(String page) {
    ChromeDriver driver = chromium.driver();
    driver.get(server.uri().resolve(page).toString());
    until(driver, d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    assertFalse(
        driver.findElement(By.id("status")).getText().startsWith("Could not load"),
        driver.findElement(By.id("status")).getText());
    return driver;
  }

  /** Polls a condition on the page until it holds or {@link #WAIT} runs out. */
  private static void until(ChromeDriver driver, Predicate<ChromeDriver> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.test(driver)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page did not reach the expected state within " + WAIT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the page", e);
      }
    }
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) chromium.driver()).executeScript(js);
  }

  @Test
  void theSegmentationPageDrawsSegmentsRfmAndDrivers() {
    ChromeDriver driver = open("/segments");
    long segments = TestRuns.sharedPlans().stream().map(RetentionPlan::segment).distinct().count();
    assertEquals(segments, script("return Chart.getChart('segment-sizes').data.labels.length"));
    assertEquals(segments, script("return Chart.getChart('segment-churn').data.labels.length"));
    assertTrue((Long) script("return Chart.getChart('rfm-labels').data.labels.length") > 0);
    assertTrue((Long) script("return Chart.getChart('drivers').data.labels.length") > 0);
    assertEquals(segments + 1, driver.findElements(By.cssSelector("#segment-profiles tr")).size());
    List<WebElement> rules = driver.findElements(By.cssSelector("#segment-profiles td.rule"));
    assertEquals(segments, rules.size());
    for (WebElement rule : rules) {
      assertTrue(rule.getText().contains("churn"), "each name's rule is shown: " + rule.getText());
    }
    assertEquals(6, driver.findElements(By.cssSelector("#rfm-grid tr")).size());
  }

  @Test
  void theContentPageDrawsGenresReleaseYearsAndChurnByFavouriteGenre() {
    open("/content");
    assertTrue((Long) script("return Chart.getChart('genres').data.labels.length") > 0);
    assertEquals(2L, script("return Chart.getChart('type-by-year').data.datasets.length"));
    long genres =
        TestRuns.sharedCustomers().stream()
            .map(c -> c.categoricalValue("favorite_genre").orElseThrow())
            .distinct()
            .count();
    assertEquals(genres, script("return Chart.getChart('churn-by-genre').data.labels.length"));
  }

  @Test
  void aFilterOnTheActionsPageNarrowsTheTableAndItsCsvDownload() throws Exception {
    ChromeDriver driver = open("/actions");
    List<RetentionPlan> plans = TestRuns.sharedPlans();
    String segment = plans.get(0).segment();
    List<String> expected =
        plans.stream()
            .filter(p -> p.risk().name().equals("HIGH") || p.risk().name().equals("MEDIUM"))
            .filter(p -> p.segment().equals(segment))
            .map(p -> p.customer().value())
            .toList();
    String before = driver.findElement(By.tagName("body")).getAttribute("data-loaded");

    for (String risk : List.of("HIGH", "MEDIUM")) {
      List<WebElement> box = driver.findElements(By.id("filter-risk-" + risk));
      if (!box.isEmpty()) {
        box.get(0).click();
      }
    }
    driver.findElement(By.id("filter-segment")).findElements(By.tagName("option")).stream()
        .filter(o -> o.getText().equals(segment))
        .findFirst()
        .orElseThrow()
        .click();
    driver.findElement(By.id("apply-filters")).click();
    until(
        driver, d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));

    List<WebElement> rows = driver.findElements(By.cssSelector("#plan-rows tbody tr"));
    assertEquals(Math.min(100, expected.size()), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
      assertEquals(expected.get(i), cells.get(1).getText());
      assertTrue(List.of("HIGH", "MEDIUM").contains(cells.get(3).getText()));
      assertEquals(segment, cells.get(7).getText());
    }
    assertTrue(
        driver.findElement(By.id("plan-total")).getText().startsWith(expected.size() + " "),
        driver.findElement(By.id("plan-total")).getText());

    driver.findElement(By.id("download-csv")).click();
    Path file = chromium.awaitDownload("retention-actions.csv", WAIT);
    List<Map<String, String>> downloaded = DashboardCsv.read(file);
    assertEquals(expected, downloaded.stream().map(r -> r.get("customer_id")).toList());
    for (Map<String, String> r : downloaded) {
      assertTrue(List.of("HIGH", "MEDIUM").contains(r.get("risk")));
      assertEquals(segment, r.get("segment"));
    }
  }

  @Test
  void aLookupAndAFormPredictionShowProbabilityRiskAndAWaterfall() {
    ChromeDriver driver = open("/predict");
    String first = TestRuns.sharedPlans().get(0).customer().value();

    driver.findElement(By.cssSelector("a.example-id")).click();
    until(driver, d -> d.findElement(By.id("result-customer")).getText().equals(first));
    assertTrue(driver.findElement(By.id("result-probability")).getText().endsWith("%"));
    assertEquals(
        TestRuns.sharedPlans().get(0).risk().name(),
        driver.findElement(By.id("result-risk")).getText());
    assertTrue((Long) script("return Chart.getChart('waterfall').data.labels.length") > 2);
    assertFalse(driver.findElements(By.cssSelector("#reasons li")).isEmpty());

    WebElement hours = driver.findElement(By.id("field-watch_hours"));
    hours.clear();
    hours.sendKeys("-5");
    driver.findElement(By.id("form-predict")).click();
    until(driver, d -> !d.findElement(By.id("predict-error")).getText().isEmpty());
    assertTrue(
        driver.findElement(By.id("predict-error")).getText().contains("watch_hours"),
        driver.findElement(By.id("predict-error")).getText());
    assertFalse(driver.findElement(By.id("result")).isDisplayed());

    hours.clear();
    hours.sendKeys("12.5");
    driver.findElement(By.id("form-predict")).click();
    until(driver, d -> d.findElement(By.id("result-customer")).getText().equals("form"));
    assertEquals("", driver.findElement(By.id("predict-error")).getText());
    assertTrue((Long) script("return Chart.getChart('waterfall').data.labels.length") > 2);
    assertFalse(driver.findElement(By.id("result-rfm")).getText().isBlank());
  }

  @Test
  void theConsoleCheckSeesAnErrorThePageLogs() {
    open("/segments");
    script("console.error('dashboard console probe')");
    List<String> severe = chromium.severeConsoleEntries();
    assertTrue(
        severe.stream().anyMatch(m -> m.contains("dashboard console probe")), severe.toString());
  }

  @Test
  void aFolderOfStepOutputsListsWhatItLacksOnEveryPage(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    io.retention.adapters.csv.RunFolder steps = new io.retention.adapters.csv.RunFolder(dir);
    for (String name :
        List.of(
            io.retention.adapters.csv.RunFolder.CUSTOMERS,
            io.retention.adapters.csv.RunFolder.PLANS,
            io.retention.adapters.csv.RunFolder.SEGMENTS,
            io.retention.adapters.csv.RunFolder.MODEL)) {
      java.nio.file.Files.copy(TestRuns.shared().file(name), steps.file(name));
    }
    DashboardData data = DashboardData.load(steps, RiskThresholds.DEFAULTS);
    assertFalse(data.missing().isEmpty());
    try (DashboardServer second =
        DashboardServer.start(data, DashboardConfig.DEFAULTS.withPort(0))) {
      ChromeDriver driver = chromium.driver();
      for (String page : List.of("/segments", "/actions", "/predict", "/content")) {
        driver.get(second.uri().resolve(page).toString());
        until(
            driver,
            d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertFalse(driver.findElement(By.id("status")).getText().startsWith("Could not load"));
        List<String> shown =
            driver.findElements(By.cssSelector("#missing li")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(data.missing(), shown, page);
      }
    }
  }
}
