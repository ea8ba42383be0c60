package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.retention.core.RetentionException;
import io.retention.core.testing.Mutations;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random and mutated bundle files, with and without a recomputed checksum, give a bundle or a
 * {@link RetentionException} with a message, never another exception. Tries: {@code
 * jqwik.tries.default}.
 */
class BundleFuzzTest {
  private static final byte[] GOOD = HostileBundleTest.GOOD;

  private static void readsOrFailsClearly(byte[] bytes) {
    try {
      TestParts.FORMAT.read(bytes, "fuzz.bundle");
    } catch (RetentionException e) {
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a message");
    }
  }

  @Property
  void anyBytesAreRefusedWithAMessage(@ForAll @Size(max = 400) byte[] bytes) {
    readsOrFailsClearly(bytes);
  }

  @Property
  void aMutatedFileIsReadOrRefusedWithAMessage(@ForAll long seed) {
    readsOrFailsClearly(Mutations.mutate(GOOD, seed));
  }

  @Property
  void aMutatedPayloadUnderAValidChecksumIsReadOrRefusedWithAMessage(@ForAll long seed)
      throws Exception {
    byte[] zip = Arrays.copyOfRange(GOOD, 12, GOOD.length - 32);
    readsOrFailsClearly(HostileBundleTest.sealed(Mutations.mutate(zip, seed)));
  }

  @Property
  void aMutatedManifestInAWellFormedFileIsReadOrRefusedWithAMessage(@ForAll long seed)
      throws Exception {
    byte[] manifest = HostileBundleTest.goodEntries().get("manifest");
    byte[] file =
        HostileBundleTest.sealed(
            HostileBundleTest.payload(Map.of("manifest", Mutations.mutate(manifest, seed))));
    readsOrFailsClearly(file);
  }

  @Property
  void aMutatedSignedFileIsRefusedWhenSignaturesAreChecked(@ForAll long seed) {
    BundleKey key = BundleKey.hmac(new byte[32]);
    byte[] signed =
        TestParts.FORMAT.withKeys(BundleKeys.of(key, null)).write(TestParts.bundle(1.5, 2.0, -0.5));
    byte[] mutated = Mutations.mutate(signed, seed);
    try {
      TestParts.FORMAT.withKeys(BundleKeys.of(null, key)).read(mutated, "fuzz.bundle");
      assertArrayEquals(signed, mutated, "a changed signed file was accepted");
    } catch (RetentionException e) {
      assertFalse(e.getMessage().isBlank());
    }
  }
}
