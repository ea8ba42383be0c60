package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Small files for the command-line tests: generated customers written as CSV, a mapping file, a
 * MovieLens-style catalog with ratings, and one model trained once for every test that needs it.
 */
final class CliFixtures {
  /** Customers in the shared training file. */
  static final int CUSTOMERS = 300;

  private static Trained trained;

  private CliFixtures() {}

  /** What one run of the command line printed and returned. */
  record Run(int exitCode, String out, String err) {}

  /** Runs the command line with captured standard output and error. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RetentionCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Writes generated customers in the Netflix churn layout plus {@code tenure_months}.
   *
   * @param file the CSV file
   * @param count how many customers
   * @param seed the generator's seed
   * @return the file
   */
  static Path writeCustomers(Path file, int count, long seed) {
    CustomerSchema schema = SyntheticCustomers.SCHEMA;
    List<String> header = new ArrayList<>();
    header.add("customer_id");
    header.addAll(schema.numericAttributes());
    header.addAll(schema.categoricalAttributes());
    header.add("churned");
    StringBuilder sb = new StringBuilder(String.join(",", header)).append("\r\n");
    try (Stream<Customer> customers = new SyntheticCustomers(count, seed).customers()) {
      customers.forEach(
          c -> {
            List<String> cells = new ArrayList<>();
            cells.add(c.id().value());
            for (String a : schema.numericAttributes()) {
              cells.add(
                  c.numericValue(a).isPresent()
                      ? String.format(Locale.ROOT, "%.4f", c.numericValue(a).getAsDouble())
                      : "");
            }
            for (String a : schema.categoricalAttributes()) {
              cells.add(c.categoricalValue(a).orElse(""));
            }
            cells.add(c.churned() ? "1" : "0");
            sb.append(String.join(",", cells)).append("\r\n");
          });
    }
    return write(file, sb.toString());
  }

  /**
   * Writes the mapping file of {@link #writeCustomers}' layout.
   *
   * @param file the mapping file
   * @return the file
   */
  static Path writeMapping(Path file) {
    return write(
        file,
        new CustomerCsvMapping("customer_id", "churned", SyntheticCustomers.SCHEMA).toFileText());
  }

  /**
   * Writes a MovieLens-style catalog ({@code movies.csv}) of 40 titles and seeded ratings of 25
   * users ({@code ratings.csv}) into a folder.
   *
   * @param dir the folder
   */
  static void writeMovieLens(Path dir) {
    String[] genres = {"Action", "Comedy", "Drama", "Horror", "Romance", "Sci-Fi", "Documentary"};
    StringBuilder movies = new StringBuilder("movieId,title,genres\r\n");
    for (int m = 1; m <= 40; m++) {
      movies.append(
          String.format(
              Locale.ROOT,
              "%d,\"Film %d, The (%d)\",%s|%s\r\n",
              m,
              m,
              1980 + m,
              genres[m % genres.length],
              genres[(m / 3) % genres.length]));
    }
    write(dir.resolve("movies.csv"), movies.toString());
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\r\n");
    for (int u = 1; u <= 25; u++) {
      int first = 1 + random.nextInt(40);
      for (int k = 0; k < 8; k++) {
        int movie = 1 + (first + k * (1 + u % 5)) % 40;
        double rating = 0.5 * (1 + random.nextInt(10));
        ratings.append(
            String.format(
                Locale.ROOT, "%d,%d,%.1f,%d\r\n", u, movie, rating, 964_982_703L + 3600L * k));
      }
    }
    write(dir.resolve("ratings.csv"), ratings.toString());
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shared trained model: {@link #CUSTOMERS} generated customers, their mapping file, and the
   * folder {@code retention train} wrote into (three folds, 20 trees), trained on first use.
   *
   * @return the files
   */
  static synchronized Trained trained() {
    if (trained == null) {
      try {
        Path dir = Files.createTempDirectory("retention-cli-test");
        dir.toFile().deleteOnExit();
        Path customers = writeCustomers(dir.resolve("customers.csv"), CUSTOMERS, 7);
        Path mapping = writeMapping(dir.resolve("customers.mapping"));
        Path output = dir.resolve("out");
        Run run =
            run(
                "train",
                "--customers",
                customers.toString(),
                "--mapping",
                mapping.toString(),
                "--folds",
                "3",
                "--trees",
                "20",
                "-o",
                output.toString());
        assertEquals(0, run.exitCode(), run.err());
        trained = new Trained(customers, mapping, output, run);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trained;
  }

  /**
   * The files of the shared training run.
   *
   * @param customers the customers CSV
   * @param mapping the mapping file
   * @param output the folder train wrote into
   * @param run what train printed
   */
  record Trained(Path customers, Path mapping, Path output, Run run) {
    /** The arguments of a command on these customers: the command, their file and mapping, more. */
    String[] on(String command, String... more) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  command, "--customers", customers.toString(), "--mapping", mapping.toString()));
      args.addAll(List.of(more));
      return args.toArray(String[]::new);
    }
  }
}
