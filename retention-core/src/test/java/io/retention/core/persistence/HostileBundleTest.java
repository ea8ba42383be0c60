package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles made by an attacker: valid magic, version and checksum around a hostile payload. */
class HostileBundleTest {
  static final byte[] GOOD = TestParts.FORMAT.write(TestParts.bundle(1.5, 2.0, -0.5));

  @TempDir Path dir;

  /** The entries of the good bundle, to rebuild a payload around them. */
  static Map<String, byte[]> goodEntries() throws Exception {
    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    try (ZipInputStream zip =
        new ZipInputStream(new java.io.ByteArrayInputStream(GOOD, 12, GOOD.length - 44))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        out.put(e.getName(), zip.readAllBytes());
      }
    }
    return out;
  }

  /** A payload of the good bundle's entries, in order, then the extra entries given. */
  static byte[] payload(Map<String, byte[]> extra) throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      Map<String, byte[]> entries = goodEntries();
      entries.putAll(extra);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return zip.toByteArray();
  }

  /** A bundle file around a payload, with a correct checksum. */
  static byte[] sealed(byte[] zip) throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("RETNBNDL".getBytes(StandardCharsets.US_ASCII));
    file.writeBytes(ByteBuffer.allocate(4).putInt(ModelBundleFile.FORMAT_VERSION).array());
    file.writeBytes(zip);
    byte[] body = file.toByteArray();
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
    byte[] out = Arrays.copyOf(body, body.length + 32);
    System.arraycopy(hash, 0, out, body.length, 32);
    return out;
  }

  private static String refusal(byte[] bytes) {
    return assertThrows(RetentionException.class, () -> TestParts.FORMAT.read(bytes, "evil"))
        .getMessage();
  }

  @Test
  void aManifestThatClaimsTwoBillionFeaturesIsRefusedBeforeAnythingIsAllocated() throws Exception {
    java.io.ByteArrayOutputStream manifest = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(manifest)) {
      BinaryFields.writeString(out, "development");
      BinaryFields.writeString(out, TestParts.FEATURES.format());
      BinaryFields.writeString(out, TestParts.MODEL.format());
      out.writeInt(Integer.MAX_VALUE);
    }
    String message = refusal(sealed(payload(Map.of("manifest", manifest.toByteArray()))));
    assertEquals("evil has an unreadable manifest: bad length " + Integer.MAX_VALUE, message);
  }

  @Test
  void anEntryNameThatIsNotUtf8IsRefused() throws Exception {
    byte[] zip = payload(Map.of());
    // The first entry's name starts 30 bytes into its local header.
    zip[30] = (byte) 0xC3;
    zip[31] = (byte) 0x28;
    assertTrue(refusal(sealed(zip)).startsWith("evil has an unreadable payload"));
  }

  @Test
  void theRebuiltPayloadOfAGoodBundleStillReads() throws Exception {
    byte[] rebuilt = sealed(payload(Map.of()));
    assertEquals(
        TestParts.FORMAT.read(GOOD, "good").metadata().keySet(),
        TestParts.FORMAT.read(rebuilt, "rebuilt").metadata().keySet());
  }

  @Test
  void anEntryThatInflatesPastTheLimitIsRefusedWithoutRunningOutOfMemory() throws Exception {
    // 300 MiB of zeros deflate to about 300 KB: the attack, scaled to a test's time.
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (Map.Entry<String, byte[]> e : goodEntries().entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getKey().equals("model")) {
          byte[] zeros = new byte[1 << 20];
          for (int i = 0; i < 300; i++) {
            out.write(zeros);
          }
        } else {
          out.write(e.getValue());
        }
        out.closeEntry();
      }
    }
    byte[] bomb = sealed(zip.toByteArray());
    assertTrue(bomb.length < 2_000_000, "the file is small: " + bomb.length);
    String message = refusal(bomb);
    assertTrue(message.startsWith("evil: its 'model' entry inflates to more than"), message);
    assertTrue(message.contains("refused as too large"), message);
    assertEquals(1, message.lines().count());
  }

  @Test
  void anUnknownOrRepeatedEntryIsRefused() throws Exception {
    byte[] unknown = payload(Map.of("payload.class", new byte[10]));
    assertTrue(refusal(sealed(unknown)).contains("unknown entry 'payload.class'"));

    // "modeL" patched to "model" below: the same name twice, which ZipOutputStream would not write
    byte[] bytes = payload(Map.of("modeL", new byte[10]));
    byte[] from = "modeL".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        bytes[i + 4] = 'l';
      }
    }
    assertTrue(refusal(sealed(bytes)).contains("has the entry 'model' twice"));
  }

  @Test
  void aFileLargerThanAnyBundleIsRefusedBeforeItIsRead() throws Exception {
    Path huge = dir.resolve("huge.bundle");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(ModelBundleFile.MAX_FILE_BYTES + 1); // sparse: no disk is used
    }
    RetentionException e =
        assertThrows(RetentionException.class, () -> ModelBundleFile.readFile(huge));
    assertTrue(e.getMessage().startsWith(huge + " is "), e.getMessage());
    assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
  }

  @Test
  void aGoodFileReadsBackByteForByte() throws Exception {
    Path good = dir.resolve("good.bundle");
    Files.write(good, GOOD);
    assertArrayEquals(GOOD, ModelBundleFile.readFile(good));
  }
}
