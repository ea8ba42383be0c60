package io.retention.core.persistence;

import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The keys a {@link ModelBundleFile} signs new files with and checks loaded files against; none by
 * default. A DI container builds the default; a host that signs or verifies binds its own.
 * Immutable and thread-safe.
 */
public final class BundleKeys {
  /** No signing, no checking: unsigned and signed files load alike. */
  public static final BundleKeys NONE = new BundleKeys();

  private final BundleKey signing;
  private final BundleKey verifying;

  /** No keys. */
  @Inject
  public BundleKeys() {
    this(null, null);
  }

  private BundleKeys(BundleKey signing, BundleKey verifying) {
    if (signing != null && !signing.canSign()) {
      throw new IllegalArgumentException(signing + " cannot sign; sign with the private key");
    }
    if (verifying != null && !verifying.canVerify()) {
      throw new IllegalArgumentException(
          verifying + " cannot verify; verify with the matching public key");
    }
    this.signing = signing;
    this.verifying = verifying;
  }

  /**
   * Keys for signing and checking.
   *
   * @param signing the key new files are signed with, or null for unsigned files
   * @param verifying the key every loaded file must be signed with, or null to check nothing
   * @return the keys
   * @throws IllegalArgumentException if a key cannot do its part
   */
  public static BundleKeys of(BundleKey signing, BundleKey verifying) {
    return new BundleKeys(signing, verifying);
  }

  /**
   * The key new files are signed with.
   *
   * @return the key, or empty for unsigned files
   */
  public Optional<BundleKey> signing() {
    return Optional.ofNullable(signing);
  }

  /**
   * The key every loaded file must be signed with.
   *
   * @return the key, or empty when signatures are not checked
   */
  public Optional<BundleKey> verifying() {
    return Optional.ofNullable(verifying);
  }
}
