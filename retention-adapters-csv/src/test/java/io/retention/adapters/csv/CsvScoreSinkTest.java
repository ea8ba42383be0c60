package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.ScoreSinkContract;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.port.out.ScoreSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvScoreSinkTest extends ScoreSinkContract {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("out").resolve("scores.csv");
  }

  @Override
  protected ScoreSink createSink() {
    return new CsvScoreSink(file());
  }

  @Override
  protected List<ChurnScore> readBack() {
    return ResultReader.scores(file());
  }

  @Test
  void writesAHeaderAndCrlfRowsAsRfc4180Says() throws IOException {
    new CsvScoreSink(file()).write(List.of(new ChurnScore(CustomerId.of("a,1"), 0.5)));
    assertEquals(
        "customer_id,churn_probability\r\n\"a,1\",0.5\r\n",
        Files.readString(file(), StandardCharsets.UTF_8));
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    new CsvScoreSink(file()).write(List.of(new ChurnScore(CustomerId.of("a"), 0.5)));
    try (var files = Files.list(file().getParent())) {
      assertEquals(List.of(file()), files.toList());
    }
    assertTrue(Files.isRegularFile(file()));
  }
}
