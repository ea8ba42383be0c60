package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sign-key} on train and {@code --verify-key} on the commands that load a bundle. */
class SignedBundleCommandsTest {
  @TempDir Path dir;

  private Path train(Path output, String... key) {
    CliFixtures.Trained t = CliFixtures.trained();
    String[] args =
        t.on("train", "--folds", "3", "--trees", "10", "-o", output.toString(), key[0], key[1]);
    CliFixtures.Run run = CliFixtures.run(args);
    assertEquals(0, run.exitCode(), run.err());
    return output.resolve(RunFolder.MODEL);
  }

  private static CliFixtures.Run score(Path model, Path output, String... more) {
    CliFixtures.Trained t = CliFixtures.trained();
    String[] base = {"--model", model.toString(), "-o", output.toString(), "--show", "0"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliFixtures.run(t.on("score", args));
  }

  private static void assertOneLineError(CliFixtures.Run run, String expected) {
    assertEquals(RetentionCli.FAILED, run.exitCode(), run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void anHmacSignedBundleScoresOnlyWithItsSecret() throws Exception {
    Path secret = Files.writeString(dir.resolve("hmac.key"), "0123456789abcdef".repeat(4) + "\n");
    Path model = train(dir.resolve("signed"), "--sign-key", secret.toString());
    CliFixtures.Run ok = score(model, dir.resolve("s1"), "--verify-key", secret.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals(0, score(model, dir.resolve("s2")).exitCode(), "no key, no check");

    Path other = Files.writeString(dir.resolve("other.key"), "fedcba9876543210".repeat(4));
    assertOneLineError(
        score(model, dir.resolve("s3"), "--verify-key", other.toString()),
        "fails its signature check");
    Path unsigned = CliFixtures.trained().output().resolve(RunFolder.MODEL);
    assertOneLineError(
        score(unsigned, dir.resolve("s4"), "--verify-key", secret.toString()), "is not signed");
  }

  @Test
  void anEd25519SignedBundleScoresWithThePublicKeyAndThePrivateKeyIsRefusedForChecking()
      throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path priv = pem("sign.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());
    Path pub = pem("verify.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
    Path model = train(dir.resolve("signed"), "--sign-key", priv.toString());
    CliFixtures.Run ok = score(model, dir.resolve("s1"), "--verify-key", pub.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertOneLineError(
        score(model, dir.resolve("s2"), "--verify-key", priv.toString()),
        "(--verify-key) is a private key: give its public key");
    assertOneLineError(
        score(model, dir.resolve("s3"), "--verify-key", dir.resolve("none.pem").toString()),
        "file not found: " + dir.resolve("none.pem") + " (--verify-key)");
  }

  private Path pem(String name, String label, byte[] der) throws Exception {
    return Files.writeString(
        dir.resolve(name),
        "-----BEGIN "
            + label
            + "-----\n"
            + Base64.getMimeEncoder().encodeToString(der)
            + "\n-----END "
            + label
            + "-----\n");
  }
}
