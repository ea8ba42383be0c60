package io.retention.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the public datasets that sit beside the project ({@code ../shared/datasets}) for tests that
 * measure real behaviour on real files.
 *
 * <p>The folder is looked up from the {@code retention.datasets} system property, then the {@code
 * RETENTION_DATASETS} environment variable, then as {@code shared/datasets} next to the working
 * directory or any of its parents. When a file is missing, the test is skipped with a message
 * saying why, except when the environment variable {@code CI} is {@code true}: there the test
 * fails, so a continuous-integration run never passes by skipping.
 */
public final class SharedDatasets {
  private SharedDatasets() {}

  /**
   * The path of a dataset file, or a skipped (locally) or failed (in CI) test.
   *
   * @param relative the file's path inside the datasets folder, such as {@code
   *     telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv}
   * @return the file's path
   */
  public static Path require(String relative) {
    Optional<Path> root = root();
    Path file = root.map(r -> r.resolve(relative)).orElse(null);
    if (file != null && Files.isRegularFile(file)) {
      return file;
    }
    String why =
        root.isPresent()
            ? "dataset file " + file + " is missing"
            : "the shared datasets folder was not found (looked for shared/datasets beside "
                + Paths.get("").toAbsolutePath()
                + " and its parents; set -Dretention.datasets=... to point at it)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return Assertions.fail(why + "; with CI=true the dataset tests must run");
    }
    Assumptions.abort(why + "; skipping this dataset test");
    throw new AssertionError("unreachable");
  }

  private static Optional<Path> root() {
    String configured =
        System.getProperty("retention.datasets", System.getenv("RETENTION_DATASETS"));
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Paths.get(configured).toAbsolutePath());
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("datasets");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
