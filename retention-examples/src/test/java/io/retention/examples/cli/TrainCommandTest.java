package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir Path dir;

  @Test
  void trainingWritesTheBundleAndTheSelectionReportOfBothCandidates() throws IOException {
    CliFixtures.Trained trained = CliFixtures.trained();
    assertTrue(Files.size(trained.output().resolve(RunFolder.MODEL)) > 0);
    String json =
        Files.readString(
            trained.output().resolve(TrainCommand.REPORT_FILE), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"candidates\":["), json);
    assertTrue(json.contains("\"name\":\"logistic-regression\""), json);
    assertTrue(json.contains("\"name\":\"random-forest\""), json);
    String out = trained.run().out();
    assertTrue(out.contains("Read 300 labelled customers"), out);
    assertTrue(out.contains("<- chosen"), out);
    assertTrue(out.contains("threshold (maximum F1)"), out);
  }

  @Test
  void customersWithABlankLabelAreLeftOutOfTrainingAndCounted() throws IOException {
    Path customers = CliFixtures.writeCustomers(dir.resolve("c.csv"), 120, 3);
    List<String> lines = Files.readAllLines(customers, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder(lines.get(0)).append("\r\n");
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      text.append(i <= 20 ? line.substring(0, line.lastIndexOf(',') + 1) : line).append("\r\n");
    }
    Files.writeString(customers, text.toString());
    CliFixtures.Run run =
        CliFixtures.run(
            "train",
            "--customers",
            customers.toString(),
            "--mapping",
            CliFixtures.writeMapping(dir.resolve("c.mapping")).toString(),
            "--folds",
            "2",
            "--trees",
            "5",
            "--no-progress",
            "-o",
            dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Left out 20 customers without a churn label."), run.out());
    assertTrue(run.out().contains("Read 100 labelled customers"), run.out());
  }

  @Test
  void theBundleAndItsReportGoIntoPlaceTogetherUnderOneIdInTheManifest() throws IOException {
    Path output = CliFixtures.trained().output();
    RunManifest manifest = RunManifest.read(output).orElseThrow();
    assertEquals(RunManifest.COMPLETE, manifest.state());
    assertEquals(manifest.run(), manifest.files().get(RunFolder.MODEL));
    assertEquals(manifest.run(), manifest.files().get(TrainCommand.REPORT_FILE));
    try (var entries = Files.list(output)) {
      assertTrue(
          entries.noneMatch(p -> p.getFileName().toString().startsWith(".run-")),
          "no staging folder is left");
    }
  }

  @Test
  void progressGoesToStandardErrorAsPlainLinesAndNeverToStandardOutput() {
    CliFixtures.Run run = CliFixtures.trained().run();
    assertTrue(run.err().contains("Cross-validating 2 candidates ..."), run.err());
    assertTrue(run.err().contains("Cross-validating 2 candidates: done in"), run.err());
    assertFalse(run.err().contains("\r"), "no carriage returns off a terminal");
    assertFalse(run.out().contains("Cross-validating"), run.out());
  }

  @Test
  void noProgressSilencesTheProgressLines() {
    Path customers = CliFixtures.writeCustomers(dir.resolve("c.csv"), 120, 3);
    CliFixtures.Run run =
        CliFixtures.run(
            "train",
            "--customers",
            customers.toString(),
            "--folds",
            "2",
            "--trees",
            "5",
            "--calibration",
            "none",
            "--no-progress",
            "-o",
            dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("Cross-validating"), run.err());
    assertTrue(run.out().contains("calibration: none"), run.out());
  }

  @Test
  void aFileMappedWithTheWrongPresetFailsWithOneLineNamingTheFileAndColumn() {
    Path customers = CliFixtures.writeCustomers(dir.resolve("netflix.csv"), 20, 3);
    CliFixtures.Run run =
        CliFixtures.run(
            "train",
            "--customers",
            customers.toString(),
            "--mapping",
            "telco",
            "-o",
            dir.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("netflix.csv"), run.err());
    assertTrue(run.err().contains("customerID"), run.err());
  }

  @Test
  void anUnknownCalibrationIsWrongUsage() {
    Path customers = CliFixtures.writeCustomers(dir.resolve("c.csv"), 20, 3);
    CliFixtures.Run run =
        CliFixtures.run(
            "train",
            "--customers",
            customers.toString(),
            "--calibration",
            "magic",
            "-o",
            dir.toString());
    assertEquals(RetentionCli.USAGE, run.exitCode());
    assertTrue(
        run.err().contains("Invalid value for option '--calibration': expected one of"), run.err());
    assertTrue(run.err().contains("but was 'magic'"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void oneFoldOrNoTreesIsWrongUsage() {
    CliFixtures.Run folds = CliFixtures.run("train", "--customers", "c.csv", "--folds", "1");
    assertEquals(RetentionCli.USAGE, folds.exitCode());
    assertTrue(
        folds.err().contains("'--folds': '1' is not a whole number of at least 2"), folds.err());
    CliFixtures.Run trees = CliFixtures.run("train", "--customers", "c.csv", "--trees", "0");
    assertEquals(RetentionCli.USAGE, trees.exitCode());
    assertTrue(
        trees.err().contains("'--trees': '0' is not a whole number of at least 1"), trees.err());
  }

  @Test
  void aMissingCustomersOptionIsWrongUsage() {
    assertEquals(2, CliFixtures.run("train").exitCode());
    assertEquals(2, CliFixtures.run("train", "--customers", "c.csv", "--folds", "two").exitCode());
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    CliFixtures.Run run = CliFixtures.run("train", "--help");
    assertEquals(0, run.exitCode());
    for (String option :
        List.of(
            "--customers",
            "--mapping",
            "--charset",
            "--folds",
            "--calibration",
            "--trees",
            "--seed",
            "--output",
            "--no-progress")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
    assertTrue(run.out().contains("default: 5"), run.out());
    assertTrue(run.out().contains("default: platt"), run.out());
  }
}
