package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random and mutated inputs to the CSV reader and the mapping parser give a result or a {@link
 * RetentionException} with a message, never another exception, and every row read is accounted for.
 * The number of tries is {@code jqwik.tries.default} ({@code junit-platform.properties}; more with
 * {@code -Djqwik.tries.default=N}).
 */
class ReaderFuzzTest {
  private static final byte[] VALID = read("/customers/valid.csv");
  private static final String MAPPING_TEXT =
      CsvCustomerSourceTest.MAPPING.withNonNegative(List.of("days")).toFileText();

  private static byte[] read(String resource) {
    try (var in = ReaderFuzzTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readsOrFailsClearly(byte[] content, BadRowPolicy policy) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    Path file = dir.resolve("customers.csv");
    try {
      Files.write(file, content);
      List<ReadReport> reports = new ArrayList<>();
      CsvReadOptions options =
          CsvReadOptions.DEFAULTS.withPolicy(policy).withListener(reports::add);
      long n;
      try (Stream<Customer> s =
          new CsvCustomerSource(file, CsvCustomerSourceTest.MAPPING, options).customers()) {
        n = s.count();
      } catch (RetentionException e) {
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a message");
        return;
      }
      // The report comes when the stream closes; the constructor enforces read = kept + rejected.
      assertEquals(1, reports.size());
      assertEquals(n, reports.get(0).accepted());
    } finally {
      try (Stream<Path> left = Files.list(dir)) {
        for (Path p : (Iterable<Path>) left::iterator) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Property
  void anyBytesReadOrFailWithAMessage(@ForAll @Size(max = 600) byte[] bytes) throws IOException {
    readsOrFailsClearly(bytes, BadRowPolicy.FAIL_FAST);
  }

  @Property
  void mutatedCustomerFilesReadOrFailWithAMessage(@ForAll long seed) throws IOException {
    readsOrFailsClearly(Mutations.mutate(VALID, seed), BadRowPolicy.FAIL_FAST);
  }

  @Property
  void mutatedCustomerFilesAreQuarantinedRowByRowAndAccountedFor(@ForAll long seed)
      throws IOException {
    readsOrFailsClearly(Mutations.mutate(VALID, seed), BadRowPolicy.QUARANTINE);
  }

  @Property
  void mutatedMappingFilesParseOrFailWithAMessage(@ForAll long seed) {
    String text =
        new String(
            Mutations.mutate(MAPPING_TEXT.getBytes(StandardCharsets.UTF_8), seed),
            StandardCharsets.UTF_8);
    try {
      CustomerCsvMapping parsed = CustomerCsvMapping.parse(text, "fuzz.mapping");
      assertEquals(parsed, CustomerCsvMapping.parse(parsed.toFileText(), "again.mapping"));
    } catch (RetentionException e) {
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Property
  void anyTextAsAMappingParsesOrFailsWithAMessage(@ForAll @Size(max = 300) String text) {
    try {
      CustomerCsvMapping.parse(text, "fuzz.mapping");
    } catch (RetentionException e) {
      assertFalse(e.getMessage().isBlank());
    }
  }
}
