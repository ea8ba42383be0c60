package io.retention.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.contract.ModelStoreContract;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelStoreTest extends ModelStoreContract {
  @TempDir Path dir;

  @Override
  protected ModelStore createStore() {
    return new FileModelStore(dir.resolve("models"), TestParts.FORMAT);
  }

  @Override
  protected ChurnModelBundle bundle() {
    return TestParts.bundle(1.5, 2.0, -0.5);
  }

  @Override
  protected ChurnModelBundle otherBundle() {
    return TestParts.bundle(0.5, -1.0, 0.25);
  }

  @Override
  protected List<Customer> customers() {
    return TestParts.customers();
  }

  @Test
  void aBundleIsOneFileAndNoTemporaryFileIsLeft() throws IOException {
    FileModelStore store = new FileModelStore(dir, TestParts.FORMAT);
    store.save("churn", bundle());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("churn.rbundle")), files.toList());
    }
  }

  @Test
  void aTruncatedFileIsRefusedClearly() throws IOException {
    FileModelStore store = new FileModelStore(dir, TestParts.FORMAT);
    store.save("churn", bundle());
    Path file = store.pathOf("churn");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    RetentionException e = assertThrows(RetentionException.class, () -> store.load("churn"));
    assertTrue(e.getMessage().contains("truncated or corrupted"), e.getMessage());
  }

  @Test
  void aForeignFileIsRefusedClearly() throws IOException {
    FileModelStore store = new FileModelStore(dir, TestParts.FORMAT);
    Files.writeString(dir.resolve("churn.rbundle"), "customer_id,churned\n1,0\n");
    RetentionException e = assertThrows(RetentionException.class, () -> store.load("churn"));
    assertTrue(e.getMessage().contains("not a retention model bundle"), e.getMessage());
  }

  @Test
  void namesThatCouldEscapeTheDirectoryAreRejected() {
    FileModelStore store = new FileModelStore(dir, TestParts.FORMAT);
    assertThrows(IllegalArgumentException.class, () -> store.save("../x", bundle()));
    assertThrows(IllegalArgumentException.class, () -> store.load(""));
  }

  @Test
  void anUnwritableDirectoryIsARetentionException() throws IOException {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    FileModelStore store = new FileModelStore(file, TestParts.FORMAT);
    assertThrows(RetentionException.class, () -> store.save("churn", bundle()));
  }
}
