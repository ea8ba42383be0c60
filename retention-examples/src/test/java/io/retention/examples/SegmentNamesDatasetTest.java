package io.retention.examples;

import io.retention.adapters.csv.CsvCustomerSource;
import io.retention.adapters.csv.CustomerCsvMapping;
import io.retention.core.domain.Customer;
import io.retention.core.testing.SharedDatasets;
import io.retention.examples.SegmentNameRuns.Entry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The public Netflix and Telco churn tables, segmented as the analysis and as the {@code segment}
 * command do: every word of every name holds (the Telco segment with the highest churn is never
 * called Loyal).
 */
@Tag("dataset")
class SegmentNamesDatasetTest {
  private static final String NETFLIX = "netflix_customer_churn/netflix_customer_churn.csv";
  private static final String TELCO = "telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv";

  private static List<Customer> read(String file, CustomerCsvMapping mapping) {
    try (Stream<Customer> s =
        new CsvCustomerSource(SharedDatasets.require(file), mapping).customers()) {
      return s.toList();
    }
  }

  @Test
  void everyNetflixSegmentNameIsTrueOfItsSegment() {
    List<Customer> customers = read(NETFLIX, CustomerCsvMapping.NETFLIX);
    for (Entry entry : Entry.values()) {
      SegmentNameRuns.segmentAndCheck(
          "Netflix", customers, CustomerCsvMapping.NETFLIX.schema(), entry);
    }
  }

  @Test
  void everyTelcoSegmentNameIsTrueOfItsSegment() {
    List<Customer> customers = read(TELCO, CustomerCsvMapping.TELCO);
    for (Entry entry : Entry.values()) {
      SegmentNameRuns.segmentAndCheck("Telco", customers, CustomerCsvMapping.TELCO.schema(), entry);
    }
  }
}
