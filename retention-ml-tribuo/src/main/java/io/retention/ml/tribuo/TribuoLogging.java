package io.retention.ml.tribuo;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns Tribuo's and OLCUT's chatty INFO logging down to WARNING, once. */
final class TribuoLogging {
  /** Strong references: java.util.logging forgets the level of a logger that is collected. */
  private static final List<Logger> QUIETED =
      List.of(Logger.getLogger("org.tribuo"), Logger.getLogger("com.oracle.labs.mlrg.olcut"));

  static {
    for (Logger logger : QUIETED) {
      logger.setLevel(Level.WARNING);
    }
  }

  private TribuoLogging() {}

  /** Runs the static initializer if it has not run yet. */
  static void quiet() {
    // Class initialisation did the work.
  }
}
