package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.ChurnModelBundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing bundles and refusing the ones whose origin cannot be proved. */
class SignedBundleTest {
  private static final ChurnModelBundle BUNDLE = TestParts.bundle(1.5, 2.0, -0.5);
  private static final byte[] SECRET =
      "a shared secret of at least thirty-two bytes".getBytes(StandardCharsets.US_ASCII);
  private static final BundleKey HMAC = BundleKey.hmac(SECRET);

  @TempDir Path dir;

  private static KeyPair ed25519() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  private static ModelBundleFile signing(BundleKey key) {
    return TestParts.FORMAT.withKeys(BundleKeys.of(key, null));
  }

  private static ModelBundleFile verifying(BundleKey key) {
    return TestParts.FORMAT.withKeys(BundleKeys.of(null, key));
  }

  private static void assertScoresAsSaved(ChurnModelBundle loaded) {
    for (Customer c : TestParts.customers()) {
      assertEquals(BUNDLE.score(c), loaded.score(c));
    }
  }

  @Test
  void anHmacSignedBundleLoadsWithTheSecretAndWithoutAnyKey() {
    byte[] signed = signing(HMAC).write(BUNDLE);
    assertTrue(BundleSignature.isSigned(signed));
    assertFalse(BundleSignature.isSigned(TestParts.FORMAT.write(BUNDLE)));
    assertScoresAsSaved(verifying(HMAC).read(signed, "signed.bundle"));
    assertScoresAsSaved(TestParts.FORMAT.read(signed, "signed.bundle"));
    assertArrayEquals(
        TestParts.FORMAT.write(BUNDLE), BundleSignature.open(signed, HMAC, "signed.bundle"));
  }

  @Test
  void anEd25519SignedBundleLoadsWithThePublicKey() throws Exception {
    KeyPair pair = ed25519();
    byte[] signed = signing(BundleKey.ed25519Signing(pair.getPrivate())).write(BUNDLE);
    assertScoresAsSaved(
        verifying(BundleKey.ed25519Verifying(pair.getPublic())).read(signed, "signed.bundle"));
  }

  @Test
  void anUnsignedBundleIsRefusedWhenVerificationIsOn() {
    byte[] plain = TestParts.FORMAT.write(BUNDLE);
    RetentionException e =
        assertThrows(RetentionException.class, () -> verifying(HMAC).read(plain, "plain.bundle"));
    assertEquals(
        "plain.bundle is not signed, and bundles must be signed with an HMAC-SHA256 secret to be"
            + " loaded",
        e.getMessage());
  }

  @Test
  void anotherKeyAChangedByteOrAnotherAlgorithmFailsTheCheck() throws Exception {
    byte[] signed = signing(HMAC).write(BUNDLE);
    byte[] other = SECRET.clone();
    other[0] ^= 1;
    RetentionException wrongKey =
        assertThrows(
            RetentionException.class,
            () -> verifying(BundleKey.hmac(other)).read(signed, "signed.bundle"));
    assertTrue(wrongKey.getMessage().contains("fails its signature check"), wrongKey.getMessage());

    // An attacker changes the model and recomputes the checksum, but cannot redo the signature.
    for (int at : new int[] {20, signed.length / 2, signed.length - 60}) {
      byte[] changed = signed.clone();
      changed[at] ^= 0x40;
      RetentionException e =
          assertThrows(
              RetentionException.class, () -> verifying(HMAC).read(changed, "changed.bundle"));
      assertTrue(e.getMessage().contains("fails its signature check"), at + ": " + e.getMessage());
    }

    KeyPair pair = ed25519();
    RetentionException swapped =
        assertThrows(
            RetentionException.class,
            () ->
                verifying(BundleKey.ed25519Verifying(pair.getPublic()))
                    .read(signed, "signed.bundle"));
    assertTrue(swapped.getMessage().contains("is signed with HMAC-SHA256"), swapped.getMessage());
  }

  @Test
  void aTrailerWhoseAlgorithmCodeWasChangedIsRefused() {
    byte[] signed = signing(HMAC).write(BUNDLE);
    byte[] recoded = signed.clone();
    recoded[recoded.length - 11] = 2; // claims Ed25519 with the HMAC bytes
    RetentionException e =
        assertThrows(
            RetentionException.class, () -> verifying(HMAC).read(recoded, "recoded.bundle"));
    assertTrue(e.getMessage().contains("is signed with Ed25519"), e.getMessage());
  }

  @Test
  void aMalformedTrailerIsOneClearError() {
    byte[] signed = signing(HMAC).write(BUNDLE);
    byte[] huge = signed.clone();
    huge[huge.length - 10] = 0x7f; // a signature length larger than the file
    RetentionException e =
        assertThrows(RetentionException.class, () -> TestParts.FORMAT.read(huge, "bad.bundle"));
    assertEquals("bad.bundle has a malformed signature trailer", e.getMessage());
  }

  @Test
  void keyFilesInPemOrRawFormAreReadAndBadOnesNamed() throws Exception {
    KeyPair pair = ed25519();
    Path priv = pem("sign.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());
    Path pub = pem("verify.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
    BundleKey signer = BundleKey.read(priv);
    BundleKey checker = BundleKey.read(pub);
    assertTrue(signer.canSign() && !signer.canVerify());
    assertTrue(checker.canVerify() && !checker.canSign());
    assertEquals("an Ed25519 public key (" + pub + ")", checker.toString());
    byte[] signed = signing(signer).write(BUNDLE);
    assertScoresAsSaved(verifying(checker).read(signed, "signed.bundle"));

    Path secret = dir.resolve("hmac.key");
    Files.write(secret, (new String(SECRET, StandardCharsets.US_ASCII) + "\n").getBytes());
    BundleKey fromFile = BundleKey.read(secret);
    assertScoresAsSaved(verifying(fromFile).read(signing(HMAC).write(BUNDLE), "s.bundle"));

    Path shortSecret = dir.resolve("short.key");
    Files.writeString(shortSecret, "hunter2\n");
    RetentionException tooShort =
        assertThrows(RetentionException.class, () -> BundleKey.read(shortSecret));
    assertTrue(tooShort.getMessage().startsWith(shortSecret + " is too short"));

    Path rsa = pem("rsa.pem", "RSA PRIVATE KEY", new byte[40]);
    RetentionException foreign = assertThrows(RetentionException.class, () -> BundleKey.read(rsa));
    assertTrue(foreign.getMessage().contains("not an Ed25519"), foreign.getMessage());

    Path garbled = pem("garbled.pem", "PUBLIC KEY", Arrays.copyOf(new byte[] {1, 2, 3}, 44));
    RetentionException bad = assertThrows(RetentionException.class, () -> BundleKey.read(garbled));
    assertTrue(bad.getMessage().startsWith(garbled + " does not hold an Ed25519 key"));

    assertThrows(IllegalArgumentException.class, () -> BundleKeys.of(checker, null), "cannot sign");
    assertThrows(
        IllegalArgumentException.class, () -> BundleKeys.of(null, signer), "cannot verify");
    assertThrows(IllegalArgumentException.class, () -> BundleKey.hmac(new byte[31]));
  }

  private Path pem(String name, String label, byte[] der) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        "-----BEGIN "
            + label
            + "-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END "
            + label
            + "-----\n");
    return file;
  }
}
