package io.retention.examples.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} driven by its {@code
 * /usr/bin/chromedriver}, both given to Selenium explicitly, so Selenium Manager never runs and
 * nothing is ever downloaded.
 *
 * <p>The browser runs with a fresh, temporary profile, with background networking, component
 * updates, sync and QUIC off (a closed network refuses those connections, which would otherwise
 * show up as console errors), and records the page's console at every level.
 *
 * <p>When Chromium or ChromeDriver is missing, {@link #start()} skips the test with the reason,
 * except when the environment variable {@code CI} is {@code true}: there the test fails, so a
 * continuous-integration run never passes by skipping (the same rule as the shared dataset tests).
 * The paths can be changed with the system properties {@value #BROWSER_PROPERTY} and {@value
 * #DRIVER_PROPERTY}.
 *
 * <p>Use it in try-with-resources; it is not thread-safe.
 */
public final class HeadlessChromium implements AutoCloseable {

  /** The system property that overrides the Chromium executable. */
  public static final String BROWSER_PROPERTY = "retention.chromium";

  /** The system property that overrides the ChromeDriver executable. */
  public static final String DRIVER_PROPERTY = "retention.chromedriver";

  /** Debian's Chromium. */
  public static final String DEFAULT_BROWSER = "/usr/bin/chromium";

  /** Debian's ChromeDriver, the same version as its Chromium. */
  public static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

  /** The window size, wide enough for two charts side by side. */
  public static final String WINDOW_SIZE = "--window-size=1280,1600";

  private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

  private static final Duration SCRIPT = Duration.ofSeconds(20);

  /**
   * Selenium warns once per browser that it has no DevTools binding for this Chromium version;
   * these tests drive the browser through WebDriver only, never DevTools, so the warning is noise.
   * Held here so the logger, and its level, are not garbage-collected.
   */
  private static final Logger CDP_VERSION_LOG =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
  }

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
   * Starts a headless Chromium, or skips (locally) or fails (with {@code CI=true}) the calling test
   * when Chromium or ChromeDriver is not installed.
   *
   * @return the running browser
   */
  public static HeadlessChromium start() {
    Path browser = Paths.get(System.getProperty(BROWSER_PROPERTY, DEFAULT_BROWSER));
    Path driverExecutable = Paths.get(System.getProperty(DRIVER_PROPERTY, DEFAULT_DRIVER));
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(browser)) {
      missing.add("Chromium (" + browser + ", set -D" + BROWSER_PROPERTY + "=...)");
    }
    if (!Files.isExecutable(driverExecutable)) {
      missing.add("ChromeDriver (" + driverExecutable + ", set -D" + DRIVER_PROPERTY + "=...)");
    }
    if (!missing.isEmpty()) {
      String why =
          String.join(" and ", missing)
              + " not found; on Debian: apt-get install chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why + "; with CI=true the browser tests must run");
      }
      Assumptions.abort(why + "; skipping this browser test");
    }
    Path profile;
    Path downloads;
    try {
      profile = Files.createTempDirectory("retention-chromium-");
      downloads = Files.createTempDirectory("retention-downloads-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a browser profile or download folder", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
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
        "--disable-extensions",
        "--hide-scrollbars",
        WINDOW_SIZE,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false,
            "download.directory_upgrade", true,
            "safebrowsing.enabled", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverExecutable.toFile())
            .usingAnyFreePort()
            .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
      driver.manage().timeouts().scriptTimeout(SCRIPT);
      return new HeadlessChromium(service, driver, profile, downloads);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      deleteTree(downloads);
      throw e;
    }
  }

  /**
   * The driver, for anything this fixture does not wrap.
   *
   * @return the running driver
   */
  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens a local file and waits until it has loaded.
   *
   * @param file the file
   */
  public void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /**
   * Runs a script in the page (the test's own code, not the page's) and returns its result.
   *
   * @param script the body of a function; {@code return} gives the result
   * @return what the script returned, converted by Selenium (lists, maps, longs, doubles, strings)
   */
  public Object evaluate(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * The console entries since the last call (Chromium hands each entry out once), every level.
   *
   * @return the entries
   */
  public List<LogEntry> consoleEntries() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /**
   * The console's SEVERE entries since the last call (script errors, failed requests).
   *
   * @return their messages
   */
  public List<String> severeConsoleEntries() {
    return consoleEntries().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * The folder the browser saves downloads to, emptied when the browser closes.
   *
   * @return the folder
   */
  public Path downloads() {
    return downloads;
  }

  /**
   * Waits until a download has completed.
   *
   * @param name the downloaded file's name
   * @param timeout how long to wait
   * @return the file
   * @throws InterruptedException when interrupted while waiting
   */
  public Path awaitDownload(String name, Duration timeout) throws InterruptedException {
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

  /**
   * Saves a screenshot of the window as PNG.
   *
   * @param target where to write it
   * @return the file written
   */
  public Path screenshot(Path target) {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    try {
      Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save a screenshot to " + target, e);
    }
    return target;
  }

  /** Quits the browser, stops ChromeDriver and deletes the temporary profile. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
      deleteTree(downloads);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the browser profile " + root, e);
    }
  }
}
