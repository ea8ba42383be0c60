package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.testing.SharedDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public datasets read in full under their presets with no rejected row, even under the
 * quarantine policy, and with the accounting line holding.
 */
@Tag("dataset")
class SharedDatasetsReadTest {

  private final List<ReadReport> reports = new ArrayList<>();

  @TempDir Path dir;

  private CsvReadOptions options() {
    return CsvReadOptions.DEFAULTS.withPolicy(BadRowPolicy.QUARANTINE).withListener(reports::add);
  }

  private void assertAllAccepted(Path file, long rows) {
    assertEquals(List.of(new ReadReport(file.toString(), rows, rows, 0, true)), reports);
    assertEquals(
        file + ": " + rows + " rows read = " + rows + " accepted + 0 rejected",
        reports.get(0).accountingLine());
  }

  private List<Customer> read(Path file, CustomerCsvMapping mapping) {
    try (Stream<Customer> s = new CsvCustomerSource(file, mapping, options()).customers()) {
      return s.toList();
    }
  }

  @Test
  void theNetflixChurnFileReadsInFullWithItsChurnRate() {
    Path file = SharedDatasets.require("netflix_customer_churn/netflix_customer_churn.csv");
    List<Customer> customers = read(file, CustomerCsvMapping.NETFLIX);
    assertEquals(5000, customers.size());
    long churned = customers.stream().filter(Customer::churned).count();
    assertEquals(0.503, churned / 5000.0, 0.001);
    assertAllAccepted(file, 5000);
  }

  @Test
  void theTelcoFileReadsInFullAndItsBlankTotalChargesAreMissing() {
    Path file = SharedDatasets.require("telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    List<Customer> customers = read(file, CustomerCsvMapping.TELCO);
    assertEquals(7043, customers.size());
    List<Customer> blank =
        customers.stream().filter(c -> c.numericValue("TotalCharges").isEmpty()).toList();
    assertEquals(11, blank.size());
    assertTrue(blank.stream().allMatch(c -> c.numericValue("tenure").getAsDouble() == 0.0));
    long churned = customers.stream().filter(Customer::churned).count();
    assertEquals(0.265, churned / 7043.0, 0.001);
    assertAllAccepted(file, 7043);
  }

  @Test
  void theTelcoFileUnderTheRejectRuleQuarantinesExactlyTheElevenBlankTotalCharges()
      throws IOException {
    Path copy =
        Files.copy(
            SharedDatasets.require("telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"),
            dir.resolve("telco.csv"));
    List<Customer> customers =
        read(copy, CustomerCsvMapping.TELCO.withBlankNumbers(BlankNumberRule.REJECT));
    assertEquals(7032, customers.size());
    assertEquals(new ReadReport(copy.toString(), 7043, 7032, 11, true), reports.get(0));
    List<String> quarantined =
        Tables.read(CsvReadOptions.rejectedFileFor(copy), rejectedHeader(copy)).stream()
            .map(
                r ->
                    r.get("rejected_column")
                        + "="
                        + r.get("rejected_value")
                        + ": "
                        + r.get("rejected_reason"))
            .distinct()
            .toList();
    assertEquals(List.of("TotalCharges= : blank number"), quarantined);
  }

  @Test
  void inferenceOnTheNetflixFileFindsItsIdLabelAndKinds() {
    Path file = SharedDatasets.require("netflix_customer_churn/netflix_customer_churn.csv");
    MappingInference.Result r =
        MappingInference.infer(file, CsvReadOptions.DEFAULTS, MappingInference.Settings.DEFAULTS);
    assertEquals("customer_id", r.mapping().idColumn());
    assertEquals("churned", r.mapping().labelColumn());
    assertEquals(
        Set.copyOf(CustomerCsvMapping.NETFLIX.schema().numericAttributes()),
        Set.copyOf(r.mapping().schema().numericAttributes()));
    assertEquals(
        Set.copyOf(CustomerCsvMapping.NETFLIX.schema().categoricalAttributes()),
        Set.copyOf(r.mapping().schema().categoricalAttributes()));
  }

  @Test
  void theTitlesFileReadsInFullWithItsQuirks() {
    Path file = SharedDatasets.require("netflix_titles/netflix_titles.csv");
    List<ContentItem> items;
    try (Stream<ContentItem> s = new CsvCatalogSource(file, options()).items()) {
      items = s.toList();
    }
    assertEquals(8807, items.size());
    assertAllAccepted(file, 8807);
    assertEquals(2634, items.stream().filter(i -> i.directors().isEmpty()).count());
    assertEquals(825, items.stream().filter(i -> i.cast().isEmpty()).count());
    assertEquals(831, items.stream().filter(i -> i.countries().isEmpty()).count());
    assertEquals(10, items.stream().filter(i -> i.dateAdded().isEmpty()).count());
    assertEquals(
        7, items.stream().filter(i -> i.maturityRating().isEmpty()).count(), "4 blank + 3 moved");
    ContentItem louis = find(items, "s5542");
    assertEquals(OptionalInt.of(74), louis.durationMinutes());
    long movies = items.stream().filter(i -> i.type() == ContentType.MOVIE).count();
    assertEquals(
        movies, items.stream().filter(i -> i.durationMinutes().isPresent()).count(), "every movie");
    assertTrue(find(items, "s8202").description().contains("\n"), "quoted newline");
    assertEquals("The Memphis Belle: A Story of a\nFlying Fortress", find(items, "s8420").title());
  }

  private static List<String> rejectedHeader(Path input) throws IOException {
    List<String> header = new ArrayList<>(Quarantine.COLUMNS);
    try (Stream<String> lines = Files.lines(input)) {
      header.addAll(List.of(lines.findFirst().orElseThrow().split(",", -1)));
    }
    return header;
  }

  private static ContentItem find(List<ContentItem> items, String id) {
    return items.stream().filter(i -> i.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theCdnowFileReadsAsPurchasesWithLeadingZeros() {
    Path file = SharedDatasets.require("cdnow/CDNOW_master.txt");
    Set<CustomerId> customers = new HashSet<>();
    long[] zero = {0};
    long count;
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(file, ActivityCsvMapping.CDNOW, options()).events()) {
      count =
          s.peek(e -> customers.add(e.customer()))
              .peek(e -> zero[0] += e.amount() == 0.0 ? 1 : 0)
              .filter(e -> e.type() == EventType.PURCHASE)
              .filter(e -> !e.at().isBefore(Instant.parse("1997-01-01T00:00:00Z")))
              .filter(e -> e.at().isBefore(Instant.parse("1998-07-01T00:00:00Z")))
              .count();
    }
    assertEquals(69_659, count);
    assertEquals(23_570, customers.size());
    assertEquals(80, zero[0]);
    assertTrue(customers.contains(CustomerId.of("00001")));
    assertAllAccepted(file, 69_659);
  }

  @Test
  void theMovieLensRatingsReadAsRatingEvents() {
    Path file = SharedDatasets.require("movielens_ml-latest-small/ratings.csv");
    Set<CustomerId> users = new HashSet<>();
    long count;
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(file, ActivityCsvMapping.MOVIELENS_RATINGS, options()).events()) {
      count =
          s.peek(e -> users.add(e.customer()))
              .filter(e -> e.type() == EventType.RATING && e.content().isPresent())
              .filter(e -> e.amount() >= 0.5 && e.amount() <= 5.0)
              .count();
    }
    assertEquals(100_836, count);
    assertEquals(610, users.size());
    assertAllAccepted(file, 100_836);
  }
}
