package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.RetentionIoException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowWriterTest {
  @TempDir Path dir;

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuotedAndReadBackWhole() throws IOException {
    Path file = dir.resolve("sub/t.csv");
    try (CsvRowWriter out = CsvRowWriter.open(file, List.of("a", "b"))) {
      out.row("plain", "with, comma");
      out.row("say \"hi\"", "two\nlines");
      assertEquals(2, out.rows());
      out.commit();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals("a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n", text);
    List<List<String>> read =
        CSVFormat.RFC4180.parse(new StringReader(text)).stream().map(CSVRecord::toList).toList();
    assertEquals(
        List.of(
            List.of("a", "b"),
            List.of("plain", "with, comma"),
            List.of("say \"hi\"", "two\nlines")),
        read);
  }

  @Test
  void aFileNotCommittedLeavesNothingBehind() throws IOException {
    Path file = dir.resolve("t.csv");
    try (CsvRowWriter out = CsvRowWriter.open(file, List.of("a"))) {
      out.row("1");
    }
    assertFalse(Files.exists(file));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "the temporary file is gone");
    }
  }

  @Test
  void anAbandonedRewriteLeavesTheOldFileWhole() throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "old complete content\n", StandardCharsets.UTF_8);
    try (CsvRowWriter out = CsvRowWriter.open(file, List.of("a"))) {
      out.row("half of the new");
    }
    assertEquals("old complete content\n", Files.readString(file, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void aRowOfTheWrongWidthIsAnError() {
    try (CsvRowWriter out = CsvRowWriter.open(dir.resolve("t.csv"), List.of("a", "b"))) {
      assertThrows(IllegalStateException.class, () -> out.row("only one"));
    }
  }

  @Test
  void nothingIsWrittenAfterTheCommit() {
    try (CsvRowWriter out = CsvRowWriter.open(dir.resolve("t.csv"), List.of("a"))) {
      out.commit();
      assertThrows(IllegalStateException.class, () -> out.row("late"));
      assertThrows(IllegalStateException.class, out::commit);
    }
  }

  @Test
  void aFolderThatIsAFileIsReportedWithTheTablePath() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("out"), "x");
    Path file = notAFolder.resolve("t.csv");

    RetentionIoException e =
        assertThrows(RetentionIoException.class, () -> CsvRowWriter.open(file, List.of("a")));

    assertEquals(file.toAbsolutePath(), e.path());
    assertEquals(
        "cannot write "
            + file.toAbsolutePath()
            + ": "
            + notAFolder.toAbsolutePath()
            + ": not a folder",
        e.getMessage());
  }

  @Test
  void aTargetThatIsAFolderFailsAtTheCommitAndLeavesNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("t.csv").resolve("child"));
    try (CsvRowWriter out = CsvRowWriter.open(folder.getParent(), List.of("a"))) {
      out.row("1");
      RetentionIoException e = assertThrows(RetentionIoException.class, out::commit);
      assertEquals(folder.getParent().toAbsolutePath(), e.path());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(folder.getParent()), files.toList());
    }
  }

  @Test
  void aTableNeedsAColumn() {
    assertThrows(
        IllegalArgumentException.class, () -> CsvRowWriter.open(dir.resolve("t.csv"), List.of()));
  }
}
