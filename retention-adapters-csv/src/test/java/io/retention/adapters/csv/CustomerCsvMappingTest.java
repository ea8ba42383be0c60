package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionException;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerCsvMappingTest {

  @TempDir Path dir;

  @Test
  void everyPresetWritesAFileThatReadsBackEqual() {
    for (CustomerCsvMapping preset :
        List.of(CustomerCsvMapping.NETFLIX, CustomerCsvMapping.TELCO, CustomerCsvMapping.BANK)) {
      assertEquals(preset, CustomerCsvMapping.parse(preset.toFileText(), "preset"));
    }
  }

  @Test
  void aMappingFileIsLoadedWithCommentsBlankLinesAndRolesInAnyCase() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("m.mapping"),
            String.join(
                "\n",
                "# my file",
                "",
                "schema = fixture",
                "id = id",
                "label = churn",
                "numeric = days, fee",
                "categorical = plan",
                "non_negative = fee",
                "blank_number = reject",
                "role.recency = days",
                "role.Plan = plan"));
    CustomerCsvMapping m = CustomerCsvMapping.load(file);
    assertEquals(
        new CustomerCsvMapping(
            "id",
            "churn",
            new CustomerSchema(
                "fixture",
                List.of("days", "fee"),
                List.of("plan"),
                Map.of(AttributeRole.RECENCY, "days", AttributeRole.PLAN, "plan")),
            List.of("fee"),
            BlankNumberRule.REJECT),
        m);
  }

  @Test
  void aFileWithoutALabelKeyMapsUnlabelledCustomers() {
    CustomerCsvMapping m = CustomerCsvMapping.parse("schema = s\nid = id\nnumeric = a", "t");
    assertTrue(!m.hasLabel());
    assertEquals(BlankNumberRule.MISSING, m.blankNumbers());
    assertEquals(m, CustomerCsvMapping.parse(m.toFileText(), "t"));
  }

  @Test
  void anUnknownKeyIsReportedWithItsLineAndTheClosestKnownKey() {
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () -> CustomerCsvMapping.parse("schema = s\nid = id\nnumerik = a", "m.txt"));
    assertEquals(3, e.line());
    assertEquals("numerik", e.column());
    assertTrue(e.reason().contains("closest match: 'numeric'"), e.reason());
  }

  @Test
  void malformedMappingFilesAreRefusedWithTheReason() {
    assertEquals(
        "expected 'key = value'",
        assertThrows(InvalidDataException.class, () -> CustomerCsvMapping.parse("id", "m"))
            .reason());
    assertEquals(
        "key given twice",
        assertThrows(
                InvalidDataException.class,
                () -> CustomerCsvMapping.parse("schema = s\nid = a\nid = b", "m"))
            .reason());
    assertEquals(
        "schema",
        assertThrows(InvalidDataException.class, () -> CustomerCsvMapping.parse("id = a", "m"))
            .column());
    assertTrue(
        assertThrows(
                InvalidDataException.class,
                () -> CustomerCsvMapping.parse("schema = s\nid = a\nrole.colour = a", "m"))
            .reason()
            .startsWith("unknown role"));
    assertEquals(
        "expected 'missing' or 'reject'",
        assertThrows(
                InvalidDataException.class,
                () -> CustomerCsvMapping.parse("schema = s\nid = a\nblank_number = zero", "m"))
            .reason());
    assertTrue(
        assertThrows(
                InvalidDataException.class,
                () -> CustomerCsvMapping.parse("schema = s\nid = a\nnon_negative = b", "m"))
            .reason()
            .startsWith("inconsistent mapping"));
  }

  @Test
  void aMissingMappingFileIsAClearError() {
    RetentionException e =
        assertThrows(
            RetentionException.class, () -> CustomerCsvMapping.load(dir.resolve("none.mapping")));
    assertTrue(e.getMessage().contains("none.mapping"), e.getMessage());
  }

  @Test
  void nonNegativeColumnsMustBeDistinctNumericAttributes() {
    CustomerCsvMapping base = CsvCustomerSourceTest.MAPPING;
    assertThrows(IllegalArgumentException.class, () -> base.withNonNegative(List.of("plan")));
    assertThrows(
        IllegalArgumentException.class, () -> base.withNonNegative(List.of("days", "days")));
  }

  @Test
  void theBankPresetReadsAChurnModellingFile() throws Exception {
    Path file =
        Path.of(CustomerCsvMappingTest.class.getResource("/customers/bank-sample.csv").toURI());
    try (Stream<Customer> s = new CsvCustomerSource(file, CustomerCsvMapping.BANK).customers()) {
      List<Customer> customers = s.toList();
      assertEquals(8, customers.size());
      assertEquals("15634602", customers.get(0).id().value());
      assertEquals(4, customers.stream().filter(Customer::churned).count());
      assertEquals("Germany", customers.get(7).categoricalValue("Geography").orElseThrow());
    }
  }
}
