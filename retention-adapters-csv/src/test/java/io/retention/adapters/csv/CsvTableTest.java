package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

  @TempDir Path dir;

  private static List<List<String>> rows(Path file, Delimiter delimiter, List<String> header) {
    try (Stream<List<String>> s =
        CsvTable.stream(
            file,
            CsvReadOptions.DEFAULTS,
            delimiter,
            h -> {
              header.addAll(h.names());
              return CsvTable.Row::fields;
            })) {
      return s.toList();
    }
  }

  @Test
  void whitespaceSeparatedRowsIgnoreRunsAndLeadingSpacesButKeepQuotedSpaces() throws IOException {
    Path file = Files.writeString(dir.resolve("w.txt"), "  a   b  c\r\n 1  \"x y\"   3\r\n");
    List<String> header = new ArrayList<>();
    assertEquals(List.of(List.of("1", "x y", "3")), rows(file, Delimiter.WHITESPACE, header));
    assertEquals(List.of("a", "b", "c"), header);
  }

  @Test
  void headerNamesAreTrimmed() throws IOException {
    Path file = Files.writeString(dir.resolve("h.csv"), " a , b\n1,2\n");
    List<String> header = new ArrayList<>();
    rows(file, Delimiter.COMMA, header);
    assertEquals(List.of("a", "b"), header);
  }

  @Test
  void aFileOfOneBlankLineIsEmpty() throws IOException {
    Path file = Files.writeString(dir.resolve("e.csv"), "\n");
    assertThrows(InvalidDataException.class, () -> rows(file, Delimiter.COMMA, new ArrayList<>()));
  }

  @Test
  void closestMatchIgnoresCaseAndGivesUpWhenNothingIsClose() {
    assertEquals("Churn", CsvTable.closestMatch("churn", List.of("Churn", "id")).orElseThrow());
    assertFalse(CsvTable.closestMatch("monthly_fee", List.of("a", "b")).isPresent());
  }
}
