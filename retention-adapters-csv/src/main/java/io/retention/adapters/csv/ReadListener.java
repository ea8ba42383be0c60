package io.retention.adapters.csv;

/**
 * Told how a pass over a CSV file ended. A source calls it once per stream, when the stream is
 * closed, whether it was read to the end, closed early or stopped by an error.
 */
@FunctionalInterface
public interface ReadListener {

  /** Ignores every report. */
  ReadListener NONE = report -> {};

  /**
   * A pass is over.
   *
   * @param report its accounting
   */
  void finished(ReadReport report);
}
