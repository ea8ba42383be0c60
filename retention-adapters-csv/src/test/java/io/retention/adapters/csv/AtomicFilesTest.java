package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("scores.csv");
    Files.writeString(target, "old complete content\n", StandardCharsets.UTF_8);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () ->
                AtomicFiles.write(
                    target,
                    writer -> {
                      writer.write("half of the new");
                      throw new IOException("disk full");
                    }));
    assertTrue(e.getMessage().contains("scores.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertEquals("old complete content\n", Files.readString(target, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void createsMissingFolders() throws IOException {
    Path target = dir.resolve("a").resolve("b").resolve("f.csv");
    AtomicFiles.write(target, writer -> writer.write("x"));
    assertEquals("x", Files.readString(target, StandardCharsets.UTF_8));
  }
}
