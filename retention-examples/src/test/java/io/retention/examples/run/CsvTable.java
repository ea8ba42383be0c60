package io.retention.examples.run;

import io.retention.adapters.csv.CsvRowReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result file read back for tests through the CSV adapter's {@link CsvRowReader} (RFC 4180:
 * quoted cells may hold commas and line breaks), every row as a map from column to cell.
 */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

  static CsvTable read(Path file) {
    try (CsvRowReader in = CsvRowReader.open(file)) {
      List<String> header = in.names();
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> r = in.next(); r != null; r = in.next()) {
        if (r.size() != header.size()) {
          throw new IllegalStateException(
              file + " line " + in.line() + ": a row has " + r.size() + " cells: " + r);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
          row.put(header.get(i), r.get(i));
        }
        rows.add(row);
      }
      return new CsvTable(header, rows);
    }
  }

  List<String> column(String name) {
    return rows.stream().map(r -> r.get(name)).toList();
  }
}
