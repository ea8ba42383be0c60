package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
  @TempDir Path dir;

  private Path customers() {
    return CliFixtures.writeCustomers(dir.resolve("customers.csv"), 400, 5);
  }

  @Test
  void aKScanSegmentsEveryCustomerAndPrintsTheScanAndTheProfiles() throws IOException {
    CliFixtures.Run run =
        CliFixtures.run(
            "segment", "--customers", customers().toString(), "--max-k", "4", "-o", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines =
        Files.readAllLines(dir.resolve(RunFolder.SEGMENTS), StandardCharsets.UTF_8);
    assertEquals("customer_id,segment_id,segment_name", lines.get(0));
    assertEquals(401, lines.size());
    Set<String> ids = new HashSet<>();
    Set<String> segments = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", 3);
      assertTrue(ids.add(cells[0]), line);
      segments.add(cells[1]);
    }
    assertTrue(segments.size() >= 2 && segments.size() <= 4, segments::toString);
    assertEquals(1, run.out().lines().filter(l -> l.endsWith("<- chosen")).count(), run.out());
    assertTrue(run.out().contains("Davies-Bouldin"), run.out());
    assertTrue(run.out().contains("watch_hours"), run.out());
    assertTrue(run.err().contains("Scanning k = 2..4"), run.err());
    List<String> out = run.out().lines().toList();
    int rules = out.indexOf("Why each segment has its name (against all customers segmented):");
    assertTrue(rules > 0, run.out());
    List<String> named = out.subList(rules + 1, rules + 1 + segments.size());
    for (String line : named) {
      assertTrue(line.startsWith("  ") && line.contains("churn"), "a rule per segment: " + line);
    }
    assertFalse(run.out().contains(" (1)"), "no numbered namesakes");
  }

  @Test
  void aFixedKGivesExactlyThatManySegmentsOnTheChosenFeatures() throws IOException {
    CliFixtures.Run run =
        CliFixtures.run(
            "segment",
            "--customers",
            customers().toString(),
            "--k",
            "3",
            "--features",
            "watch_hours,last_login_days",
            "-o",
            dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    Set<String> segments = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve(RunFolder.SEGMENTS)).subList(1, 401)) {
      segments.add(line.split(",", 3)[1]);
    }
    assertEquals(Set.of("0", "1", "2"), segments);
    assertTrue(run.out().contains("[watch_hours, last_login_days]"), run.out());
  }

  @Test
  void anUnknownFeatureFailsTheWorkAndAnUnknownCriterionIsWrongUsage() {
    Path file = customers();
    CliFixtures.Run feature =
        CliFixtures.run(
            "segment",
            "--customers",
            file.toString(),
            "--features",
            "shoe_size",
            "-o",
            dir.toString());
    assertEquals(RetentionCli.FAILED, feature.exitCode());
    assertTrue(feature.err().contains("no feature 'shoe_size'"), feature.err());
    CliFixtures.Run criterion =
        CliFixtures.run(
            "segment", "--customers", file.toString(), "--criterion", "gut", "-o", dir.toString());
    assertEquals(RetentionCli.USAGE, criterion.exitCode());
    assertTrue(
        criterion.err().contains("'--criterion': 'gut' is not one of silhouette, davies_bouldin"),
        criterion.err());
  }

  @Test
  void aScanThatEndsBeforeItStartsOrOneSegmentIsWrongUsage() {
    CliFixtures.Run scan =
        CliFixtures.run("segment", "--customers", "c.csv", "--min-k", "5", "--max-k", "3");
    assertEquals(RetentionCli.USAGE, scan.exitCode());
    assertTrue(scan.err().contains("'--min-k' and '--max-k': '5' is above '3'"), scan.err());
    CliFixtures.Run one = CliFixtures.run("segment", "--customers", "c.csv", "--k", "1");
    assertEquals(RetentionCli.USAGE, one.exitCode());
    assertTrue(one.err().contains("'--k': '1' is not a whole number of at least 2"), one.err());
    assertFalse(one.err().contains("\tat "), one.err());
  }

  @Test
  void helpListsEveryOption() {
    CliFixtures.Run run = CliFixtures.run("segment", "--help");
    assertEquals(0, run.exitCode());
    for (String option :
        List.of(
            "--customers", "--k", "--min-k", "--max-k", "--criterion", "--features", "--seed")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}
