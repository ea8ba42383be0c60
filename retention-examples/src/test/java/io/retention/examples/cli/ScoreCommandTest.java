package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.ResultReader;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  @TempDir Path dir;

  private static CliFixtures.Run score(Path output, String... extra) {
    CliFixtures.Trained t = CliFixtures.trained();
    List<String> more =
        new ArrayList<>(
            List.of(
                "--model",
                t.output().resolve(RunFolder.MODEL).toString(),
                "-o",
                output.toString()));
    more.addAll(List.of(extra));
    return CliFixtures.run(t.on("score", more.toArray(String[]::new)));
  }

  @Test
  void scoresEveryCustomerWithTheSavedBundleHighestRiskFirst() throws IOException {
    CliFixtures.Run run = score(dir);
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(dir.resolve(RunFolder.SCORES), StandardCharsets.UTF_8);
    assertEquals("customer_id,churn_probability", lines.get(0));
    assertEquals(CliFixtures.CUSTOMERS + 1, lines.size());
    Set<String> ids = new HashSet<>();
    double previous = 1.0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertTrue(ids.add(cells[0]), "duplicate " + cells[0]);
      double p = Double.parseDouble(cells[1]);
      assertTrue(p >= 0.0 && p <= 1.0, line);
      assertTrue(p <= previous, "not ranked at " + line);
      previous = p;
    }
    assertTrue(run.out().contains("Against the 300 labels in the file: ROC-AUC"), run.out());
  }

  @Test
  void aMappingThatReadsATrainedNumberAsACategoryIsRefusedNamingTheAttribute() throws IOException {
    CustomerSchema trained = SyntheticCustomers.SCHEMA;
    List<String> numeric = new ArrayList<>(trained.numericAttributes());
    numeric.remove("age");
    List<String> categorical = new ArrayList<>(trained.categoricalAttributes());
    categorical.add("age");
    Map<AttributeRole, String> roles = new EnumMap<>(trained.roles());
    roles.remove(AttributeRole.AGE);
    CustomerSchema swapped = new CustomerSchema("swapped", numeric, categorical, roles);
    Path mapping =
        Files.writeString(
            dir.resolve("swapped.mapping"),
            new CustomerCsvMapping("customer_id", "churned", swapped).toFileText());
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(
            "score",
            "--customers",
            t.customers().toString(),
            "--mapping",
            mapping.toString(),
            "-o",
            dir.toString(),
            "--model",
            t.output().resolve(RunFolder.MODEL).toString());
    assertEquals(RetentionCli.FAILED, run.exitCode(), run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(
        run.err().contains("'age' is categorical in the mapping but was numeric in training"),
        run.err());
    assertFalse(Files.exists(dir.resolve(RunFolder.SCORES)), "nothing is scored");
  }

  @Test
  void aFileOfCurrentCustomersWithoutTheLabelColumnIsScoredWithTheTrainingMapping()
      throws IOException {
    CliFixtures.Trained t = CliFixtures.trained();
    List<String> lines = Files.readAllLines(t.customers(), StandardCharsets.UTF_8);
    StringBuilder unlabelled = new StringBuilder();
    for (String line : lines) {
      unlabelled.append(line, 0, line.lastIndexOf(',')).append("\r\n");
    }
    Path current = Files.writeString(dir.resolve("current.csv"), unlabelled.toString());
    CliFixtures.Run run =
        CliFixtures.run(
            "score",
            "--customers",
            current.toString(),
            "--mapping",
            t.mapping().toString(),
            "-o",
            dir.toString(),
            "--model",
            t.output().resolve(RunFolder.MODEL).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        CliFixtures.CUSTOMERS + 1,
        Files.readAllLines(dir.resolve(RunFolder.SCORES), StandardCharsets.UTF_8).size());
    assertFalse(run.out().contains("ROC-AUC"), "no labels, no metrics: " + run.out());
  }

  @Test
  void aCustomerIdThatASpreadsheetWouldRunIsNeutralisedUnlessRawIsAsked() throws IOException {
    CliFixtures.Trained t = CliFixtures.trained();
    List<String> lines = Files.readAllLines(t.customers(), StandardCharsets.UTF_8);
    String first = lines.get(1);
    lines.set(
        1, "\"=HYPERLINK(\"\"http://evil.example\"\")\"" + first.substring(first.indexOf(',')));
    Path hostile = Files.write(dir.resolve("hostile.csv"), lines, StandardCharsets.UTF_8);
    for (boolean raw : new boolean[] {false, true}) {
      Path out = dir.resolve(raw ? "raw" : "safe");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "score",
                  "--customers",
                  hostile.toString(),
                  "--mapping",
                  t.mapping().toString(),
                  "-o",
                  out.toString(),
                  "--model",
                  t.output().resolve(RunFolder.MODEL).toString()));
      if (raw) {
        args.add("--raw-csv");
      }
      CliFixtures.Run run = CliFixtures.run(args.toArray(String[]::new));
      assertEquals(0, run.exitCode(), run.err());
      String text = Files.readString(out.resolve(RunFolder.SCORES), StandardCharsets.UTF_8);
      assertEquals(raw, text.contains("\r\n\"=HYPERLINK(\"\"http://evil.example\"\")\","), text);
      assertEquals(!raw, text.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\","), text);
      assertTrue(
          ResultReader.scores(out.resolve(RunFolder.SCORES)).stream()
              .anyMatch(s -> s.customer().value().equals("=HYPERLINK(\"http://evil.example\")")),
          "read back as written either way");
    }
  }

  @Test
  void theModelDefaultsToTheBundleInTheOutputFolder() {
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(t.on("score", "-o", t.output().toString(), "--show", "0"));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(t.output().resolve(RunFolder.MODEL).toString()), run.out());
  }

  @Test
  void aFileThatIsNotABundleFailsWithOneLineNamingIt() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.bundle"), "not a bundle at all");
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(t.on("score", "--model", fake.toString(), "-o", dir.toString()));
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("fake.bundle (--model) is not a usable model bundle"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aMissingBundleIsNamedWithItsOption() {
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(
            t.on("score", "--model", dir.resolve("none.bundle").toString(), "-o", dir.toString()));
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertTrue(run.err().contains("file not found: "), run.err());
    assertTrue(run.err().contains("none.bundle (--model)"), run.err());
  }

  @Test
  void customersWithoutAnAttributeTheModelWasTrainedOnAreRefused() {
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(
            "score",
            "--customers",
            t.customers().toString(),
            "--mapping",
            "netflix",
            "-o",
            t.output().toString(),
            "--model",
            t.output().resolve(RunFolder.MODEL).toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("lack the attributes [tenure_months]"), run.err());
  }

  @Test
  void aNegativeShowIsWrongUsage() {
    CliFixtures.Run run = CliFixtures.run("score", "--customers", "c.csv", "--show", "-1");
    assertEquals(RetentionCli.USAGE, run.exitCode());
    assertTrue(
        run.err().contains("Invalid value for option '--show': '-1' is not a whole number of at"),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliFixtures.Run run =
        CliFixtures.run("score", "--verbose", "--customers", dir.resolve("x.csv").toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void helpListsEveryOption() {
    CliFixtures.Run run = CliFixtures.run("score", "--help");
    assertEquals(0, run.exitCode());
    for (String option : List.of("--customers", "--mapping", "--model", "--output", "--show")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}
