package io.retention.examples.cli;

import io.retention.core.port.out.ProgressListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Core's {@link ProgressListener} drawn on the console's error stream, never on standard output, so
 * that results printed or piped from standard output stay clean.
 *
 * <p>On an interactive terminal it draws a live bar with the {@code me.tongfei:progressbar}
 * library. Anywhere else (output redirected to a file or a pipe, a CI log, a test) it writes plain
 * lines instead: the task when it starts, one line each time another {@value #PLAIN_STEP_PERCENT}%
 * is done, and the elapsed time when it ends, so a log never fills with carriage returns.
 *
 * <p>Safe to call from several threads, as the port requires.
 */
final class ConsoleProgress implements ProgressListener {
  /** In plain mode, a line is written each time this many more percent are done. */
  static final int PLAIN_STEP_PERCENT = 25;

  private static final double PERCENT = 100.0;
  private static final double NANOS_PER_SECOND = 1e9;
  private static final int BAR_UPDATE_MILLIS = 200;
  private static final String JLINE_QUIET_PROPERTY =
      "org.jline.terminal.disableDeprecatedProviderWarning";

  private final PrintWriter plain;
  private final PrintStream terminal;
  private final boolean interactive;

  private String task = "";
  private long total = -1;
  private long startNanos;
  private int lastPercentPrinted;
  private ProgressBar bar;

  private ConsoleProgress(PrintWriter plain, PrintStream terminal, boolean interactive) {
    this.plain = plain;
    this.terminal = terminal;
    this.interactive = interactive;
  }

  /**
   * Plain lines on a writer: the form used whenever the output is not an interactive terminal.
   *
   * @param err where the lines go (the command's error writer)
   * @return the listener
   */
  static ConsoleProgress plainLines(PrintWriter err) {
    return new ConsoleProgress(Objects.requireNonNull(err, "err"), System.err, false);
  }

  /**
   * A live bar on a terminal stream.
   *
   * @param terminal the stream the bar is drawn on (standard error on a terminal)
   * @param err where anything else goes
   * @return the listener
   */
  static ConsoleProgress bar(PrintStream terminal, PrintWriter err) {
    return new ConsoleProgress(
        Objects.requireNonNull(err, "err"), Objects.requireNonNull(terminal, "terminal"), true);
  }

  /**
   * The listener a command uses: none when progress is turned off, a live bar on standard error
   * when the program runs on an interactive terminal, plain lines on {@code err} otherwise.
   *
   * @param enabled false for {@code --no-progress}
   * @param err the command's error writer
   * @return the listener
   */
  static ProgressListener forConsole(boolean enabled, PrintWriter err) {
    if (!enabled) {
      return ProgressListener.NONE;
    }
    // System.console() is null whenever standard input or output is redirected: then no bar.
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    if (!terminal) {
      return plainLines(err);
    }
    // OLCUT puts jline's deprecated jansi provider on the class path; jline would warn about it
    // on the terminal the first time the bar asks for the terminal width.
    System.setProperty(JLINE_QUIET_PROPERTY, "true");
    return bar(System.err, err);
  }

  @Override
  public synchronized void started(String name, long totalSteps) {
    closeBar();
    this.task = Objects.requireNonNull(name, "task");
    this.total = totalSteps;
    this.startNanos = System.nanoTime();
    this.lastPercentPrinted = 0;
    if (interactive) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(totalSteps)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(BAR_UPDATE_MILLIS)
              .setConsumer(new ConsoleProgressBarConsumer(terminal))
              .build();
    } else {
      plain.println(name + " ...");
      plain.flush();
    }
  }

  @Override
  public synchronized void advanced(long stepsDone) {
    if (bar != null) {
      bar.stepTo(stepsDone);
      return;
    }
    if (interactive || total <= 0) {
      return;
    }
    int percent = (int) Math.min(PERCENT, PERCENT * stepsDone / total);
    int step = percent / PLAIN_STEP_PERCENT * PLAIN_STEP_PERCENT;
    if (step > lastPercentPrinted && step < PERCENT) {
      lastPercentPrinted = step;
      plain.printf(Locale.ROOT, "%s: %d%% (%,d of %,d)%n", task, step, stepsDone, total);
      plain.flush();
    }
  }

  @Override
  public synchronized void finished() {
    double seconds = (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
    if (interactive) {
      closeBar();
      return;
    }
    plain.printf(Locale.ROOT, "%s: done in %.1f s%n", task, seconds);
    plain.flush();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
