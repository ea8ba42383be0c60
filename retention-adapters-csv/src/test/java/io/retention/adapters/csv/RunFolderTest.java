package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.analysis.RunSummary;
import io.retention.core.testing.RunSummaries;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

  @TempDir Path dir;

  @Test
  void aSummaryReadsBackEqualWithNanAsJsonNull() throws Exception {
    RunFolder folder = new RunFolder(dir.resolve("out"));
    RunSummary summary = RunSummaries.sample();

    Path written = folder.writeSummary(summary);

    String json = Files.readString(written);
    assertTrue(json.contains("\"churnRate\" : null"), "NaN is written as null");
    assertEquals(summary, folder.readSummary());
  }

  @Test
  void aSummaryWrittenBeforeNamingRulesWereRecordedReadsWithEmptyRules() throws Exception {
    RunSummary summary = RunSummaries.sample();
    String json = RunFolder.toJson(summary).replaceAll(",\\s*\"rule\" : \"[^\"]*\"", "");

    RunSummary read = RunFolder.fromJson(json);

    assertFalse(json.contains("\"rule\""), json);
    for (RunSummary.Segment segment : read.segmentation().segments()) {
      assertEquals("", segment.rule(), segment.name());
    }
    assertEquals(summary.segmentation().segments().size(), read.segmentation().segments().size());
  }

  @Test
  void aMissingSummaryNamesTheFolder() {
    RetentionException e =
        assertThrows(RetentionException.class, () -> new RunFolder(dir).readSummary());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void aFileThatIsNotASummaryIsRefusedByName() throws Exception {
    Files.writeString(dir.resolve(RunFolder.METRICS), "{\"version\": \"1\", \"surprise\": 3}");
    RetentionException e =
        assertThrows(RetentionException.class, () -> new RunFolder(dir).readSummary());
    assertTrue(e.getMessage().contains(RunFolder.METRICS), e.getMessage());
  }

  @Test
  void filesResolveInsideTheFolder() {
    assertEquals(dir.resolve("plans.csv"), new RunFolder(dir).file(RunFolder.PLANS));
  }
}
