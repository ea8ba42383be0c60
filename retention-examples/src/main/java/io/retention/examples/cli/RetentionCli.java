package io.retention.examples.cli;

import io.retention.core.RetentionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code retention} command line. Exit codes, the same in every subcommand: 0 success, 1 the
 * work failed (a file that cannot be read or written, bad data, a step that could not run), 2 the
 * command line itself was wrong (an unknown or missing option, a bad option value).
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
      ReportCommand.class,
      DashboardCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success; 1 the work failed (a file that cannot be read or written, bad"
          + " data, a step that could not run), in one line, with the stack trace only with"
          + " --verbose; 2 a wrong command line (an unknown or missing option, a bad option"
          + " value)."
    })
public final class RetentionCli implements Runnable {

  /** Exit code when the work itself failed. */
  public static final int FAILED = 1;

  /** Exit code when the command line was wrong. */
  public static final int USAGE = 2;

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
   * <p>A wrong command line (an unknown option, a missing one, a value of the wrong type or out of
   * range) exits with {@link #USAGE} after one line naming the option and the value and a hint to
   * {@code --help}. Work that fails (a {@link RetentionException}, such as a file that cannot be
   * read or written, or any other exception of the work) exits with {@link #FAILED} after one line
   * {@code retention: error: ...}; {@code --verbose} adds the stack trace.
   *
   * @return the configured command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RetentionCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(RetentionCli::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          RetentionCli root = commandLine.getCommandSpec().root().commandLine().getCommand();
          err.println(
              "retention: " + describe(e) + (root.verbose ? "" : " (use --verbose for details)"));
          if (root.verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return FAILED;
        });
    return cli;
  }

  /** One line for a failure of the work: its message, and its kind when it is not a domain one. */
  static String describe(Exception e) {
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    String kind =
        e instanceof RetentionException || e instanceof IllegalArgumentException
            ? "error"
            : "unexpected error (" + e.getClass().getSimpleName() + ")";
    return kind + ": " + message;
  }

  /** A wrong command line: the reason, suggestions for a mistyped name, and where help is. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getColorScheme().errorText(e.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
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
