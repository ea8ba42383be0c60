package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  private static CliFixtures.Run plan(Path output, String... extra) {
    CliFixtures.Trained t = CliFixtures.trained();
    List<String> args =
        new ArrayList<>(
            List.of(
                "plan",
                "--customers",
                t.customers().toString(),
                "--mapping",
                t.mapping().toString(),
                "--model",
                t.output().resolve(RunFolder.MODEL).toString(),
                "-o",
                output.toString()));
    args.addAll(List.of(extra));
    return CliFixtures.run(args.toArray(String[]::new));
  }

  /**
   * The rows of a plans file, as maps from column to value. Runs use at most one driver, so that no
   * cell holds a line break and a line is a row; quoted cells may hold commas.
   */
  private static List<Map<String, String>> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0));
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      assertEquals(header.size(), cells.size(), line);
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void plansEveryCustomerRankedByPriorityWithDriversFromTheSameBundle() throws IOException {
    CliFixtures.Run run = plan(dir, "--drivers", "1");
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> rows = rows(dir.resolve(RunFolder.PLANS));
    assertEquals(CliFixtures.CUSTOMERS, rows.size());
    double previous = Double.POSITIVE_INFINITY;
    for (Map<String, String> r : rows) {
      double p = Double.parseDouble(r.get("churn_probability"));
      assertTrue(p >= 0.0 && p <= 1.0, r.toString());
      double priority = Double.parseDouble(r.get("priority"));
      assertTrue(priority <= previous, "not ranked at " + r);
      previous = priority;
      assertTrue(!r.get("action_code").isBlank(), r.toString());
      assertTrue(!r.get("top_drivers").isBlank(), r.toString());
      assertTrue(!r.get("rfm_label").isBlank(), r.toString());
    }
    assertTrue(run.out().contains("1. high-value-at-risk"), run.out());
  }

  @Test
  void aBudgetKeepsOnlyTheContactsItPaysFor() throws IOException {
    CliFixtures.Run run = plan(dir, "--budget", "100", "--drivers", "1");
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> rows = rows(dir.resolve(RunFolder.PLANS));
    double spent = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("action_cost"))).sum();
    assertTrue(spent <= 100.0 + 1e-9, "spent " + spent);
    assertTrue(rows.size() < CliFixtures.CUSTOMERS, "a budget of 100 cannot contact everyone");
    assertTrue(
        run.out().contains("Budget 100.00: " + rows.size() + " customers contacted"), run.out());
  }

  @Test
  void segmentsAndRecommendationsFromEarlierRunsGoIntoThePlans() throws IOException {
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run segment =
        CliFixtures.run(t.on("segment", "--k", "2", "--no-progress", "-o", dir.toString()));
    assertEquals(0, segment.exitCode(), segment.err());
    StringBuilder recommendations =
        new StringBuilder("customer_id,rank,content_id,title,score,reason\r\n");
    for (String line : Files.readAllLines(dir.resolve(RunFolder.SEGMENTS)).subList(1, 51)) {
      String id = line.split(",", 2)[0];
      recommendations.append(id).append(",1,s1,\"Film, The\",0.5,popular\r\n");
    }
    Path titles =
        CliFixtures.write(dir.resolve(RunFolder.RECOMMENDATIONS), recommendations.toString());
    CliFixtures.Run run =
        plan(
            dir,
            "--drivers",
            "1",
            "--segments",
            dir.resolve(RunFolder.SEGMENTS).toString(),
            "--recommendations",
            titles.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> rows = rows(dir.resolve(RunFolder.PLANS));
    assertTrue(rows.stream().noneMatch(r -> r.get("segment").equals("unknown")), rows::toString);
    assertEquals(
        50, rows.stream().filter(r -> r.get("recommended_titles").equals("Film, The")).count());
  }

  @Test
  void aSegmentsFileWithAnotherHeaderIsRefused() {
    Path wrong = CliFixtures.write(dir.resolve("wrong.csv"), "id,cluster\r\nc1,2\r\n");
    CliFixtures.Run run = plan(dir, "--segments", wrong.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "wrong.csv (--segments), line 1, value 'id,cluster': expected the header"
                    + " customer_id,segment_id,segment_name"),
        run.err());
  }

  @Test
  void aNegativeBudgetOrDriversIsWrongUsage() {
    CliFixtures.Run run = plan(dir, "--budget", "-5");
    assertEquals(RetentionCli.USAGE, run.exitCode());
    assertTrue(
        run.err().contains("Invalid value for option '--budget': '-5' is not a finite number"),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    CliFixtures.Run drivers = plan(dir, "--drivers", "-1");
    assertEquals(RetentionCli.USAGE, drivers.exitCode());
    assertTrue(drivers.err().contains("'--drivers': '-1' is not a whole number"), drivers.err());
  }

  @Test
  void helpListsEveryOption() {
    CliFixtures.Run run = CliFixtures.run("plan", "--help");
    assertEquals(0, run.exitCode());
    for (String option :
        List.of("--customers", "--mapping", "--model", "--budget", "--drivers", "--show")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}
