package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Customer;
import io.retention.core.testing.SharedDatasets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The public customer tables read in full under their presets. */
@Tag("dataset")
class SharedDatasetsReadTest {

  private static List<Customer> read(Path file, CustomerCsvMapping mapping) {
    try (Stream<Customer> s = new CsvCustomerSource(file, mapping).customers()) {
      return s.toList();
    }
  }

  @Test
  void theNetflixChurnFileReadsInFullWithItsChurnRate() {
    List<Customer> customers =
        read(
            SharedDatasets.require("netflix_customer_churn/netflix_customer_churn.csv"),
            CustomerCsvMapping.NETFLIX);
    assertEquals(5000, customers.size());
    long churned = customers.stream().filter(Customer::churned).count();
    assertEquals(0.503, churned / 5000.0, 0.001);
  }

  @Test
  void theTelcoFileReadsInFullAndItsBlankTotalChargesAreMissing() {
    List<Customer> customers =
        read(
            SharedDatasets.require("telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"),
            CustomerCsvMapping.TELCO);
    assertEquals(7043, customers.size());
    List<Customer> blank =
        customers.stream().filter(c -> c.numericValue("TotalCharges").isEmpty()).toList();
    assertEquals(11, blank.size());
    assertTrue(blank.stream().allMatch(c -> c.numericValue("tenure").getAsDouble() == 0.0));
    long churned = customers.stream().filter(Customer::churned).count();
    assertEquals(0.265, churned / 7043.0, 0.001);
  }
}
