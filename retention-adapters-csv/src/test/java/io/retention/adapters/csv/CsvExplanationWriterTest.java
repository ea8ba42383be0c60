package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExplanationWriterTest {

  @TempDir Path dir;

  @Test
  void oneRowPerCustomerAndDriverReadsBackEqualInCustomerOrder() {
    Explanation bob =
        new Explanation(
            -1.2,
            List.of(
                new Contribution("last_login_days", 40, 0.9),
                new Contribution("plan=Basic, monthly", 1, 0.30000000000000004)),
            0.0);
    Explanation alice =
        new Explanation(
            -1.2,
            List.of(new Contribution("watch \"hours\"", 3.5, -0.7)),
            -1.9,
            ExplanationSpace.LOG_ODDS);
    Map<CustomerId, Explanation> input = new LinkedHashMap<>();
    input.put(CustomerId.of("bob"), bob);
    input.put(CustomerId.of("alice"), alice);
    Path file = dir.resolve("explanations.csv");
    new CsvExplanationWriter(file).write(input);
    Map<CustomerId, Explanation> back = ResultReader.explanations(file);
    assertEquals(input, back);
    assertEquals(List.of(CustomerId.of("alice"), CustomerId.of("bob")), List.copyOf(back.keySet()));
    assertEquals(3, Tables.read(file, CsvExplanationWriter.HEADER).size());
  }
}
