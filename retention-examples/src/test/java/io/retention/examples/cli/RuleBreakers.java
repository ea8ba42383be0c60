package io.retention.examples.cli;

import io.retention.recommender.FieldWeights;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Classes that break the architecture rules on purpose, for {@code DependencyRulesSelfTest}: they
 * are test classes, so the rules on the production classes never see them.
 */
final class RuleBreakers {
  private RuleBreakers() {}

  /** Writes a file in place. */
  static final class WritesInPlace {
    void save(Path file) throws IOException {
      Files.writeString(file, "half a file, if it stops here");
    }
  }

  /** Writes a file through a {@link FileWriter}. */
  static final class OpensAFileWriter {
    void save(Path file) throws IOException {
      try (FileWriter out =
          new FileWriter(file.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
        out.write("x");
      }
    }
  }

  /** A command-line class that reaches into the recommender's internals. */
  static final class ReachesIntoTheRecommender {
    double genreWeight() {
      return FieldWeights.DEFAULTS.genres();
    }
  }
}
