package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retention report} renders a folder's report from its files. */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void aWholeRunsFolderGivesTheReportTheRunWrote() throws Exception {
    Path run = dir.resolve("run");
    CliFixtures.Run demo =
        CliFixtures.run(
            "demo",
            "--size",
            "600",
            "--folds",
            "2",
            "--trees",
            "5",
            "-o",
            run.toString(),
            "--no-progress");
    assertEquals(0, demo.exitCode(), demo.err());
    Path again = dir.resolve("again.html");
    CliFixtures.Run r =
        CliFixtures.run("report", "--results", run.toString(), "-o", again.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("11 of 11 sections"), r.out());
    assertArrayEquals(
        Files.readAllBytes(run.resolve(RunFolder.REPORT)),
        Files.readAllBytes(again),
        "the report of metrics.json is the run's own, byte for byte");

    CliFixtures.Run withCustomers =
        CliFixtures.run(
            "report",
            "--results",
            run.toString(),
            "--customers",
            run.resolve(RunFolder.CUSTOMERS).toString());
    assertEquals(RetentionCli.FAILED, withCustomers.exitCode());
    assertTrue(withCustomers.err().contains("--customers is for a folder of the step commands"));
  }

  @Test
  void theCustomersTheStepsReadFillInTheChurnRates() throws Exception {
    Path customers = CliFixtures.writeCustomers(dir.resolve("c.csv"), 300, 3);
    Path mapping = CliFixtures.writeMapping(dir.resolve("c.mapping"));
    Path steps = dir.resolve("steps");
    CliFixtures.Run segment =
        CliFixtures.run(
            "segment",
            "--customers",
            customers.toString(),
            "--mapping",
            mapping.toString(),
            "--k",
            "3",
            "-o",
            steps.toString(),
            "--no-progress");
    assertEquals(0, segment.exitCode(), segment.err());
    CliFixtures.Run r =
        CliFixtures.run(
            "report",
            "--results",
            steps.toString(),
            "--customers",
            customers.toString(),
            "--mapping",
            mapping.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("2 of 11 sections"), r.out());
    assertTrue(r.out().contains("fixed k (--k): no scan"), r.out());
    String html = Files.readString(steps.resolve(RunFolder.REPORT), StandardCharsets.UTF_8);
    assertTrue(html.contains("Data: c.csv"), "the header names the customers");
    assertTrue(html.contains("300</div>"), "the customer count card");
  }

  @Test
  void aFolderWithoutResultsFailsInOneLine() throws Exception {
    CliFixtures.Run missing =
        CliFixtures.run("report", "--results", dir.resolve("none").toString());
    assertEquals(RetentionCli.FAILED, missing.exitCode());
    assertTrue(missing.err().contains("no results folder"), missing.err());
    Files.createDirectories(dir.resolve("empty"));
    CliFixtures.Run empty = CliFixtures.run("report", "--results", dir.resolve("empty").toString());
    assertEquals(RetentionCli.FAILED, empty.exitCode());
    assertTrue(empty.err().contains("holds no results"), empty.err());
    assertEquals(1, empty.err().strip().lines().count(), empty.err());
  }
}
