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

class TableWriterTest {

  @TempDir Path dir;

  @Test
  void writesRfc4180WithQuotesOnlyWhereNeeded() throws IOException {
    Path file = dir.resolve("t.csv");
    TableWriter.write(
        file,
        List.of("a", "b"),
        out -> {
          out.row("x", "y,z");
          out.row("q\"uote", "two\nlines");
        });
    assertEquals(
        "a,b\r\nx,\"y,z\"\r\n\"q\"\"uote\",\"two\nlines\"\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsFailsAndLeavesNothing() throws IOException {
    Path file = dir.resolve("t.csv");
    assertThrows(
        IllegalStateException.class,
        () -> TableWriter.write(file, List.of("a", "b"), out -> out.row("only one")));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("scores.csv");
    Files.writeString(target, "old complete content\n", StandardCharsets.UTF_8);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () ->
                TableWriter.write(
                    target,
                    List.of("a"),
                    out -> {
                      out.row("half of the new");
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
    TableWriter.write(target, List.of("a"), out -> out.row("x"));
    assertEquals("a\r\nx\r\n", Files.readString(target, StandardCharsets.UTF_8));
  }

  @Test
  void numbersAreTheShortestTextThatReadsBackTheSame() {
    assertEquals("0.1", TableWriter.number(0.1));
    assertEquals(0.30000000000000004, Double.parseDouble(TableWriter.number(0.1 + 0.2)));
  }
}
