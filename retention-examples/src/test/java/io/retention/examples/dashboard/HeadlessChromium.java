package io.retention.examples.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven headless through Debian's ChromeDriver, with nothing downloaded: the
 * driver and browser executables are given explicitly (Selenium Manager never runs), background
 * networking, component updates and sync are off, and every session gets a fresh profile folder and
 * download folder. When Chromium is absent the test is skipped with the reason, except under {@code
 * CI=true}, where it fails (as {@code SharedDatasets} does for data).
 */
final class HeadlessChromium implements AutoCloseable {
  /** Debian's Chromium. */
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Debian's ChromeDriver. */
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;

  private HeadlessChromium(
      ChromeDriverService service, ChromeDriver driver, Path profile, Path downloads) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  /**
   * Starts a browser, or skips (locally) or fails (under CI) the test when Chromium is missing.
   *
   * @return the running browser
   */
  static HeadlessChromium start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER + ") is missing";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why + "; with CI=true the browser tests must run");
      }
      Assumptions.abort(
          why + "; skipping the browser test (apt-get install chromium chromium-driver)");
    }
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      Path downloads = Files.createTempDirectory("chromium-downloads");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1400,1000",
          "--user-data-dir=" + profile);
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory", downloads.toString(),
              "download.prompt_for_download", false,
              "download.directory_upgrade", true,
              "safebrowsing.enabled", false));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new HeadlessChromium(service, driver, profile, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  Path downloads() {
    return downloads;
  }

  /**
   * The browser console's SEVERE entries since the last call.
   *
   * @return the entries' messages
   */
  List<String> severeConsoleEntries() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Waits for a downloaded file to be complete.
   *
   * @param name the file's name
   * @param timeout how long to wait
   * @return the file
   */
  Path awaitDownload(String name, Duration timeout) throws InterruptedException {
    Path file = downloads.resolve(name);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
        return file;
      }
      Thread.sleep(100);
    }
    return Assertions.fail("no download of " + name + " in " + downloads + " within " + timeout);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(profile);
      delete(downloads);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        File f = p.toFile();
        if (!f.delete() && f.exists()) {
          throw new IOException("cannot delete " + p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
