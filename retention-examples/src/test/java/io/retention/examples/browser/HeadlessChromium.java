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

  private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
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
    try {
      profile = Files.createTempDirectory("retention-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a browser profile folder", e);
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
      return new HeadlessChromium(service, driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
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
