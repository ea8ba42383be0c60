package io.retention.examples.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.adapters.csv.CsvActivitySource;
import io.retention.adapters.csv.CsvCatalogSource;
import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CsvReadOptions;
import io.retention.adapters.csv.ReadReport;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWorldTest {
  private static final SyntheticWorld WORLD = SyntheticWorld.of(400, 7);

  @TempDir Path dir;

  @Test
  void theWrittenFilesReadBackEqualWithNoRejectedRow() {
    SyntheticWorld.Written written = WORLD.write(dir);

    List<ReadReport> reports = new ArrayList<>();
    CsvReadOptions options = CsvReadOptions.DEFAULTS.withListener(reports::add);
    List<Customer> customers;
    try (Stream<Customer> s =
        new CsvCustomerSource(
                dir.resolve(RunFolder.CUSTOMERS), SyntheticCustomers.CSV_MAPPING, options)
            .customers()) {
      customers = s.toList();
    }
    List<ContentItem> titles;
    try (Stream<ContentItem> s =
        new CsvCatalogSource(dir.resolve(RunFolder.TITLES), options).items()) {
      titles = s.toList();
    }
    List<ActivityEvent> events;
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(dir.resolve(RunFolder.EVENTS), SyntheticWorld.EVENTS_MAPPING, options)
            .events()) {
      events = s.toList();
    }

    assertEquals(WORLD.customers().customers().toList(), customers);
    assertEquals(WORLD.catalog().items().toList(), titles);
    assertEquals(WORLD.activity().events().toList(), events);
    assertEquals(
        new SyntheticWorld.Written(customers.size(), titles.size(), events.size()), written);
    assertEquals(3, reports.size());
    for (ReadReport r : reports) {
      assertEquals(0, r.rejected(), r::accountingLine);
    }
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    SyntheticWorld.of(50, 300, 3).write(a);
    SyntheticWorld.of(50, 300, 3).write(b);
    for (String name : List.of(RunFolder.CUSTOMERS, RunFolder.TITLES, RunFolder.EVENTS)) {
      assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)));
    }
  }

  @Test
  void eventsMustBeThoseOfTheWorldsCustomers() {
    SyntheticCatalog catalog = new SyntheticCatalog(10, 1);
    SyntheticActivity other = new SyntheticActivity(new SyntheticCustomers(5, 1), catalog, 1);
    SyntheticCustomers customers = new SyntheticCustomers(5, 1);
    assertThrows(
        IllegalArgumentException.class, () -> new SyntheticWorld(customers, catalog, other));
  }
}
