package io.retention.examples.dashboard;

import java.nio.file.Path;

/** The dashboard tests' shared run folder, for tests in other packages (the command line). */
public final class DashboardTestRun {
  private DashboardTestRun() {}

  /**
   * The shared run's folder, written on first use.
   *
   * @return the folder
   */
  public static Path folder() {
    return TestRuns.shared().dir();
  }
}
