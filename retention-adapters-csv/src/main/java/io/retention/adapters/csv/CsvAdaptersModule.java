package io.retention.adapters.csv;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.retention.core.port.out.PlanSink;
import io.retention.core.port.out.ScoreSink;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Guice wiring for this module: binds core's {@link ScoreSink} and {@link PlanSink} ports to CSV
 * sinks that write {@code scores.csv} and {@code plans.csv} in an output folder given to the
 * module. Nothing is read or written while wiring.
 */
public final class CsvAdaptersModule extends AbstractModule {
  /** The name of the scores file inside the output folder. */
  public static final String SCORES_FILE = "scores.csv";

  /** The name of the plans file inside the output folder. */
  public static final String PLANS_FILE = "plans.csv";

  private final Path outputDirectory;
  private final CellEscaping cells;

  /**
   * Wires the sinks to write into a folder; nothing is created until something is written.
   *
   * @param outputDirectory the output folder
   */
  public CsvAdaptersModule(Path outputDirectory) {
    this(outputDirectory, CellEscaping.NEUTRALISE_FORMULAS);
  }

  /**
   * Wires the sinks to write into a folder with a choice of cell escaping.
   *
   * @param outputDirectory the output folder
   * @param cells how text cells are written
   */
  public CsvAdaptersModule(Path outputDirectory, CellEscaping cells) {
    this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  @Provides
  ScoreSink scoreSink() {
    return new CsvScoreSink(outputDirectory.resolve(SCORES_FILE), cells);
  }

  @Provides
  PlanSink planSink() {
    return new CsvPlanSink(outputDirectory.resolve(PLANS_FILE), cells);
  }
}
