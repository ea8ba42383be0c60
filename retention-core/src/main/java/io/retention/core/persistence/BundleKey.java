package io.retention.core.persistence;

import io.retention.core.RetentionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key that signs model bundles or checks their signatures (see {@link BundleSignature}): a shared
 * secret for HMAC-SHA256, where whoever verifies can also sign, or an Ed25519 key pair, where the
 * private key signs and the public key only verifies. Immutable and thread-safe.
 */
public final class BundleKey {
  /** The shortest HMAC secret accepted: 32 bytes, the size of the hash. */
  public static final int MIN_SECRET_BYTES = 32;

  /** The largest key file read. */
  static final int MAX_KEY_FILE_BYTES = 64 * 1024;

  /** How a bundle is signed; the code is stored in the signature so it cannot be swapped. */
  public enum Algorithm {
    /** A keyed hash with a shared secret. */
    HMAC_SHA256(1, "HMAC-SHA256"),
    /** A signature with an Ed25519 key pair. */
    ED25519(2, "Ed25519");

    private final int code;
    private final String label;

    Algorithm(int code, String label) {
      this.code = code;
      this.label = label;
    }

    int code() {
      return code;
    }

    /**
     * The algorithm's usual name.
     *
     * @return the name
     */
    public String label() {
      return label;
    }

    static Algorithm ofCode(int code) {
      for (Algorithm a : values()) {
        if (a.code == code) {
          return a;
        }
      }
      return null;
    }
  }

  private static final String HMAC = "HmacSHA256";
  private static final String ED25519 = "Ed25519";
  private static final String PEM_PRIVATE = "PRIVATE KEY";
  private static final String PEM_PUBLIC = "PUBLIC KEY";

  private final Algorithm algorithm;
  private final byte[] secret;
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String description;

  private BundleKey(
      Algorithm algorithm,
      byte[] secret,
      PrivateKey privateKey,
      PublicKey publicKey,
      String description) {
    this.algorithm = algorithm;
    this.secret = secret;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.description = description;
  }

