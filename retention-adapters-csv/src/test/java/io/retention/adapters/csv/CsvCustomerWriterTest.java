package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.testing.TestCustomers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCustomerWriterTest {
  private static final CustomerCsvMapping MAPPING =
      new CustomerCsvMapping("customer_id", "churned", TestCustomers.SMALL_SCHEMA);

  @TempDir Path dir;

  private static List<Customer> read(Path file, CustomerCsvMapping mapping, List<ReadReport> out) {
    CsvReadOptions options = CsvReadOptions.DEFAULTS.withListener(out::add);
    try (Stream<Customer> s = new CsvCustomerSource(file, mapping, options).customers()) {
      return s.toList();
    }
  }

  @Test
  void customersReadBackEqualWithNoRejectedRow() {
    List<Customer> customers = TestCustomers.labelled(300, 3);
    Path file = dir.resolve("customers.csv");

    long written = new CsvCustomerWriter(MAPPING).write(file, customers.stream());

    List<ReadReport> reports = new ArrayList<>();
    assertEquals(customers, read(file, MAPPING, reports));
    assertEquals(300, written);
    assertEquals(0, reports.get(0).rejected());
    assertEquals(300, reports.get(0).accepted());
  }

  @Test
  void aMissingNumberIsABlankCellAndReadsBackMissing() throws IOException {
    Customer partial = Customer.builder("c1").categorical("plan", "basic").churned(true).build();
    CustomerCsvMapping mapping = new CustomerCsvMapping("id", "label", TestCustomers.SMALL_SCHEMA);
    Path file = dir.resolve("partial.csv");

    new CsvCustomerWriter(mapping).write(file, Stream.of(partial));

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("id,"), text);
    assertEquals(List.of(partial), read(file, mapping, new ArrayList<>()));
  }

  @Test
  void anUnlabelledCustomerCannotBeWrittenUnderALabelColumn() {
    Customer unknown = Customer.builder("c1").build();
    CsvCustomerWriter writer = new CsvCustomerWriter(MAPPING);
    Path file = dir.resolve("x.csv");
    assertThrows(IllegalArgumentException.class, () -> writer.write(file, Stream.of(unknown)));
    assertTrue(Files.notExists(file));
  }

  @Test
  void aMappingWithoutLabelWritesUnlabelledCustomers() {
    CustomerCsvMapping unlabelled =
        new CustomerCsvMapping(
            "customer_id", CustomerCsvMapping.NO_LABEL, TestCustomers.SMALL_SCHEMA);
    List<Customer> customers =
        TestCustomers.labelled(20, 5).stream()
            .map(c -> new Customer(c.id(), c.numeric(), c.categorical(), ChurnLabel.UNKNOWN))
            .toList();
    Path file = dir.resolve("u.csv");
    new CsvCustomerWriter(unlabelled).write(file, customers.stream());
    assertEquals(customers, read(file, unlabelled, new ArrayList<>()));
  }
}
