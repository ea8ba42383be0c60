package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {
  @TempDir Path dir;

  private Path file(String text) throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaksAndLinesAreCounted() throws Exception {
    try (CsvRowReader rows =
        CsvRowReader.open(file("\uFEFFa,b\r\n\"x,1\",\"say \"\"hi\"\"\nthere\"\r\n2,\n"))) {
      assertEquals(0, rows.column("a"));
      assertEquals(List.of("x,1", "say \"hi\"\nthere"), rows.next());
      assertEquals(2, rows.line());
      List<String> second = rows.next();
      assertEquals(List.of("2", ""), second);
      assertEquals(4, rows.line());
      assertTrue(Double.isNaN(rows.number(second, 1)));
      assertNull(rows.next());
    }
  }

  @Test
  void aMissingColumnOrABadNumberNamesTheFileLineAndColumn() throws Exception {
    try (CsvRowReader rows = CsvRowReader.open(file("a,b\n1,x\n"))) {
      InvalidDataException missing =
          assertThrows(InvalidDataException.class, () -> rows.column("c"));
      assertTrue(missing.getMessage().contains("c"), missing.getMessage());
      List<String> row = rows.next();
      InvalidDataException bad =
          assertThrows(InvalidDataException.class, () -> rows.number(row, 1));
      assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
      assertTrue(bad.getMessage().contains("x"), bad.getMessage());
    }
  }

  @Test
  void anEmptyMissingOrUnterminatedFileIsRefused() throws Exception {
    assertThrows(InvalidDataException.class, () -> CsvRowReader.open(file("")));
    RetentionIoException missing =
        assertThrows(RetentionIoException.class, () -> CsvRowReader.open(dir.resolve("none.csv")));
    assertEquals(dir.resolve("none.csv"), missing.path());
    try (CsvRowReader rows = CsvRowReader.open(file("a\n\"open\n"))) {
      assertThrows(InvalidDataException.class, rows::next);
    }
  }

  @Test
  void aShortRecordIsReportedWhenACellBeyondItIsRead() throws Exception {
    try (CsvRowReader rows = CsvRowReader.open(file("a,b\n1\n"))) {
      List<String> row = rows.next();
      assertThrows(InvalidDataException.class, () -> rows.cell(row, 1));
    }
  }
}
