package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.InvalidDataException;
import io.retention.core.RetentionIoException;
import io.retention.core.contract.CustomerSourceContract;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.port.out.CustomerSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  static final CustomerCsvMapping STRICT = MAPPING.withNonNegative(List.of("days", "fee"));

  @TempDir Path dir;

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

  /** Reads a fixture under a policy, returning the customers and the report. */
  private static List<Customer> read(
      Path file, CustomerCsvMapping mapping, BadRowPolicy policy, List<ReadReport> reports) {
    CsvReadOptions options = CsvReadOptions.DEFAULTS.withPolicy(policy).withListener(reports::add);
    try (Stream<Customer> s = new CsvCustomerSource(file, mapping, options).customers()) {
      return s.toList();
    }
  }

  private Path copy(String name) throws IOException {
    return Files.copy(fixture(name), dir.resolve(name));
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (CSVParser p =
        CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().get())) {
      return p.getRecords();
    }
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
  void aBlankLabelReadsAsAnOutcomeNotKnownYet() {
    List<Customer> customers = read("blank-label.csv");
    assertEquals(
        List.of(ChurnLabel.CHURNED, ChurnLabel.UNKNOWN, ChurnLabel.UNKNOWN, ChurnLabel.RETAINED),
        customers.stream().map(Customer::label).toList());
  }

  @Test
  void aFileWithoutTheLabelColumnReadsAsUnlabelledOnlyWhenAsked() {
    Path file = fixture("no-label-column.csv");
    InvalidDataException e = failure("no-label-column.csv");
    assertEquals("churn", e.column());
    CsvCustomerSource source = new CsvCustomerSource(file, MAPPING).withOptionalLabel();
    assertFalse(source.hasLabelColumn());
    assertTrue(new CsvCustomerSource(fixture("valid.csv"), MAPPING).hasLabelColumn());
    try (Stream<Customer> s = source.customers()) {
      List<Customer> customers = s.toList();
      assertEquals(2, customers.size());
      assertTrue(customers.stream().noneMatch(Customer::isLabelled));
      assertEquals(40.0, customers.get(1).numericValue("days").orElseThrow());
    }
    try (Stream<Customer> s =
        new CsvCustomerSource(fixture("valid.csv"), MAPPING).withOptionalLabel().customers()) {
      assertTrue(s.allMatch(Customer::isLabelled), "a label column present is read");
    }
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
  void bytesThatAreNotUtf8NameTheLineAndTheCharsetOption() {
    InvalidDataException e = failure("latin1.csv");
    assertEquals(2, e.line(), e.getMessage());
    assertEquals("0xE9", e.value());
    assertTrue(
        e.getMessage().contains("bytes that are not UTF-8 text (byte 37 of the file)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("--charset"), e.getMessage());
  }

  @Test
  void anUndecodableByteFarIntoTheFileIsPlacedOnItsOwnLine() throws IOException {
    StringBuilder sb = new StringBuilder("id,days,fee,plan,churn\n");
    for (int i = 0; i < 500; i++) {
      sb.append("c").append(i).append(",3,8.99,Basic,1\n");
    }
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "x1,3,8.99,Caf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("deep.csv");
    Files.write(file, head);
    Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () -> {
              try (Stream<Customer> s = new CsvCustomerSource(file, MAPPING).customers()) {
                s.forEach(c -> {});
              }
            });
    assertEquals(502, e.line(), e.getMessage());
  }

  @Test
  void lineNumbersCountPhysicalLinesPastQuotedNewlines() {
    InvalidDataException e = failure("quoted-newline.csv");
    assertEquals(4, e.line());
    assertEquals("x", e.value());
  }

  @Test
  void aMissingFileIsAClearError() {
    RetentionIoException e =
        assertThrows(
            RetentionIoException.class,
            () -> new CsvCustomerSource(Path.of("no-such-file.csv"), MAPPING).customers());
    assertEquals("cannot read no-such-file.csv: no such file or folder", e.getMessage());
    assertEquals(Path.of("no-such-file.csv"), e.path());
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
  void aNegativeValueIsRejectedWhereTheMappingForbidsIt() {
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () -> read(fixture("negative.csv"), STRICT, BadRowPolicy.FAIL_FAST, new ArrayList<>()));
    assertEquals(3, e.line());
    assertEquals("days", e.column());
    assertEquals("-4", e.value());
    assertEquals("negative value in a non-negative column", e.reason());
  }

  @Test
  void aNegativeValueIsAcceptedWhereTheMappingAllowsIt() {
    assertEquals(OptionalDouble.of(-4.0), read("negative.csv").get(1).numericValue("days"));
  }

  @Test
  void aBlankNumberFollowsTheMappingsMissingValueRule() {
    List<Customer> missing =
        read(fixture("blank-number.csv"), MAPPING, BadRowPolicy.FAIL_FAST, new ArrayList<>());
    assertEquals(OptionalDouble.empty(), missing.get(0).numericValue("fee"), "never read as 0");
    InvalidDataException e =
        assertThrows(
            InvalidDataException.class,
            () ->
                read(
                    fixture("blank-number.csv"),
                    MAPPING.withBlankNumbers(BlankNumberRule.REJECT),
                    BadRowPolicy.FAIL_FAST,
                    new ArrayList<>()));
    assertEquals(2, e.line());
    assertEquals("fee", e.column());
    assertEquals(" ", e.value());
    assertEquals("blank number", e.reason());
  }

  @Test
  void javaLiteralSuffixesAreNotNumbers() {
    assertEquals("4d", failure("java-suffix.csv").value());
  }

  @Test
  void aColumnNamedTwiceIsRefusedNamingBothPositions() {
    InvalidDataException e = failure("duplicate-header.csv");
    assertEquals(1, e.line());
    assertEquals("days", e.column());
    assertTrue(e.getMessage().contains("at positions 2 and 5"), e::getMessage);
  }

  @Test
  void blankLinesBetweenAndAfterTheRowsAreSkippedAndCountedEvenUnderFailFast() {
    List<ReadReport> reports = new ArrayList<>();
    Path file = fixture("blank-lines.csv");
    List<Customer> customers = read(file, MAPPING, BadRowPolicy.FAIL_FAST, reports);
    assertEquals(List.of("c1", "c2"), customers.stream().map(c -> c.id().value()).toList());
    assertEquals(new ReadReport(file.toString(), 2, 2, 0, true, 3), reports.get(0));
    assertEquals(
        file + ": 2 rows read = 2 accepted + 0 rejected; 3 blank lines skipped",
        reports.get(0).accountingLine());
  }

  @Test
  void javaHexadecimalFloatsAreNotNumbers() {
    InvalidDataException e = failure("hex-float.csv");
    assertEquals("0x1p3", e.value());
    assertEquals(3, e.line());
    assertEquals("days", e.column());
  }

  @Test
  void crlfLineEndsAndQuotedCrlfAreRead() {
    List<Customer> customers = read("crlf.csv");
    assertEquals(2, customers.size());
    assertEquals("Two\r\nLines", customers.get(1).categoricalValue("plan").orElseThrow());
  }

  @Test
  void aMegabyteFieldIsReadWhole() throws IOException {
    String big = "x".repeat(1 << 20);
    Path file = dir.resolve("big.csv");
    Files.writeString(
        file, "id,days,fee,plan,churn\nc1,3,8.99,\"" + big + "\",1\nc2,4,8.99,Basic,0\n");
    try (Stream<Customer> s = new CsvCustomerSource(file, MAPPING).customers()) {
      List<Customer> customers = s.toList();
      assertEquals(big, customers.get(0).categoricalValue("plan").orElseThrow());
      assertEquals("c2", customers.get(1).id().value());
    }
  }

  @Test
  void quarantineSetsEveryBadRowAsideWithItsLineColumnValueAndReasonAndGoesOn() throws IOException {
    Path file = copy("mixed.csv");
    List<ReadReport> reports = new ArrayList<>();
    List<Customer> customers = read(file, STRICT, BadRowPolicy.QUARANTINE, reports);
    assertEquals(List.of("c1", "c5", "c7"), customers.stream().map(c -> c.id().value()).toList());
    assertEquals(List.of(new ReadReport(file.toString(), 8, 3, 5, true)), reports);

    Path rejected = dir.resolve("mixed.rejected.csv");
    assertEquals(rejected, CsvReadOptions.rejectedFileFor(file));
    List<CSVRecord> rows = records(rejected);
    assertEquals(
        List.of(
            "rejected_line",
            "rejected_column",
            "rejected_value",
            "rejected_reason",
            "id",
            "days",
            "fee",
            "plan",
            "churn"),
        rows.get(0).toList());
    assertEquals(
        List.of("3", "days", "three", "not a number", "c2", "three", "8.99", "Basic", "0"),
        rows.get(1).toList());
    assertEquals(List.of("4", "", ""), rows.get(2).toList().subList(0, 3));
    assertTrue(rows.get(2).get(3).startsWith("expected 5 fields"), rows.get(2).get(3));
    assertEquals(List.of("c3", "5", "8.99", "Basic"), rows.get(2).toList().subList(4, 8));
    assertEquals(
        List.of("5", "fee", "NaN", "not a finite number"), rows.get(3).toList().subList(0, 4));
    assertEquals(
        List.of("6", "id", "c1", "duplicate customer id"), rows.get(4).toList().subList(0, 4));
    assertEquals(
        List.of(
            "8",
            "churn",
            "maybe",
            "not a churn label; expected 1/0, yes/no or true/false (blank when not known)"),
        rows.get(5).toList().subList(0, 4));
    assertEquals(6, rows.size());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left");
    }
  }

  @Test
  void quarantineLeavesNoRejectedFileWhenEveryRowIsGoodAndRemovesAStaleOne() throws IOException {
    Path file = copy("valid.csv");
    Path stale = Files.writeString(CsvReadOptions.rejectedFileFor(file), "old");
    List<ReadReport> reports = new ArrayList<>();
    assertEquals(4, read(file, MAPPING, BadRowPolicy.QUARANTINE, reports).size());
    assertFalse(Files.exists(stale));
    assertEquals(new ReadReport(file.toString(), 4, 4, 0, true), reports.get(0));
  }

  @Test
  void failFastCountsTheRowThatStoppedReadingInTheReport() {
    List<ReadReport> reports = new ArrayList<>();
    assertThrows(
        InvalidDataException.class,
        () -> read(fixture("non-numeric.csv"), MAPPING, BadRowPolicy.FAIL_FAST, reports));
    ReadReport report = reports.get(0);
    assertEquals(2, report.rowsRead());
    assertEquals(1, report.accepted());
    assertEquals(1, report.rejected());
    assertFalse(report.complete());
  }

  @Test
  void anUnterminatedQuoteUnderQuarantineIsOneRejectedRowAndEndsTheFile() throws IOException {
    Path file = copy("unterminated-quote.csv");
    List<ReadReport> reports = new ArrayList<>();
    assertEquals(1, read(file, MAPPING, BadRowPolicy.QUARANTINE, reports).size());
    assertEquals(new ReadReport(file.toString(), 2, 1, 1, true), reports.get(0));
    List<CSVRecord> rows = records(CsvReadOptions.rejectedFileFor(file));
    assertEquals("3", rows.get(1).get(0));
    assertTrue(rows.get(1).get(3).startsWith("malformed CSV"), rows.get(1).get(3));
  }

  @Test
  void aHeaderOnlyFileReportsZeroRows() {
    List<ReadReport> reports = new ArrayList<>();
    assertEquals(
        List.of(), read(fixture("header-only.csv"), MAPPING, BadRowPolicy.QUARANTINE, reports));
    assertEquals(0, reports.get(0).rowsRead());
    assertTrue(reports.get(0).complete());
  }

  @Test
  void aStreamClosedEarlyReportsWhatItReadAsIncomplete() {
    List<ReadReport> reports = new ArrayList<>();
    CsvReadOptions options = CsvReadOptions.DEFAULTS.withListener(reports::add);
    try (Stream<Customer> s =
        new CsvCustomerSource(fixture("valid.csv"), MAPPING, options).customers()) {
      assertTrue(s.findFirst().isPresent());
    }
    assertEquals(new ReadReport(fixture("valid.csv").toString(), 1, 1, 0, false), reports.get(0));
  }

  @Test
  void fileLevelProblemsThrowUnderEveryPolicy() {
    CsvReadOptions quarantine = CsvReadOptions.DEFAULTS.withPolicy(BadRowPolicy.QUARANTINE);
    assertThrows(
        InvalidDataException.class,
        () ->
            new CsvCustomerSource(fixture("missing-column.csv"), MAPPING, quarantine).customers());
    assertThrows(
        InvalidDataException.class,
        () -> new CsvCustomerSource(fixture("empty.csv"), MAPPING, quarantine).customers());
  }
}
