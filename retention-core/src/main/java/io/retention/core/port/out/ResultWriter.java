package io.retention.core.port.out;

/**
 * Receives the rows of one result as they are made, so that a million customers' results never sit
 * in memory at once. Nothing is visible until {@link #commit}; closing an uncommitted writer throws
 * the rows away, so a failed run never leaves a partial result that looks complete. Not
 * thread-safe: one writer is fed from one thread.
 *
 * @param <T> the row type
 */
public interface ResultWriter<T> extends AutoCloseable {

  /**
   * Adds a row.
   *
   * @param row the row
   * @throws io.retention.core.RetentionException if it cannot be stored
   */
  void write(T row);

  /**
   * Makes every row written so far visible, at once.
   *
   * @throws io.retention.core.RetentionException if they cannot be stored
   */
  void commit();

  /** Releases the writer; the rows are discarded unless committed. */
  @Override
  void close();
}
