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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path dir;

  @Test
  void explainsEveryCustomerWithTheTopContributionsOfTheSavedModel() throws IOException {
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(
            t.on(
                "explain",
                "--model",
                t.output().resolve(RunFolder.MODEL).toString(),
                "--top",
                "3",
                "--show",
                "2",
                "-o",
                dir.toString()));
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines =
        Files.readAllLines(dir.resolve(RunFolder.EXPLANATIONS), StandardCharsets.UTF_8);
    assertEquals(
        "customer_id,feature,value,contribution,base_value,prediction,space", lines.get(0));
    Map<String, Integer> perCustomer = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      perCustomer.merge(cells[0], 1, Integer::sum);
      assertTrue(Double.isFinite(Double.parseDouble(cells[3])), line);
    }
    assertEquals(CliFixtures.CUSTOMERS, perCustomer.size());
    assertTrue(
        perCustomer.values().stream().allMatch(n -> n >= 1 && n <= 3), perCustomer::toString);
    assertEquals(
        2, run.out().lines().filter(l -> l.contains("(churn probability ")).count(), run.out());
    assertTrue(run.err().contains("Explaining 300 customers"), run.err());
  }

  @Test
  void aTopOfZeroIsWrongUsage() {
    CliFixtures.Trained t = CliFixtures.trained();
    CliFixtures.Run run =
        CliFixtures.run(t.on("explain", "--top", "0", "-o", t.output().toString()));
    assertEquals(RetentionCli.USAGE, run.exitCode());
    assertTrue(
        run.err()
            .contains("Invalid value for option '--top': '0' is not a whole number of at least 1"),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void helpListsEveryOption() {
    CliFixtures.Run run = CliFixtures.run("explain", "--help");
    assertEquals(0, run.exitCode());
    for (String option : List.of("--customers", "--mapping", "--model", "--top", "--show")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}
