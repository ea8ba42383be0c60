package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

  @TempDir Path dir;

  /** What one run of the command line printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RetentionCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theDemoWritesTheResultsFolderAndPrintsTheHoldOutAucAndTheChosenModel() throws IOException {
    Path output = dir.resolve("out");
    Run run = run("demo", "--size", "2000", "--seed", "42", "--output", output.toString());
    assertEquals(0, run.exitCode(), run.err());

    Matcher auc = Pattern.compile("ROC-AUC (\\d\\.\\d{3})").matcher(run.out());
    assertTrue(auc.find(), run.out());
    assertTrue(auc.find(), "the fold figures come first, then the hold-out's: " + run.out());
    Matcher holdOut =
        Pattern.compile("Hold-out: 400 customers.*ROC-AUC (\\d\\.\\d{3})").matcher(run.out());
    assertTrue(holdOut.find(), run.out());
    double rocAuc = Double.parseDouble(holdOut.group(1));
    assertTrue(rocAuc >= 0.75 && rocAuc <= 0.95, "hold-out ROC-AUC " + rocAuc);
    RunSummary summary = new RunFolder(output).readSummary();
    assertEquals(rocAuc, summary.holdOut().rocAuc(), 0.0005);
    assertTrue(run.out().contains("Chose " + summary.model().chosen()), run.out());
    for (String file : summary.files().values()) {
      assertTrue(run.out().contains("  " + file), file + " missing from:\n" + run.out());
    }
    String report = Files.readString(output.resolve(RunFolder.REPORT), StandardCharsets.UTF_8);
    assertTrue(report.contains("<svg") && report.contains(summary.model().chosen()), "report.html");
    assertTrue(run.out().contains("  " + RunFolder.REPORT), run.out());

    List<String> lines = Files.readAllLines(output.resolve("scores.csv"), StandardCharsets.UTF_8);
    assertEquals("customer_id,churn_probability", lines.get(0));
    assertEquals(2001, lines.size(), "a header and every generated customer");
    List<Double> probabilities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      int comma = line.indexOf(',');
      assertTrue(ids.add(line.substring(0, comma)), "duplicate " + line);
      double p = Double.parseDouble(line.substring(comma + 1));
      assertTrue(p >= 0.0 && p <= 1.0, line);
      probabilities.add(p);
    }
    for (int i = 1; i < probabilities.size(); i++) {
      assertTrue(probabilities.get(i - 1) >= probabilities.get(i), "not ranked at row " + i);
    }
  }

  @Test
  void aTestFractionOutsideZeroToOneIsAUsageError() {
    assertEquals(2, run("demo", "--test-fraction", "1.5", "-o", dir.toString()).exitCode());
    assertEquals(2, run("demo", "--size", "0", "-o", dir.toString()).exitCode());
  }

  @Test
  void theDemoRunsOnACustomerFileWithAPreset() throws IOException {
    Path csv = dir.resolve("customers.csv");
    StringBuilder sb =
        new StringBuilder(
            "customer_id,age,gender,subscription_type,watch_hours,last_login_days,region,device,"
                + "monthly_fee,churned,payment_method,number_of_profiles,avg_watch_time_per_day,"
                + "favorite_genre\r\n");
    for (int i = 0; i < 200; i++) {
      boolean churned = i % 3 == 0;
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "id-%d,%d,Male,Basic,%.1f,%d,Europe,TV,8.99,%d,PayPal,2,%.2f,Drama\r\n",
              i,
              20 + i % 40,
              churned ? 3.0 + i % 5 : 20.0 + i % 7,
              churned ? 30 + i % 20 : i % 10,
              churned ? 1 : 0,
              churned ? 0.1 : 1.5));
    }
    Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
    Run run =
        run("demo", "--customers", csv.toString(), "--preset", "netflix", "-o", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Read 200 customers"), run.out());
    assertEquals(201, Files.readAllLines(dir.resolve("scores.csv")).size());
    assertTrue(run.out().contains("Hold-out: 40 customers"), run.out());
  }

  @Test
  void aTitlesFileAddsRecommendationsForEveryCustomerAndTheContentSummary() throws IOException {
    Path titles = dir.resolve("titles.csv");
    String[] genres = {
      "Dramas", "Comedies", "Horror Movies", "Documentaries", "Action & Adventure"
    };
    StringBuilder sb =
        new StringBuilder(
            "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,"
                + "listed_in,description\r\n");
    for (int t = 1; t <= 30; t++) {
      boolean show = t % 4 == 0;
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "s%d,%s,Title %d,,,,\"March %d, 2021\",%d,TV-MA,%s,%s,\"A tale of %s, part %d\"\r\n",
              t,
              show ? "TV Show" : "Movie",
              t,
              t % 28 + 1,
              2010 + t % 8,
              show ? "2 Seasons" : (80 + t) + " min",
              genres[t % genres.length],
              genres[t % genres.length].toLowerCase(java.util.Locale.ROOT),
              t));
    }
    Files.writeString(titles, sb.toString(), StandardCharsets.UTF_8);
    Path output = dir.resolve("out");
    Run run = run("demo", "--size", "600", "--titles", titles.toString(), "-o", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("30 titles"), run.out());
    assertTrue(run.out().contains("  recommendations.csv"), run.out());
    RunSummary summary = new RunFolder(output).readSummary();
    assertEquals(30, summary.data().titles());
    assertEquals(
        30, summary.content().typeByYear().stream().mapToLong(y -> y.movies() + y.tvShows()).sum());
    long customers =
        Files.readAllLines(output.resolve("recommendations.csv")).stream()
            .skip(1)
            .map(line -> line.substring(0, line.indexOf(',')))
            .distinct()
            .count();
    assertEquals(600, customers, "cold starts by favourite genre for everyone");
  }

  @Test
  void badDataFailsWithOneClearLineAndExitCodeOne() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "customerID,Churn\r\nA,Yes\r\n", StandardCharsets.UTF_8);
    Run run =
        run(
            "demo",
            "--customers",
            csv.toString(),
            "--preset",
            "telco",
            "--no-progress",
            "-o",
            dir.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("bad.csv, line 1, column 'SeniorCitizen'"), run.err());
    assertTrue(run.err().contains("required column is missing"), run.err());
  }

  @Test
  void verboseShowsTheStackTrace() {
    Path missing = dir.resolve("x.csv");
    Run run = run("demo", "--verbose", "--customers", missing.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertTrue(
        run.err().startsWith("retention: error: file not found: " + missing + " (--customers)"),
        run.err());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void anUnknownPresetIsWrongUsageNamingTheKnownOnes() {
    Run run = run("demo", "--preset", "acme", "--customers", "x.csv");
    assertEquals(RetentionCli.USAGE, run.exitCode());
    assertTrue(
        run.err().contains("'--preset': 'acme' is not one of netflix, telco, bank"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void anOutputThatIsAFileFailsBeforeAnyWork() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Run run = run("demo", "--size", "50", "--no-progress", "-o", file.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(
        "retention: error: "
            + file
            + " (--output) is a file, not a folder"
            + " (use --verbose for details)",
        run.err().strip());
    assertEquals("", run.out());
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertEquals(2, run("demo", "--size", "many").exitCode());
    Run fraction = run("demo", "--test-fraction", "1");
    assertEquals(2, fraction.exitCode());
    assertTrue(
        fraction.err().contains("Invalid value for option '--test-fraction': '1' is not a number"),
        fraction.err());
    assertTrue(fraction.err().contains("Try 'retention demo --help'"), fraction.err());
    assertEquals(2, run("no-such-command").exitCode());
    assertEquals(2, run().exitCode());
  }

  @Test
  void helpExplainsEveryOption() {
    Run run = run("demo", "--help");
    assertEquals(0, run.exitCode());
    for (String option :
        List.of(
            "--customers",
            "--preset",
            "--titles",
            "--size",
            "--seed",
            "--test-fraction",
            "--output")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
    assertTrue(run("--help").out().contains("Exit codes"));
  }
}
