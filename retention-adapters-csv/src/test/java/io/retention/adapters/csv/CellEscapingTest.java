package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheet formula injection: hostile text cells are neutralised and read back exactly. */
class CellEscapingTest {
  private static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil.example\",\"click\")",
          "+cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\t=1+1",
          "\r=1+1",
          "'=1+1",
          "''doubled");

  @TempDir Path dir;

  @Test
  void textThatASpreadsheetWouldRunGetsALeadingApostrophe() {
    for (String cell : HOSTILE) {
      String written = CellEscaping.NEUTRALISE_FORMULAS.write(cell);
      assertEquals("'" + cell, written, cell);
      assertEquals(cell, CellEscaping.NEUTRALISE_FORMULAS.read(written), cell);
      assertEquals(cell, CellEscaping.RAW.write(cell));
    }
  }

  @Test
  void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
    for (String cell :
        List.of(
            "-0.5",
            "-1e-3",
            "+3",
            "-12",
            "0.25",
            "Loyal High-Value",
            "c-0001",
            "",
            "a=b",
            "'",
            "'quoted",
            "'Allo 'Allo!")) {
      assertEquals(cell, CellEscaping.NEUTRALISE_FORMULAS.write(cell), cell);
      assertEquals(cell, CellEscaping.NEUTRALISE_FORMULAS.read(cell), "a raw cell reads as is");
    }
  }

  @Test
  void aTableWrittenAndReadBackWithTheSameEscapingHoldsEveryCellExactly() throws Exception {
    Path file = dir.resolve("t.csv");
    List<String> cells = new ArrayList<>(HOSTILE);
    cells.addAll(List.of("-0.5", "plain", ""));
    try (CsvRowWriter out = CsvRowWriter.open(file, List.of("value"))) {
      for (String c : cells) {
        out.row(c);
      }
      out.commit();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(false, text.contains("\r\n=HYPERLINK"), "no cell starts with a formula");
    List<String> back = new ArrayList<>();
    try (CsvRowReader in = CsvRowReader.open(file)) {
      for (List<String> row = in.next(); row != null; row = in.next()) {
        back.add(row.get(0));
      }
    }
    assertEquals(cells, back);
    try (CsvRowReader in = CsvRowReader.open(file, CellEscaping.RAW)) {
      assertEquals("'" + HOSTILE.get(0), in.next().get(0), "what a spreadsheet sees");
    }
  }
}
