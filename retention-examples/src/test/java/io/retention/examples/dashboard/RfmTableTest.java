package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.InvalidDataException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.RfmScore;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.FittedRfm;
import io.retention.features.RfmConfig;
import io.retention.features.RfmFeatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfmTableTest {
  private static final RfmTable TABLE = RfmTable.read(TestRuns.shared().file(RunFolder.RFM));
  private static final List<Customer> CUSTOMERS = TestRuns.sharedCustomers();
  private static final FittedRfm RFM =
      new RfmFeatures(SyntheticCustomers.SCHEMA, RfmConfig.DEFAULTS).fit(CUSTOMERS);

  @TempDir Path dir;

  @Test
  void findsEachCustomersScoresAndLabel() {
    assertEquals(CUSTOMERS.size(), TABLE.size());
    for (Customer c : CUSTOMERS) {
      RfmScore expected = RFM.score(c);
      RfmEntry e = TABLE.find(c.id()).orElseThrow();
      assertEquals(expected.recency(), e.recencyScore());
      assertEquals(expected.frequency(), e.frequencyScore());
      assertEquals(expected.monetary(), e.monetaryScore());
      assertEquals(expected.label(), e.label());
    }
    assertTrue(TABLE.find(CustomerId.of("nobody")).isEmpty());
  }

  @Test
  void valuesNeverSeenScoreAsTheRunScoredTheirNearestNeighbours() {
    Customer c = CUSTOMERS.get(5);
    RfmScore expected = RFM.score(c);
    RfmEntry e =
        TABLE.estimate(
            c.numericValue("last_login_days").orElseThrow(),
            c.numericValue("watch_hours").orElseThrow(),
            c.numericValue("monthly_fee").orElseThrow());
    assertEquals(expected.recency(), e.recencyScore());
    assertEquals(expected.frequency(), e.frequencyScore());
    assertEquals(expected.monetary(), e.monetaryScore());
    RfmEntry extreme = TABLE.estimate(-1000, 1e9, 1e9);
    assertEquals(5, extreme.recencyScore());
    assertEquals(5, extreme.frequencyScore());
    assertTrue(TABLE.estimate(1e9, -1, -1).recencyScore() <= 2);
  }

  @Test
  void aBadScoreOrAMissingColumnIsRefused() throws Exception {
    Path f = dir.resolve("rfm.csv");
    Files.writeString(
        f,
        "customer_id,recency,frequency,monetary,r_score,f_score,m_score,rfm_label\n"
            + "C1,3,10,9.99,7,1,1,Lost\n");
    InvalidDataException bad = assertThrows(InvalidDataException.class, () -> RfmTable.read(f));
    assertTrue(bad.getMessage().contains("r_score"), bad.getMessage());
    Files.writeString(f, "customer_id,recency\nC1,3\n");
    InvalidDataException missing = assertThrows(InvalidDataException.class, () -> RfmTable.read(f));
    assertTrue(missing.getMessage().contains("r_score"), missing.getMessage());
  }
}
