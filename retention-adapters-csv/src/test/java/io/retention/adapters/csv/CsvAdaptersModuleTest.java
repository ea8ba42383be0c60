package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.CustomerId;
import io.retention.core.port.out.PlanSink;
import io.retention.core.port.out.ScoreSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAdaptersModuleTest {

  @TempDir Path dir;

  @Test
  void bindsTheSinksToFilesInTheOutputFolderWithoutWritingAnything() {
    Path out = dir.resolve("out");
    Injector injector = Guice.createInjector(new CsvAdaptersModule(out));
    ScoreSink scores = injector.getInstance(ScoreSink.class);
    PlanSink plans = injector.getInstance(PlanSink.class);
    assertFalse(Files.exists(out));
    scores.write(List.of(new ChurnScore(CustomerId.of("a"), 0.5)));
    plans.write(List.of());
    assertEquals(
        1, Tables.read(out.resolve(CsvAdaptersModule.SCORES_FILE), CsvScoreSink.HEADER).size());
    assertEquals(
        0, Tables.read(out.resolve(CsvAdaptersModule.PLANS_FILE), CsvPlanSink.HEADER).size());
  }
}
