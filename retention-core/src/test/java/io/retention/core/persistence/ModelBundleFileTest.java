package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelBundleFileTest {
  private static final ChurnModelBundle BUNDLE = TestParts.bundle(1.5, 2.0, -0.5);

  private static double[] scores(ChurnModelBundle b) {
    return TestParts.customers().stream().mapToDouble(c -> b.score(c).probability()).toArray();
  }

  private static String failure(byte[] bytes) {
    return assertThrows(RetentionException.class, () -> TestParts.FORMAT.read(bytes, "f"))
        .getMessage();
  }

  /** Rewrites the trailing checksum so that only the deeper checks can catch a change. */
  private static byte[] resealed(byte[] bytes) throws Exception {
    int body = bytes.length - 32;
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(bytes, body));
    System.arraycopy(hash, 0, bytes, body, 32);
    return bytes;
  }

  @Test
  void theSameBundleAlwaysGivesTheSameBytes() {
    assertArrayEquals(TestParts.FORMAT.write(BUNDLE), TestParts.FORMAT.write(BUNDLE));
  }

  @Test
  void aCalibratedModelRoundTripsWithItsCalibration() {
    for (Calibration c :
        List.of(
            new Calibration.Platt(-0.7, 0.1),
            new Calibration.Isotonic(new double[] {0.1, 0.5, 0.9}, new double[] {0.0, 0.3, 1.0}))) {
      ChurnModelBundle calibrated =
          new ChurnModelBundle(
              BUNDLE.features(), new CalibratedChurnModel(BUNDLE.model(), c), Map.of());
      ChurnModelBundle loaded =
          TestParts.FORMAT.read(TestParts.FORMAT.write(calibrated), "calibrated");
      assertEquals(c, ((CalibratedChurnModel) loaded.model()).calibration());
      assertArrayEquals(scores(calibrated), scores(loaded), 0.0);
    }
  }

  @Test
  void theWritingLibraryVersionIsReported() {
    ChurnModelBundle loaded = TestParts.FORMAT.read(TestParts.FORMAT.write(BUNDLE), "f");
    assertEquals(
        ModelBundleFile.libraryVersion(), loaded.metadata().get(ModelBundleFile.WRITTEN_BY_KEY));
  }

  @Test
  void everySingleFlippedByteIsDetected() {
    byte[] bytes = TestParts.FORMAT.write(BUNDLE);
    for (int i = 8; i < bytes.length; i += 7) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= 0x5a;
      assertThrows(
          RetentionException.class, () -> TestParts.FORMAT.read(damaged, "f"), "byte " + i);
    }
  }

  @Test
  void truncationAtAnyLengthIsDetected() {
    byte[] bytes = TestParts.FORMAT.write(BUNDLE);
    for (int n : new int[] {0, 5, 8, 12, 40, bytes.length - 1}) {
      assertThrows(
          RetentionException.class,
          () -> TestParts.FORMAT.read(Arrays.copyOf(bytes, n), "f"),
          "length " + n);
    }
    assertTrue(failure(Arrays.copyOf(bytes, 20)).contains("truncated"));
  }

  @Test
  void anotherFormatVersionIsRefusedNamingBothVersions() throws Exception {
    byte[] bytes = TestParts.FORMAT.write(BUNDLE);
    ByteBuffer.wrap(bytes).putInt(8, 99);
    String message = failure(resealed(bytes));
    assertTrue(message.contains("format version 99"), message);
    assertTrue(message.contains("reads version " + ModelBundleFile.FORMAT_VERSION), message);
  }

  @Test
  void aMissingCodecIsNamed() {
    byte[] bytes = TestParts.FORMAT.write(BUNDLE);
    ModelBundleFile withoutModelCodec = new ModelBundleFile(List.of(TestParts.FEATURES), List.of());
    RetentionException e =
        assertThrows(RetentionException.class, () -> withoutModelCodec.read(bytes, "f"));
    assertTrue(e.getMessage().contains("'logistic/1'"), e.getMessage());
    assertThrows(RetentionException.class, () -> withoutModelCodec.write(BUNDLE));
    ModelBundleFile withoutFeatureCodec = new ModelBundleFile(List.of(), List.of(TestParts.MODEL));
    assertThrows(RetentionException.class, () -> withoutFeatureCodec.read(bytes, "f"));
    assertThrows(RetentionException.class, () -> withoutFeatureCodec.write(BUNDLE));
  }

  @Test
  void aGarbledPayloadBehindAValidChecksumIsRefused() throws Exception {
    byte[] bytes = TestParts.FORMAT.write(BUNDLE);
    for (int i = 12; i < bytes.length - 32; i++) {
      bytes[i] = 0;
    }
    assertThrows(RetentionException.class, () -> TestParts.FORMAT.read(resealed(bytes), "f"));
  }

  @Test
  void customersScoreTheSameAfterLoading() {
    ChurnModelBundle loaded = TestParts.FORMAT.read(TestParts.FORMAT.write(BUNDLE), "f");
    for (Customer c : TestParts.customers()) {
      assertEquals(BUNDLE.score(c), loaded.score(c));
    }
  }
}
