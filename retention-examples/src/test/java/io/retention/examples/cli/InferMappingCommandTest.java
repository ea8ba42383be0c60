package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CustomerCsvMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferMappingCommandTest {

  @TempDir Path dir;

  @Test
  void printsAMappingFileThatLoadsBack() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("c.csv"),
            "customer_id,tenure,plan,churn\nc1,3,Basic,1\nc2,40,Premium,0\nc3,12,Basic,no\n");
    DemoCommandTest.Run run = DemoCommandTest.run("infer-mapping", csv.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# inferred"), run.out());
    CustomerCsvMapping m =
        CustomerCsvMapping.load(Files.writeString(dir.resolve("c.mapping"), run.out()));
    assertEquals("customer_id", m.idColumn());
    assertEquals("churn", m.labelColumn());
    assertEquals(List.of("tenure"), m.schema().numericAttributes());
    assertEquals(List.of("plan"), m.schema().categoricalAttributes());
  }

  @Test
  void aFileWithoutRowsFailsWithTheReason() throws IOException {
    Path csv = Files.writeString(dir.resolve("h.csv"), "id,churn\n");
    DemoCommandTest.Run run = DemoCommandTest.run("infer-mapping", csv.toString());
    assertTrue(run.exitCode() != 0);
    assertTrue(run.err().contains("no data rows"), run.err());
  }

  @Test
  void aMissingFileFailsWithOneLineNamingItAndNoSampleIsWrongUsage() {
    Path missing = dir.resolve("none.csv");
    DemoCommandTest.Run run = DemoCommandTest.run("infer-mapping", missing.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("cannot read " + missing), run.err());
    DemoCommandTest.Run sample =
        DemoCommandTest.run("infer-mapping", missing.toString(), "--sample", "0");
    assertEquals(RetentionCli.USAGE, sample.exitCode());
    assertTrue(
        sample.err().contains("'--sample': '0' is not a whole number of at least 1"), sample.err());
    assertFalse(sample.err().contains("\tat "), sample.err());
  }
}
