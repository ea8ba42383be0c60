package io.retention.adapters.csv;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.retention.core.port.out.ScoreSink;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Guice wiring for this module: binds core's {@link ScoreSink} port to a {@link CsvScoreSink} that
 * writes {@code scores.csv} in an output folder given to the module.
 */
public final class CsvAdaptersModule extends AbstractModule {
  /** The name of the scores file inside the output folder. */
  public static final String SCORES_FILE = "scores.csv";

  private final Path outputDirectory;

  /**
   * Wires the sinks to write into a folder; nothing is created until something is written.
   *
   * @param outputDirectory the output folder
   */
  public CsvAdaptersModule(Path outputDirectory) {
    this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  @Provides
  ScoreSink scoreSink() {
    return new CsvScoreSink(outputDirectory.resolve(SCORES_FILE));
  }
}
