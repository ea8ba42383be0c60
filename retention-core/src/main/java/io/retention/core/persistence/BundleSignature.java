package io.retention.core.persistence;

import io.retention.core.RetentionException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Signs model bundle files and checks their signatures.
 *
 * <p>A signed file is the bundle's bytes followed by a trailer: the signature, the algorithm's code
 * (1 byte), the signature's length (2 bytes, big-endian) and the 8-byte magic {@code RETNSIG1}. The
 * signature covers the bundle's bytes and the algorithm's code, so neither can be changed, nor the
 * algorithm swapped, without the key. A reader that checks no signature strips the trailer and
 * reads the bundle as before. Stateless and thread-safe.
 */
public final class BundleSignature {
  private static final byte[] MAGIC = "RETNSIG1".getBytes(StandardCharsets.US_ASCII);
  private static final int TRAILER_BYTES = 1 + Short.BYTES + MAGIC.length;
  private static final int MAX_SIGNATURE_BYTES = 1024;

  private BundleSignature() {}

  /**
   * Signs a bundle file.
   *
   * @param bundle the unsigned file's bytes
   * @param key a key that can sign
   * @return the signed file's bytes
   * @throws IllegalArgumentException if the file is signed already or the key cannot sign
   */
  public static byte[] sign(byte[] bundle, BundleKey key) {
    Objects.requireNonNull(bundle, "bundle");
    if (!key.canSign()) {
      throw new IllegalArgumentException(key + " cannot sign; sign with the private key");
    }
    if (isSigned(bundle)) {
      throw new IllegalArgumentException("the bundle is signed already");
    }
    byte code = (byte) key.algorithm().code();
    byte[] signature = key.sign(signed(bundle, bundle.length, code));
    ByteBuffer out = ByteBuffer.allocate(bundle.length + signature.length + TRAILER_BYTES);
    out.put(bundle).put(signature).put(code).putShort((short) signature.length).put(MAGIC);
    return out.array();
  }

  /**
   * Whether a file carries a signature trailer (checked or not).
   *
   * @param file the file's bytes
   * @return true when it ends with a signature
   */
  public static boolean isSigned(byte[] file) {
    if (file.length < TRAILER_BYTES) {
      return false;
    }
    return Arrays.equals(file, file.length - MAGIC.length, file.length, MAGIC, 0, MAGIC.length);
  }

  /**
   * The bundle inside a file, its signature checked when a key is given.
   *
   * @param file the file's bytes
   * @param key the key to check with, or null to check nothing
   * @param source where the bytes came from, for messages
   * @return the bundle's bytes, without the signature
   * @throws RetentionException when a key is given and the file is unsigned, signed with another
   *     algorithm, or its signature does not match; or when the trailer is malformed
   */
  public static byte[] open(byte[] file, BundleKey key, String source) {
    if (!isSigned(file)) {
      if (key != null) {
        throw new RetentionException(
            source + " is not signed, and bundles must be signed with " + key + " to be loaded");
      }
      return file;
    }
    int at = file.length - TRAILER_BYTES;
    int code = file[at];
    int length = Short.toUnsignedInt(ByteBuffer.wrap(file, at + 1, Short.BYTES).getShort());
    BundleKey.Algorithm algorithm = BundleKey.Algorithm.ofCode(code);
    if (algorithm == null || length == 0 || length > MAX_SIGNATURE_BYTES || length > at) {
      throw new RetentionException(source + " has a malformed signature trailer");
    }
    int bundleLength = at - length;
    if (key != null) {
      if (algorithm != key.algorithm()) {
        throw new RetentionException(
            source
                + " is signed with "
                + algorithm.label()
                + ", but the key to check it is "
                + key);
      }
      byte[] signature = Arrays.copyOfRange(file, bundleLength, at);
      if (!key.verify(signed(file, bundleLength, (byte) code), signature)) {
        throw new RetentionException(
            source
                + " fails its signature check with "
                + key
                + ": it was changed after signing, or signed with another key");
      }
    }
    return Arrays.copyOf(file, bundleLength);
  }

  private static byte[] signed(byte[] bundle, int length, byte code) {
    byte[] data = Arrays.copyOf(bundle, length + 1);
    data[length] = code;
    return data;
  }
}
