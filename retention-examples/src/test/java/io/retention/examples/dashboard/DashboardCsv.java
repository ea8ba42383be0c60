package io.retention.examples.dashboard;

import io.retention.adapters.csv.CsvRowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a downloaded CSV into rows by column name, through the dashboard's own CSV reader. */
final class DashboardCsv {
  private DashboardCsv() {}

  static List<Map<String, String>> parse(String text) {
    try {
      Path tmp = Files.createTempFile("download", ".csv");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        return read(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Map<String, String>> read(Path file) {
    List<Map<String, String>> out = new ArrayList<>();
    try (CsvRowReader rows = CsvRowReader.open(file)) {
      List<String> names = new ArrayList<>();
      for (String c : DashboardHandler.CSV_HEADER) {
        rows.column(c);
        names.add(c);
      }
      for (List<String> row = rows.next(); row != null; row = rows.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : names) {
          m.put(c, rows.cell(row, rows.column(c)));
        }
        out.add(m);
      }
    }
    return out;
  }
}
