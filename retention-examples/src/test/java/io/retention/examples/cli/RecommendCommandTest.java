package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {
  @TempDir Path dir;

  @Test
  void recommendsUnseenTitlesToEveryRaterOfAMovieLensStyleCatalog() throws IOException {
    CliFixtures.writeMovieLens(dir);
    CliFixtures.Run run =
        CliFixtures.run(
            "recommend",
            "--titles",
            dir.resolve("movies.csv").toString(),
            "--catalog",
            "movielens",
            "--activity",
            dir.resolve("ratings.csv").toString(),
            "--activity-mapping",
            "movielens",
            "--top",
            "5",
            "-o",
            dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.err());

    Map<String, Set<String>> seen = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("ratings.csv")).subList(1, 201)) {
      String[] cells = line.split(",");
      seen.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1]);
    }
    List<String> lines =
        Files.readAllLines(
            dir.resolve("out").resolve(RunFolder.RECOMMENDATIONS), StandardCharsets.UTF_8);
    assertEquals("customer_id,rank,content_id,title,score,reason", lines.get(0));
    assertEquals(25 * 5 + 1, lines.size());
    Map<String, Integer> perUser = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      perUser.merge(cells[0], 1, Integer::sum);
      assertTrue(!seen.get(cells[0]).contains(cells[2]), "recommended a seen title: " + line);
    }
    assertEquals(25, perUser.size());
    assertTrue(run.err().contains("Recommending for 25 customers"), run.err());
  }

  @Test
  void customersWithoutHistoryGetColdStartTitles() throws IOException {
    CliFixtures.writeMovieLens(dir);
    Path customers = CliFixtures.writeCustomers(dir.resolve("customers.csv"), 10, 3);
    CliFixtures.Run run =
        CliFixtures.run(
            "recommend",
            "--titles",
            dir.resolve("movies.csv").toString(),
            "--catalog",
            "movielens",
            "--activity",
            dir.resolve("ratings.csv").toString(),
            "--activity-mapping",
            "movielens",
            "--customers",
            customers.toString(),
            "--top",
            "3",
            "-o",
            dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(10 * 3 + 1, Files.readAllLines(dir.resolve(RunFolder.RECOMMENDATIONS)).size());
  }

  @Test
  void anUnknownActivityPresetIsWrongUsageAndAMissingCatalogFailsTheWork() {
    CliFixtures.Run preset =
        CliFixtures.run(
            "recommend", "--titles", "t.csv", "--activity", "a.csv", "--activity-mapping", "x");
    assertEquals(RetentionCli.USAGE, preset.exitCode());
    assertTrue(
        preset.err().contains("'--activity-mapping': 'x' is not one of standard, cdnow, movielens"),
        preset.err());
    CliFixtures.Run top =
        CliFixtures.run("recommend", "--titles", "t.csv", "--activity", "a.csv", "--top", "-5");
    assertEquals(RetentionCli.USAGE, top.exitCode());
    assertTrue(
        top.err().contains("Invalid value for option '--top': '-5' is not a whole number"),
        top.err());
    assertFalse(top.err().contains("\tat "), top.err());
    CliFixtures.Run missing =
        CliFixtures.run(
            "recommend", "--titles", dir.resolve("t.csv").toString(), "--activity", "a.csv");
    assertEquals(RetentionCli.FAILED, missing.exitCode());
    assertTrue(missing.err().contains("t.csv (--titles)"), missing.err());
  }

  @Test
  void helpListsEveryOption() {
    CliFixtures.Run run = CliFixtures.run("recommend", "--help");
    assertEquals(0, run.exitCode());
    for (String option :
        List.of(
            "--titles",
            "--catalog",
            "--tags",
            "--activity",
            "--activity-mapping",
            "--customers",
            "--genre-mapping",
            "--top")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}
