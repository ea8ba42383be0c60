package io.retention.examples.cli;

import io.retention.adapters.csv.RunFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --model} option of the commands that use a trained bundle, as a picocli mixin. */
final class ModelOption {
  @Option(
      names = {"-m", "--model"},
      paramLabel = "FILE",
      description =
          "The model bundle written by 'retention train' (default: <output>/"
              + RunFolder.MODEL
              + ").")
  Path model;

  /**
   * The bundle file.
   *
   * @param folder the results folder, whose bundle is the default
   * @return the file named by {@code --model}, or the folder's bundle
   */
  Path file(RunFolder folder) {
    return model != null ? model : folder.file(RunFolder.MODEL);
  }
}
