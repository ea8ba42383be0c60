package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.analysis.RunConfig;
import io.retention.core.strategy.StrategyConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo and the step commands offer one set of defaults, the library's {@link
 * RunConfig#DEFAULTS}: the same folds, forest, k range, seed and titles per customer.
 */
class CommandDefaultsTest {
  @TempDir Path dir;

  private static String defaultOf(String command, String option) {
    CommandLine sub = RetentionCli.commandLine().getSubcommands().get(command);
    return sub.getCommandSpec().findOption(option).defaultValue();
  }

  @Test
  void theDemoAndTrainCrossValidateWithTheRunsFoldsAndForest() {
    String folds = Integer.toString(RunConfig.DEFAULTS.folds());
    String trees = Integer.toString(RunConfig.DEFAULTS.forestTrees());
    assertEquals(folds, defaultOf("demo", "--folds"));
    assertEquals(folds, defaultOf("train", "--folds"));
    assertEquals(trees, defaultOf("demo", "--trees"));
    assertEquals(trees, defaultOf("train", "--trees"));
  }

  @Test
  void theDemoAndSegmentScanTheRunsRangeOfSegmentCounts() {
    assertEquals(Integer.toString(RunConfig.DEFAULTS.minSegments()), defaultOf("demo", "--min-k"));
    assertEquals(
        Integer.toString(RunConfig.DEFAULTS.minSegments()), defaultOf("segment", "--min-k"));
    assertEquals(Integer.toString(RunConfig.DEFAULTS.maxSegments()), defaultOf("demo", "--max-k"));
    assertEquals(
        Integer.toString(RunConfig.DEFAULTS.maxSegments()), defaultOf("segment", "--max-k"));
  }

  @Test
  void everyCommandSeedsAndSizesItsOutputAsTheRunDoes() {
    String seed = Long.toString(RunConfig.DEFAULTS.seed());
    for (String command : new String[] {"demo", "train", "segment"}) {
      assertEquals(seed, defaultOf(command, "--seed"), command);
    }
    assertEquals(
        Double.toString(RunConfig.DEFAULTS.testFraction()), defaultOf("demo", "--test-fraction"));
    assertEquals(
        Integer.toString(RunConfig.DEFAULTS.recommendations()), defaultOf("recommend", "--top"));
    assertEquals(
        Integer.toString(StrategyConfig.DEFAULTS.driversKept()), defaultOf("plan", "--drivers"));
  }

  @Test
  void theDemoTakesSmallerSettingsAndReportsThem() {
    CliFixtures.Run r =
        CliFixtures.run(
            "demo",
            "--size",
            "600",
            "--folds",
            "2",
            "--trees",
            "5",
            "--min-k",
            "2",
            "--max-k",
            "3",
            "-o",
            dir.toString(),
            "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("2-fold PR-AUC"), r.out());
  }

  @Test
  void aDemoRangeOfSegmentCountsThatEndsBelowItsStartIsAUsageError() {
    CliFixtures.Run r =
        CliFixtures.run("demo", "--min-k", "5", "--max-k", "3", "-o", dir.toString());
    assertEquals(RetentionCli.USAGE, r.exitCode());
    assertTrue(r.err().contains("--min-k"), r.err());
  }
}
