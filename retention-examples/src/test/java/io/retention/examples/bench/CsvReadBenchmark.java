package io.retention.examples.bench;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading 1M generated rows of the Netflix churn layout into {@link Customer} objects with {@link
 * CsvCustomerSource} (one thread), beside the reference: Apache Commons CSV tokenizing the same
 * file and touching every field, with no mapping. Scores are rows per second; MB/s is rows per
 * second times the mean row size printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvReadBenchmark {
  private static final int ROWS = 1_000_000;
  private static final long SEED = 42;
  private static final List<String> HEADER =
      List.of(
          "customer_id",
          "age",
          "gender",
          "subscription_type",
          "watch_hours",
          "last_login_days",
          "region",
          "device",
          "monthly_fee",
          "churned",
          "payment_method",
          "number_of_profiles",
          "avg_watch_time_per_day",
          "favorite_genre");

  private Path file;

  /**
   * Writes the generated rows to a temporary file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("netflix-churn-1m", ".csv");
    CustomerSchema schema = CustomerSchema.NETFLIX;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Stream<Customer> customers = new SyntheticCustomers(ROWS, SEED).customers()) {
      w.write(String.join(",", HEADER));
      w.write("\r\n");
      StringBuilder sb = new StringBuilder();
      for (Customer c : (Iterable<Customer>) customers::iterator) {
        sb.setLength(0);
        for (int i = 0; i < HEADER.size(); i++) {
          String column = HEADER.get(i);
          if (i > 0) {
            sb.append(',');
          }
          if (column.equals("customer_id")) {
            sb.append(c.id().value());
          } else if (column.equals("churned")) {
            sb.append(c.churned() ? '1' : '0');
          } else if (schema.numericAttributes().contains(column)) {
            c.numericValue(column).ifPresent(sb::append);
          } else {
            sb.append(c.categoricalValue(column).orElse(""));
          }
        }
        w.write(sb.append("\r\n").toString());
      }
    }
    long bytes = Files.size(file);
    System.out.printf(
        Locale.ROOT,
        "%n%d rows, %.1f MB, %.1f bytes per row%n",
        ROWS,
        bytes / 1e6,
        (double) bytes / ROWS);
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads every row into a customer through the Netflix preset: header check, field count, ids
   * distinct, label, six numbers and six categories per row.
   *
   * @param sink keeps the customers alive
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void mapToCustomers(Blackhole sink) {
    try (Stream<Customer> customers =
        new CsvCustomerSource(file, CustomerCsvMapping.NETFLIX).customers()) {
      customers.forEach(sink::consume);
    }
  }

  /**
   * The reference: Commons CSV splits every row into fields and every field is touched.
   *
   * @param sink keeps the fields alive
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void tokenizeOnly(Blackhole sink) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
      for (CSVRecord r : parser) {
        for (int i = 0; i < r.size(); i++) {
          sink.consume(r.get(i));
        }
      }
    }
  }
}
