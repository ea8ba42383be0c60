package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CsvRecommendationWriter;
import io.retention.adapters.csv.CsvSegmentWriter;
import io.retention.core.RetentionException;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.Segment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
  @TempDir Path dir;

  @Test
  void readsBackTheSegmentsThatTheSegmentWriterWrites() {
    Path file = dir.resolve("segments.csv");
    new CsvSegmentWriter(file)
        .write(
            Map.of(
                new CustomerId("a"),
                new Segment(0, "Loyal, \"Happy\""),
                new CustomerId("b"),
                new Segment(1, "Other")));
    assertEquals(
        Map.of(new CustomerId("a"), "Loyal, \"Happy\"", new CustomerId("b"), "Other"),
        ResultFiles.segments(file, "--segments"));
  }

  @Test
  void readsBackTheTitlesThatTheRecommendationWriterWritesInRankOrder() {
    Path file = dir.resolve("recommendations.csv");
    new CsvRecommendationWriter(file)
        .write(
            Map.of(
                new CustomerId("c1"),
                List.of(
                    new Recommendation(new ContentId("s2"), "Two\nLines", 0.9, "because"),
                    new Recommendation(new ContentId("s1"), "One, The", 0.5, "popular"))));
    assertEquals(
        Map.of(new CustomerId("c1"), List.of("Two\nLines", "One, The")),
        ResultFiles.titles(file, "--recommendations"));
  }

  @Test
  void aRecordWithTheWrongNumberOfFieldsIsNamed() {
    Path file =
        CliFixtures.write(dir.resolve("s.csv"), "customer_id,segment_id,segment_name\na,0\n");
    RetentionException e =
        assertThrows(RetentionException.class, () -> ResultFiles.segments(file, "--segments"));
    assertTrue(
        e.getMessage().startsWith(file + " (--segments), line 2: the record has 2 fields"),
        e.getMessage());
  }

  @Test
  void anotherKindOfResultFileIsRefusedNamingTheOption() {
    Path file = CliFixtures.write(dir.resolve("s.csv"), "customer_id,churn_probability\na,0.5\n");
    RetentionException e =
        assertThrows(RetentionException.class, () -> ResultFiles.segments(file, "--segments"));
    assertTrue(e.getMessage().contains(file + " (--segments), line 1"), e.getMessage());
    assertTrue(
        e.getMessage().contains("expected the header customer_id,segment_id,segment_name"),
        e.getMessage());
  }

  @Test
  void anUnterminatedQuoteIsNamed() {
    Path file =
        CliFixtures.write(
            dir.resolve("s.csv"), "customer_id,segment_id,segment_name\na,0,\"open\n");
    RetentionException e =
        assertThrows(RetentionException.class, () -> ResultFiles.segments(file, "--segments"));
    assertTrue(e.getMessage().endsWith("ends inside a quoted field"), e.getMessage());
  }
}
