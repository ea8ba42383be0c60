package io.retention.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Customer;
import io.retention.core.segmentation.SegmentationReport;
import io.retention.examples.SegmentNameRuns.Entry;
import io.retention.examples.data.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's generated customers (5,000, seed 42, as {@code retention demo} makes them), segmented
 * as the analysis and as the {@code segment} command do: every word of every name holds.
 */
class SegmentNamesTest {
  private static final List<Customer> DEMO =
      new SyntheticCustomers(5000, SegmentNameRuns.SEED).customers().toList();

  @Test
  void everyNameOfTheAnalysisSegmentsIsTrueOfItsSegment() {
    SegmentationReport report =
        SegmentNameRuns.segmentAndCheck(
            "generated", DEMO, SyntheticCustomers.SCHEMA, Entry.ANALYSIS);

    assertTrue(report.profiles().size() >= 2);
  }

  @Test
  void everyNameOfTheSegmentCommandsSegmentsIsTrueOfItsSegment() {
    SegmentationReport report =
        SegmentNameRuns.segmentAndCheck(
            "generated", DEMO, SyntheticCustomers.SCHEMA, Entry.COMMAND);

    assertTrue(report.profiles().size() >= 2);
  }
}
