package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.examples.data.SyntheticCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerTableTest {
  private static final Path FILE = TestRuns.shared().file(RunFolder.CUSTOMERS);
  private static final CustomerTable TABLE =
      CustomerTable.read(FILE, CustomerTable.mappingFor(FILE));

  @TempDir Path dir;

  @Test
  void rebuildsEveryCustomerExactlyAsGenerated() {
    List<Customer> generated = TestRuns.sharedCustomers();
    assertEquals(generated.size(), TABLE.size());
    for (Customer c : generated) {
      assertEquals(c, TABLE.customer(TABLE.find(c.id().value()).orElseThrow()));
    }
    assertTrue(TABLE.find("nobody").isEmpty());
  }

  @Test
  void theGeneratedLayoutIsRecognisedFromTheHeaderAndTheNetflixLayoutOtherwise() throws Exception {
    assertEquals(SyntheticCustomers.SCHEMA, CustomerTable.mappingFor(FILE).schema());
    Path plain = dir.resolve("c.csv");
    Files.writeString(plain, "customer_id,age\nC1,30\n");
    CustomerCsvMapping m = CustomerTable.mappingFor(plain);
    assertEquals(CustomerSchema.NETFLIX, m.schema());
    assertEquals(CustomerCsvMapping.NO_LABEL, m.labelColumn());
  }

  @Test
  void samplesAreEvenlySpreadAndTheSameEveryTime() {
    List<Customer> sample = TABLE.sample(40);
    assertEquals(40, sample.size());
    assertEquals(sample, TABLE.sample(40));
    assertEquals(TABLE.customer(0), sample.get(0));
    assertEquals(TABLE.customer(10), sample.get(1));
    assertEquals(TABLE.size(), TABLE.sample(10 * TABLE.size()).size());
    assertThrows(IllegalArgumentException.class, () -> TABLE.sample(0));
  }

  @Test
  void rangesColumnsAndLevelsDescribeTheData() {
    double[] range = TABLE.range("last_login_days");
    double min =
        TestRuns.sharedCustomers().stream()
            .mapToDouble(c -> c.numericValue("last_login_days").orElseThrow())
            .min()
            .orElseThrow();
    assertEquals(min, range[0]);
    assertTrue(range[1] >= range[0]);
    assertTrue(TABLE.levels("subscription_type").containsAll(List.of("Basic", "Premium")));
    assertEquals(TABLE.size(), TABLE.column("age").length);
    assertThrows(IllegalArgumentException.class, () -> TABLE.levels("age"));
    assertThrows(IllegalArgumentException.class, () -> TABLE.range("gender"));
  }
}
