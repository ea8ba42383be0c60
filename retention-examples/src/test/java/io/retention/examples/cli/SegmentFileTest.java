package io.retention.examples.cli;

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

class SegmentFileTest {
  @TempDir Path dir;

  @Test
  void writesOneRowPerCustomerInIdOrderQuotingNamesThatNeedIt() throws IOException {
    Path file = dir.resolve("sub").resolve("segments.csv");
    SegmentFile.write(
        file,
        Map.of(
            new CustomerId("b"), new Segment(1, "Loyal, High Value"),
            new CustomerId("a"), new Segment(0, "Say \"hi\"")));
    assertEquals(
        "customer_id,segment_id,segment\r\na,0,\"Say \"\"hi\"\"\"\r\nb,1,\"Loyal, High Value\"\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void plainCellsAreLeftAlone() {
    assertEquals("At-Risk Low Engagement", SegmentFile.cell("At-Risk Low Engagement"));
    assertEquals("\"two\nlines\"", SegmentFile.cell("two\nlines"));
  }
}
