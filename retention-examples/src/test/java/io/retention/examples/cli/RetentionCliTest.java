package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.RetentionIoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one failure contract of every subcommand: 0 success; 1 failed work, in one line naming what
 * failed (the stack trace only with {@code --verbose}); 2 a wrong command line, with a message
 * naming the option and the value and a hint to {@code --help}.
 */
class RetentionCliTest {
  @TempDir Path dir;

  /** A bad value of a numeric or choice option in each subcommand. */
  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("demo", "--size", "0", "demo"),
        Arguments.of("demo", "--size", "-3", "demo"),
        Arguments.of("demo", "--seed", "forty-two", "demo"),
        Arguments.of("demo", "--test-fraction", "0", "demo"),
        Arguments.of("demo", "--test-fraction", "NaN", "demo"),
        Arguments.of("demo", "--preset", "acme", "demo"),
        Arguments.of("infer-mapping", "--sample", "-1", "infer-mapping c.csv"),
        Arguments.of("train", "--folds", "0", "train --customers c.csv"),
        Arguments.of("train", "--trees", "-5", "train --customers c.csv"),
        Arguments.of("train", "--seed", "1.5", "train --customers c.csv"),
        Arguments.of("train", "--calibration", "magic", "train --customers c.csv"),
        Arguments.of("train", "--mapping", "acme", "train --customers c.csv"),
        Arguments.of("score", "--show", "-1", "score --customers c.csv"),
        Arguments.of("score", "--mapping", "no-such.mapping", "score --customers c.csv"),
        Arguments.of("explain", "--top", "-5", "explain --customers c.csv"),
        Arguments.of("explain", "--show", "few", "explain --customers c.csv"),
        Arguments.of("segment", "--k", "1", "segment --customers c.csv"),
        Arguments.of("segment", "--min-k", "0", "segment --customers c.csv"),
        Arguments.of("segment", "--max-k", "x", "segment --customers c.csv"),
        Arguments.of("segment", "--seed", "s", "segment --customers c.csv"),
        Arguments.of("segment", "--criterion", "gut", "segment --customers c.csv"),
        Arguments.of("recommend", "--top", "0", "recommend --titles t.csv --activity a.csv"),
        Arguments.of("recommend", "--catalog", "imdb", "recommend --titles t.csv --activity a.csv"),
        Arguments.of(
            "recommend", "--genre-mapping", "all", "recommend --titles t.csv --activity a.csv"),
        Arguments.of(
            "recommend", "--activity-mapping", "x", "recommend --titles t.csv --activity a.csv"),
        Arguments.of("plan", "--budget", "-5", "plan --customers c.csv"),
        Arguments.of("plan", "--budget", "Infinity", "plan --customers c.csv"),
        Arguments.of("plan", "--drivers", "-1", "plan --customers c.csv"),
        Arguments.of("plan", "--show", "-2", "plan --customers c.csv"),
        Arguments.of("dashboard", "--port", "65536", "dashboard"),
        Arguments.of("dashboard", "--port", "-1", "dashboard"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("badValues")
  void aBadOptionValueIsWrongUsageNamingTheOptionAndTheValue(
      String command, String option, String value, String before) {
    List<String> args = new ArrayList<>(List.of(before.split(" ")));
    args.add(option);
    args.add(value);
    CliFixtures.Run run = CliFixtures.run(args.toArray(String[]::new));

    assertEquals(RetentionCli.USAGE, run.exitCode(), run.err());
    String first = run.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("Invalid value for option '" + option + "'"), run.err());
    assertTrue(first.contains("'" + value + "'"), run.err());
    assertTrue(
        run.err().contains("Try 'retention " + command + " --help' for more information."),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void wrongUsageWithoutAValueIsAlsoTwo() {
    CliFixtures.Run none = CliFixtures.run();
    assertEquals(RetentionCli.USAGE, none.exitCode());
    assertTrue(none.err().startsWith("Missing subcommand"), none.err());
    CliFixtures.Run typo = CliFixtures.run("score", "--customers", "c.csv", "--shwo", "3");
    assertEquals(RetentionCli.USAGE, typo.exitCode());
    assertTrue(typo.err().startsWith("Unknown options: '--shwo'"), typo.err());
    assertTrue(
        typo.err().contains("Possible solutions: --show"), "suggests the option: " + typo.err());
    CliFixtures.Run missing = CliFixtures.run("recommend", "--titles", "t.csv");
    assertEquals(RetentionCli.USAGE, missing.exitCode());
    assertTrue(missing.err().contains("--activity"), missing.err());
  }

  /** Each writing subcommand, on the shared trained customers, with {@code -o} at the end. */
  static Stream<Arguments> writingCommands() {
    return Stream.of(
        Arguments.of("train", List.of("--folds", "2", "--trees", "2")),
        Arguments.of("score", List.of()),
        Arguments.of("explain", List.of()),
        Arguments.of("segment", List.of("--k", "2")),
        Arguments.of("plan", List.of("--drivers", "0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writingCommands")
  void anOutputFolderThatIsAFileFailsWithOneLineNamingIt(String command, List<String> options)
      throws IOException {
    CliFixtures.Trained t = CliFixtures.trained();
    Path file = Files.writeString(dir.resolve("results"), "not a folder");
    List<String> more = new ArrayList<>(options);
    if (!command.equals("train") && !command.equals("segment")) {
      more.addAll(List.of("--model", t.output().resolve(RunFolder.MODEL).toString()));
    }
    more.addAll(List.of("--no-progress", "-o", file.toString()));
    CliFixtures.Run run = CliFixtures.run(t.on(command, more.toArray(String[]::new)));

    assertEquals(RetentionCli.FAILED, run.exitCode(), run.err());
    assertEquals(
        "retention: error: "
            + file
            + " (--output) is a file, not a folder (use --verbose for details)",
        run.err().strip());
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void recommendingIntoAnOutputFolderThatIsAFileFailsWithOneLineNamingIt() throws IOException {
    CliFixtures.writeMovieLens(dir);
    Path file = Files.writeString(dir.resolve("results"), "x");
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
            "-o",
            file.toString());

    assertEquals(RetentionCli.FAILED, run.exitCode(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(file + " (--output) is a file, not a folder"), run.err());
  }

  @Test
  void aFolderInsideAFileCannotBeCreatedAndTheLineNamesIt() throws IOException {
    CliFixtures.Trained t = CliFixtures.trained();
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Path output = file.resolve("out");
    CliFixtures.Run run =
        CliFixtures.run(
            t.on(
                "score",
                "--model",
                t.output().resolve(RunFolder.MODEL).toString(),
                "-o",
                output.toString()));

    assertEquals(RetentionCli.FAILED, run.exitCode(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(
        run.err().startsWith("retention: error: cannot create the folder " + output), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aMissingOrFolderInputFailsWithOneLineNamingItAndItsOption() throws IOException {
    Path missing = dir.resolve("none.csv");
    CliFixtures.Run run = CliFixtures.run("train", "--customers", missing.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(
        "retention: error: file not found: "
            + missing
            + " (--customers) (use --verbose for details)",
        run.err().strip());

    Path folder = Files.createDirectories(dir.resolve("folder.csv"));
    CliFixtures.Run segment =
        CliFixtures.run("segment", "--customers", folder.toString(), "-o", dir.toString());
    assertEquals(RetentionCli.FAILED, segment.exitCode());
    assertEquals(1, segment.err().strip().lines().count(), segment.err());
    assertTrue(
        segment.err().contains(folder + " (--customers) is a folder, not a file"), segment.err());
  }

  @Test
  void anUnreadableInputFailsWithOneLineNamingIt() throws IOException {
    Path file = CliFixtures.writeCustomers(dir.resolve("locked.csv"), 10, 1);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "this user reads files whatever their permissions");
    CliFixtures.Run run = CliFixtures.run("segment", "--customers", file.toString());
    assertEquals(RetentionCli.FAILED, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("cannot read " + file + ": permission denied"), run.err());
  }

  @Test
  void verboseAddsTheStackTraceAfterTheSameLine() throws IOException {
    Path file = Files.writeString(dir.resolve("results"), "x");
    String[] args = {"demo", "--size", "20", "-o", file.toString()};
    CliFixtures.Run quiet = CliFixtures.run(args);
    List<String> verboseArgs = new ArrayList<>(List.of(args));
    verboseArgs.add("--verbose");
    CliFixtures.Run verbose = CliFixtures.run(verboseArgs.toArray(String[]::new));

    assertEquals(RetentionCli.FAILED, verbose.exitCode());
    String line = "retention: error: " + file + " (--output) is a file, not a folder";
    assertEquals(line + " (use --verbose for details)", quiet.err().strip());
    assertEquals(line, verbose.err().lines().findFirst().orElse(""));
    assertTrue(
        verbose.err().contains(RetentionIoException.class.getName() + ": " + file), verbose.err());
    assertTrue(verbose.err().contains("\tat io.retention.examples.cli."), verbose.err());
  }

  @Test
  void aFailureOutsideTheDomainIsNamedByItsType() {
    assertEquals("error: bad data", RetentionCli.describe(new RetentionException("bad data")));
    assertEquals("error: no k", RetentionCli.describe(new IllegalArgumentException("no k")));
    assertEquals(
        "unexpected error (IllegalStateException): broken",
        RetentionCli.describe(new IllegalStateException("broken")));
    assertEquals(
        "unexpected error (NullPointerException): java.lang.NullPointerException",
        RetentionCli.describe(new NullPointerException()));
  }
}
