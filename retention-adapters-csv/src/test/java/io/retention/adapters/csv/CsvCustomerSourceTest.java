package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionException;
import io.retention.core.contract.CustomerSourceContract;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.CustomerSource;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvCustomerSourceTest extends CustomerSourceContract {

  static final CustomerCsvMapping MAPPING =
      new CustomerCsvMapping(
          "id",
          "churn",
          new CustomerSchema(
              "fixture",
              List.of("days", "fee"),
              List.of("plan"),
              Map.of(AttributeRole.RECENCY, "days", AttributeRole.PLAN, "plan")));

  static Path fixture(String name) {
    try {
      return Path.of(CsvCustomerSourceTest.class.getResource("/customers/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Customer> read(String name) {
    try (Stream<Customer> s = new CsvCustomerSource(fixture(name), MAPPING).customers()) {
      return s.toList();
    }
  }

  static InvalidDataException failure(String name) {
    return assertThrows(InvalidDataException.class, () -> read(name));
  }

  @Override
  protected CustomerSource createSource() {
    return new CsvCustomerSource(fixture("valid.csv"), MAPPING);
  }

  @Test
  void readsIdsLabelsNumbersAndCategories() {
    List<Customer> customers = read("valid.csv");
    assertEquals(4, customers.size());
    Customer c1 = customers.get(0);
    assertEquals("c1", c1.id().value());
    assertEquals(ChurnLabel.CHURNED, c1.label());
    assertEquals(OptionalDouble.of(3.0), c1.numericValue("days"));
    assertEquals("Basic", c1.categoricalValue("plan").orElseThrow());
    assertEquals(ChurnLabel.RETAINED, customers.get(2).label(), "'no' is retained");
    assertEquals(ChurnLabel.CHURNED, customers.get(3).label(), "'Yes' is churned");
  }

  @Test
  void aBlankNumberIsMissingNotZero() {
    assertEquals(OptionalDouble.empty(), read("valid.csv").get(2).numericValue("days"));
  }

  @Test
  void aBlankCategoryIsMissing() {
    assertTrue(read("valid.csv").get(3).categoricalValue("plan").isEmpty());
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreRead() {
    List<Customer> customers = read("bom-crlf.csv");
    assertEquals(2, customers.size());
    assertEquals("c1", customers.get(0).id().value());
  }

  @Test
  void aMissingColumnIsNamedWithTheHeadersFoundAndTheClosestMatch() {
    InvalidDataException e = failure("missing-column.csv");
    assertEquals("days", e.column());
    assertTrue(
        e.getMessage().contains("headers found: [id, dayz, fee, plan, churn]"), e.getMessage());
    assertTrue(e.getMessage().contains("closest match: 'dayz'"), e.getMessage());
    assertTrue(e.getMessage().contains("missing-column.csv"), e.getMessage());
  }

  @Test
  void aDuplicateIdIsReportedOnItsLine() {
    InvalidDataException e = failure("duplicate-id.csv");
    assertEquals(4, e.line());
    assertEquals("id", e.column());
    assertEquals("c1", e.value());
  }

  @Test
  void textInANumericColumnIsReportedWithFileLineColumnAndValue() {
    InvalidDataException e = failure("non-numeric.csv");
    assertEquals(3, e.line());
    assertEquals("days", e.column());
    assertEquals("three", e.value());
    assertTrue(e.source().endsWith("non-numeric.csv"));
    assertTrue(
        e.getMessage().endsWith("line 3, column 'days', value 'three': not a number"),
        e.getMessage());
  }

  @Test
  void nanAndInfinityAreRefused() {
    assertEquals("NaN", failure("nan.csv").value());
    InvalidDataException inf = failure("infinity.csv");
    assertEquals("fee", inf.column());
    assertEquals("not a finite number", inf.reason());
  }

  @Test
  void aWrongFieldCountIsReported() {
    InvalidDataException e = failure("wrong-field-count.csv");
    assertEquals(3, e.line());
    assertTrue(e.reason().contains("expected 5 fields"), e.reason());
  }

  @Test
  void anUnterminatedQuoteIsReported() {
    InvalidDataException e = failure("unterminated-quote.csv");
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("malformed CSV"), e.reason());
  }

  @Test
  void anEmptyFileIsReported() {
    assertTrue(failure("empty.csv").reason().contains("empty"));
  }

  @Test
  void aHeaderOnlyFileHasNoCustomers() {
    assertEquals(List.of(), read("header-only.csv"));
  }

  @Test
  void anUnknownLabelIsReported() {
    InvalidDataException e = failure("bad-label.csv");
    assertEquals("churn", e.column());
    assertEquals("maybe", e.value());
  }

  @Test
  void aBlankIdIsReported() {
    assertEquals("id", failure("blank-id.csv").column());
  }

  @Test
  void latin1IsReadWithAnExplicitCharset() {
    try (Stream<Customer> s =
        new CsvCustomerSource(fixture("latin1.csv"), MAPPING, StandardCharsets.ISO_8859_1)
            .customers()) {
      assertEquals("Café", s.toList().get(0).categoricalValue("plan").orElseThrow());
    }
  }

  @Test
  void lineNumbersCountPhysicalLinesPastQuotedNewlines() {
    InvalidDataException e = failure("quoted-newline.csv");
    assertEquals(4, e.line());
    assertEquals("x", e.value());
  }

  @Test
  void aMissingFileIsAClearError() {
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> new CsvCustomerSource(Path.of("no-such-file.csv"), MAPPING).customers());
    assertTrue(e.getMessage().contains("no-such-file.csv"), e.getMessage());
  }

  @Test
  void presetsAreFoundByNameAndUnknownNamesListTheKnownOnes() {
    assertEquals(CustomerCsvMapping.TELCO, CustomerCsvMapping.preset("Telco"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CustomerCsvMapping.preset("acme"));
    assertTrue(e.getMessage().contains("netflix, telco, bank"));
  }

  @Test
  void idAndLabelColumnsCanNeverBeAttributes() {
    CustomerSchema leaky = new CustomerSchema("l", List.of("churn"), List.of(), Map.of());
    assertThrows(
        IllegalArgumentException.class, () -> new CustomerCsvMapping("id", "churn", leaky));
    assertThrows(
        IllegalArgumentException.class, () -> new CustomerCsvMapping("id", "id", MAPPING.schema()));
  }

  @Test
  void closestMatchIgnoresCaseAndGivesUpWhenNothingIsClose() {
    assertEquals("Churn", CsvTable.closestMatch("churn", List.of("Churn", "id")).orElseThrow());
    assertFalse(CsvTable.closestMatch("monthly_fee", List.of("a", "b")).isPresent());
  }
}
