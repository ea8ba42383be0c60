package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMetricsWriterTest {

  @TempDir Path dir;

  @Test
  void metricsReadBackEqualInNameOrder() throws IOException {
    Map<String, Double> input = new LinkedHashMap<>();
    input.put("roc_auc", 0.8412345678901234);
    input.put("brier", 0.14);
    input.put("precision@top10%", Double.NaN);
    Path file = dir.resolve("metrics.csv");
    new CsvMetricsWriter(file).write(input);
    Map<String, Double> back = new TreeMap<>();
    for (CSVRecord r : Tables.read(file, CsvMetricsWriter.HEADER)) {
      back.put(r.get("name"), Double.parseDouble(r.get("value")));
    }
    assertEquals(new TreeMap<>(input), back);
    assertEquals(
        "name,value\r\nbrier,0.14\r\nprecision@top10%,NaN\r\nroc_auc,0.8412345678901234\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}
