package io.retention.examples.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLinesTest {
  @TempDir Path dir;

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuotedAndReadBackWhole() throws IOException {
    Path file = dir.resolve("sub/t.csv");
    try (CsvLines out = new CsvLines(file, List.of("a", "b"))) {
      out.row("plain", "with, comma");
      out.row("say \"hi\"", "two\nlines");
      assertEquals(2, out.rows());
      out.commit();
    }
    assertEquals(
        "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            List.of("a", "b"),
            List.of("plain", "with, comma"),
            List.of("say \"hi\"", "two\nlines")),
        CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  @Test
  void aFileNotCommittedLeavesNothingBehind() throws IOException {
    Path file = dir.resolve("t.csv");
    try (CsvLines out = new CsvLines(file, List.of("a"))) {
      out.row("1");
    }
    assertFalse(Files.exists(file));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "the temporary file is gone");
    }
  }

  @Test
  void aRowOfTheWrongWidthIsAnError() {
    try (CsvLines out = new CsvLines(dir.resolve("t.csv"), List.of("a", "b"))) {
      assertThrows(IllegalStateException.class, () -> out.row("only one"));
    }
  }
}