  /**
   * A shared HMAC-SHA256 secret, which both signs and verifies.
   *
   * @param secret at least {@link #MIN_SECRET_BYTES} bytes
   * @return the key
   * @throws IllegalArgumentException if the secret is shorter
   */
  public static BundleKey hmac(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "an HMAC secret needs at least " + MIN_SECRET_BYTES + " bytes, got " + secret.length);
    }
    return new BundleKey(
        Algorithm.HMAC_SHA256, secret.clone(), null, null, "an HMAC-SHA256 secret");
  }

  /**
   * An Ed25519 private key, which signs.
   *
   * @param key the key
   * @return the key
   * @throws IllegalArgumentException if it is not an Ed25519 key
   */
  public static BundleKey ed25519Signing(PrivateKey key) {
    requireEd25519(key.getAlgorithm());
    return new BundleKey(Algorithm.ED25519, null, key, null, "an Ed25519 private key");
  }

  /**
   * An Ed25519 public key, which verifies only.
   *
   * @param key the key
   * @return the key
   * @throws IllegalArgumentException if it is not an Ed25519 key
   */
  public static BundleKey ed25519Verifying(PublicKey key) {
    requireEd25519(key.getAlgorithm());
    return new BundleKey(Algorithm.ED25519, null, null, key, "an Ed25519 public key");
  }

  private static void requireEd25519(String algorithm) {
    if (!algorithm.equals(ED25519) && !algorithm.equals("EdDSA")) {
      throw new IllegalArgumentException("not an Ed25519 key: " + algorithm);
    }
  }

  /**
   * Reads a key file: a PEM {@code PRIVATE KEY} (PKCS#8) or {@code PUBLIC KEY} (X.509) block holds
   * an Ed25519 key, as {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout}
   * write them; any other file is an HMAC secret, its bytes less a trailing line break.
   *
   * @param file the key file
   * @return the key
   * @throws RetentionException naming the file when it cannot be read or holds no usable key
   */
  public static BundleKey read(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_KEY_FILE_BYTES) {
        throw new RetentionException(
            file + " is not a key file: larger than " + MAX_KEY_FILE_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RetentionException("cannot read the key file " + file + ": " + e, e);
    }
    String text = new String(bytes, StandardCharsets.US_ASCII);
    try {
      if (text.contains("-----BEGIN " + PEM_PRIVATE + "-----")) {
        KeyFactory f = KeyFactory.getInstance(ED25519);
        return withSource(
            ed25519Signing(
                f.generatePrivate(new PKCS8EncodedKeySpec(pem(text, PEM_PRIVATE, file)))),
            file);
      }
      if (text.contains("-----BEGIN " + PEM_PUBLIC + "-----")) {
        KeyFactory f = KeyFactory.getInstance(ED25519);
        return withSource(
            ed25519Verifying(f.generatePublic(new X509EncodedKeySpec(pem(text, PEM_PUBLIC, file)))),
            file);
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new RetentionException(
          file + " does not hold an Ed25519 key in PEM form: " + e.getMessage(), e);
    }
    if (text.contains("-----BEGIN ")) {
      throw new RetentionException(
          file + " holds a PEM block that is not an Ed25519 PRIVATE KEY or PUBLIC KEY");
    }
    int end = bytes.length;
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
      end--;
    }
    if (end < MIN_SECRET_BYTES) {
      throw new RetentionException(
          file
              + " is too short for an HMAC secret: "
              + end
              + " bytes, at least "
              + MIN_SECRET_BYTES
              + " needed (for example 'openssl rand -hex 32')");
    }
    return withSource(hmac(Arrays.copyOf(bytes, end)), file);
  }

  private static BundleKey withSource(BundleKey key, Path file) {
    return new BundleKey(
        key.algorithm,
        key.secret,
        key.privateKey,
        key.publicKey,
        key.description + " (" + file + ")");
  }

  private static byte[] pem(String text, String label, Path file) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin) + begin.length();
    int to = text.indexOf(end, from);
    if (to < 0) {
      throw new IllegalArgumentException("no '" + end + "' line in " + file);
    }
    return Base64.getMimeDecoder().decode(text.substring(from, to));
  }

  /**
   * The signing algorithm.
   *
   * @return the algorithm
   */
  public Algorithm algorithm() {
    return algorithm;
  }

  /**
   * Whether the key can sign (an HMAC secret or an Ed25519 private key).
   *
   * @return true when it signs
   */
  public boolean canSign() {
    return secret != null || privateKey != null;
  }

  /**
   * Whether the key can verify (an HMAC secret or an Ed25519 public key).
   *
   * @return true when it verifies
   */
  public boolean canVerify() {
    return secret != null || publicKey != null;
  }

  byte[] sign(byte[] data) {
    if (!canSign()) {
      throw new IllegalStateException(description + " cannot sign; sign with the private key");
    }
    try {
      if (secret != null) {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(secret, HMAC));
        return mac.doFinal(data);
      }
      Signature s = Signature.getInstance(ED25519);
      s.initSign(privateKey);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's " + algorithm.label() + " is unavailable", e);
    }
  }

  boolean verify(byte[] data, byte[] signature) {
    if (!canVerify()) {
      throw new IllegalStateException(
          description + " cannot verify; verify with the matching public key");
    }
    try {
      if (secret != null) {
        return java.security.MessageDigest.isEqual(sign(data), signature);
      }
      Signature s = Signature.getInstance(ED25519);
      s.initVerify(publicKey);
      s.update(data);
      return s.verify(signature);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("unusable " + description, e);
    } catch (java.security.SignatureException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's " + algorithm.label() + " is unavailable", e);
    }
  }

  /** The kind of key and, when read from a file, the file; never the key's bytes. */
  @Override
  public String toString() {
    return description;
  }
}
