package io.retention.examples.cli;

import io.retention.core.RetentionException;
import io.retention.core.persistence.BundleKey;
import io.retention.core.persistence.BundleKeys;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that sign model bundles and check their signatures, as picocli mixins. */
final class BundleKeyOptions {
  private BundleKeyOptions() {}

  /** {@code --sign-key}: for the commands that write a bundle. */
  static final class Sign {
    @Option(
        names = "--sign-key",
        paramLabel = "FILE",
        description =
            "Sign the model bundle with this key: an HMAC-SHA256 secret (a file of at least 32"
                + " bytes, for example from 'openssl rand -hex 32') or an Ed25519 private key in"
                + " PEM ('openssl genpkey -algorithm ed25519').")
    Path file;

    BundleKeys keys() {
      return file == null ? BundleKeys.NONE : BundleKeys.of(read(file, "--sign-key", true), null);
    }
  }

  /** {@code --verify-key}: for the commands that load a bundle. */
  static final class Verify {
    @Option(
        names = "--verify-key",
        paramLabel = "FILE",
        description =
            "Load only a model bundle signed with this key: the HMAC-SHA256 secret it was signed"
                + " with, or the Ed25519 public key in PEM ('openssl pkey -pubout'); an unsigned"
                + " or wrongly signed bundle is refused.")
    Path file;

    BundleKeys keys() {
      return file == null
          ? BundleKeys.NONE
          : BundleKeys.of(null, read(file, "--verify-key", false));
    }
  }

  private static BundleKey read(Path file, String option, boolean sign) {
    CustomerInput.requireFile(file, option);
    BundleKey key;
    try {
      key = BundleKey.read(file);
    } catch (RetentionException e) {
      throw new RetentionException(e.getMessage() + " (" + option + ")", e);
    }
    if (sign && !key.canSign()) {
      throw new RetentionException(
          file + " (" + option + ") is a public key, which cannot sign: give the private key");
    }
    if (!sign && !key.canVerify()) {
      throw new RetentionException(
          file
              + " ("
              + option
              + ") is a private key: give its public key ('openssl pkey -in "
              + file.getFileName()
              + " -pubout')");
    }
    return key;
  }
}
