package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads back what the writers wrote, checking the header. */
final class Tables {
  private Tables() {}

  static List<CSVRecord> read(Path file, List<String> header) {
    try (CSVParser p =
        CSVParser.parse(
            file,
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(header, p.getHeaderNames());
      return p.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
