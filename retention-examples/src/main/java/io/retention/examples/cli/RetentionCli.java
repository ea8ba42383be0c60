package io.retention.examples.cli;

import io.retention.core.RetentionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code retention} command line. Exit codes: 0 success, 1 the work failed (bad data, a step
 * that could not run), 2 the command line itself was wrong.
 */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    versionProvider = RetentionCli.Version.class,
    description = "Customer retention: who will leave, why, and what to do about it.",
    subcommands = {
      DemoCommand.class,
      InferMappingCommand.class,
      TrainCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      SegmentCommand.class,
      RecommendCommand.class,
      PlanCommand.class,
      DashboardCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 the work failed (bad data, a step that could not run),"
          + " 2 wrong command-line usage."
    })
public final class RetentionCli implements Runnable {

  /** Exit code when the work itself failed. */
  public static final int FAILED = 1;

  @Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error, not just its message.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * Builds the command line with its error handling, for {@link #main} and for tests.
   *
   * @return the configured command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RetentionCli());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          RetentionCli root = commandLine.getCommandSpec().root().commandLine().getCommand();
          if (root.verbose) {
            e.printStackTrace(err);
          } else {
            String kind =
                e instanceof RetentionException || e instanceof IllegalArgumentException
                    ? "error"
                    : "unexpected error (" + e.getClass().getSimpleName() + ")";
            err.println(
                "retention: " + kind + ": " + e.getMessage() + " (use --verbose for details)");
          }
          err.flush();
          return FAILED;
        });
    return cli;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RetentionCli.class.getPackage().getImplementationVersion();
      return new String[] {"retention " + (v == null ? "(development build)" : v)};
    }
  }
}
