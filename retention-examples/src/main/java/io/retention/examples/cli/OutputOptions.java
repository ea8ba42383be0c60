package io.retention.examples.cli;

import io.retention.adapters.csv.CellEscaping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionIoException;
import io.retention.core.port.out.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output folder and the progress switch, shared by the subcommands as a picocli mixin. */
final class OutputOptions {
  @Option(
      names = {"-o", "--output"},
      defaultValue = "retention-output",
      paramLabel = "DIR",
      description =
          "Folder for the result files, created when missing (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--no-progress",
      negatable = false,
      description =
          "Do not report progress. Progress goes to standard error: a live bar on a terminal,"
              + " plain lines otherwise.")
  boolean noProgress;

  @Option(
      names = "--raw-csv",
      negatable = false,
      description =
          "Write result cells as they are. By default a text cell that a spreadsheet would run as"
              + " a formula (beginning with =, +, -, @) gets a leading apostrophe.")
  boolean rawCsv;

  /**
   * How the result files' text cells are written.
   *
   * @return raw with {@code --raw-csv}, else formulas neutralised
   */
  CellEscaping cells() {
    return rawCsv ? CellEscaping.RAW : CellEscaping.NEUTRALISE_FORMULAS;
  }

  /**
   * The results folder.
   *
   * @return the folder named by {@code --output}
   * @throws RetentionIoException when that path is a file, before any work is done
   */
  RunFolder folder() {
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new RetentionIoException(output + " (--output) is a file, not a folder", output);
    }
    return new RunFolder(output);
  }

  /**
   * The progress listener for a command.
   *
   * @param err the command's error writer
   * @return the listener
   */
  ProgressListener progress(PrintWriter err) {
    return ConsoleProgress.forConsole(!noProgress, err);
  }
}
