package io.retention.core.port.out;

/**
 * Told how long work advances, so that a command line can draw a progress bar or a service can log.
 * Implementations must be safe to call from several threads.
 */
public interface ProgressListener {

  /** Ignores all progress. */
  ProgressListener NONE =
      new ProgressListener() {
        @Override
        public void started(String task, long totalSteps) {}

        @Override
        public void advanced(long stepsDone) {}

        @Override
        public void finished() {}
      };

  /**
   * A task starts.
   *
   * @param task what is being done, for people
   * @param totalSteps how many steps it has, or -1 when unknown
   */
  void started(String task, long totalSteps);

  /**
   * The task has done this many steps in all.
   *
   * @param stepsDone steps done so far
   */
  void advanced(long stepsDone);

  /** The task is over. */
  void finished();
}
