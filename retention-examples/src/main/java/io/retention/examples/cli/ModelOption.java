package io.retention.examples.cli;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.persistence.BundleKeys;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
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

  @Mixin BundleKeyOptions.Verify verify;

  /**
   * The bundle file.
   *
   * @param folder the results folder, whose bundle is the default
   * @return the file named by {@code --model}, or the folder's bundle
   */
  Path file(RunFolder folder) {
    return model != null ? model : folder.file(RunFolder.MODEL);
  }

  /**
   * The key loaded bundles must be signed with, from {@code --verify-key}.
   *
   * @return the keys, none when the option is not given
   */
  BundleKeys keys() {
    return verify.keys();
  }
}
