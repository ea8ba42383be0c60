package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSegmentWriterTest {
  @TempDir Path dir;

  @Test
  void writesOneRowPerCustomerInIdOrderQuotingNamesThatNeedIt() throws IOException {
    Path file = dir.resolve("sub").resolve("segments.csv");
    new CsvSegmentWriter(file)
        .write(
            Map.of(
                new CustomerId("b"), new Segment(1, "Loyal, High Value"),
                new CustomerId("a"), new Segment(0, "Say \"hi\"")));
    assertEquals(
        "customer_id,segment_id,segment_name\r\na,0,\"Say \"\"hi\"\"\"\r\nb,1,\"Loyal, High Value\"\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void plainNamesAreLeftUnquoted() throws IOException {
    Path file = dir.resolve("segments.csv");
    new CsvSegmentWriter(file)
        .write(Map.of(new CustomerId("a"), new Segment(0, "At-Risk Low Engagement")));
    assertEquals(
        "customer_id,segment_id,segment_name\r\na,0,At-Risk Low Engagement\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}
