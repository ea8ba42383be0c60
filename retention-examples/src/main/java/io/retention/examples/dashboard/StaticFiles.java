package io.retention.examples.dashboard;

import io.retention.core.RetentionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The pages, scripts and style sheet of the dashboard, read once from the class path, and Chart.js
 * from its WebJar ({@code org.webjars.npm:chart.js}), whose version is read from the WebJar's own
 * Maven properties. Immutable after loading.
 */
final class StaticFiles {
  /** Where the dashboard's own files are on the class path. */
  static final String ROOT = "/io/retention/examples/dashboard/static/";

  /** The URL path under which Chart.js is served. */
  static final String CHART_JS = "/assets/chart.umd.js";

  private static final String WEBJAR_PROPERTIES =
      "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  /** The page paths and their files. */
  static final Map<String, String> PAGES =
      Map.of(
          "/segments", "segments.html",
          "/predict", "predict.html",
          "/actions", "actions.html",
          "/content", "content.html");

  private static final Map<String, String> ASSETS =
      Map.of(
          "/assets/dashboard.js", "dashboard.js",
          "/assets/dashboard.css", "dashboard.css");

  /** A file's bytes and its content type. */
  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> files;

  private StaticFiles(Map<String, Asset> files) {
    this.files = Map.copyOf(files);
  }

  static StaticFiles load() {
    Map<String, Asset> files = new HashMap<>();
    PAGES.forEach(
        (path, name) -> files.put(path, new Asset(read(ROOT + name), "text/html; charset=utf-8")));
    ASSETS.forEach(
        (path, name) ->
            files.put(
                path,
                new Asset(
                    read(ROOT + name),
                    name.endsWith(".js")
                        ? "text/javascript; charset=utf-8"
                        : "text/css; charset=utf-8")));
    files.put(
        CHART_JS,
        new Asset(
            read("/META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.js"),
            "text/javascript; charset=utf-8"));
    return new StaticFiles(files);
  }

  private static String chartJsVersion() {
    Properties p = new Properties();
    try (InputStream in = StaticFiles.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new RetentionException(
            "Chart.js is not on the class path (" + WEBJAR_PROPERTIES + " missing)");
      }
      p.load(in);
    } catch (IOException e) {
      throw new RetentionException("cannot read " + WEBJAR_PROPERTIES + ": " + e.getMessage(), e);
    }
    return p.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RetentionException("the dashboard file " + resource + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RetentionException(
          "cannot read the dashboard file " + resource + ": " + e.getMessage(), e);
    }
  }

  Optional<Asset> get(String path) {
    return Optional.ofNullable(files.get(path));
  }
}
