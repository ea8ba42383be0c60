package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Recommendation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecommendationWriterTest {

  @TempDir Path dir;

  @Test
  void recommendationsReadBackEqualWithRanksFromOne() {
    Map<CustomerId, List<Recommendation>> input = new LinkedHashMap<>();
    input.put(
        CustomerId.of("c2"),
        List.of(
            new Recommendation(
                ContentId.of("s1"), "Amélie, \"the\" film", 0.75, "because you watched X"),
            new Recommendation(
                ContentId.of("s9"), "Kota Factory", 0.5, "popular in\nyour region")));
    input.put(
        CustomerId.of("c1"),
        List.of(new Recommendation(ContentId.of("s3"), "Ganglands", 1.0, "new this week")));
    Path file = dir.resolve("recommendations.csv");
    new CsvRecommendationWriter(file).write(input);

    List<CSVRecord> rows = Tables.read(file, CsvRecommendationWriter.HEADER);
    assertEquals(List.of("c1", "c2", "c2"), rows.stream().map(r -> r.get("customer_id")).toList());
    assertEquals(List.of("1", "1", "2"), rows.stream().map(r -> r.get("rank")).toList());
    Map<CustomerId, List<Recommendation>> back = ResultReader.recommendations(file);
    assertEquals(List.of(CustomerId.of("c1"), CustomerId.of("c2")), List.copyOf(back.keySet()));
    assertEquals(input, back);
  }
}
