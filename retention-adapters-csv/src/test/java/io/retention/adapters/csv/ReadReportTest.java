package io.retention.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadReportTest {

  @Test
  void theAccountingLineSaysRowsReadEqualsAcceptedPlusRejected() {
    assertEquals(
        "t.csv: 10 rows read = 8 accepted + 2 rejected",
        new ReadReport("t.csv", 10, 8, 2, true).accountingLine());
    assertEquals(
        "t.csv: 1 rows read = 1 accepted + 0 rejected (stopped before the end of the file)",
        new ReadReport("t.csv", 1, 1, 0, false).accountingLine());
  }

  @Test
  void aReportWhoseAccountingDoesNotHoldCannotExist() {
    assertThrows(IllegalArgumentException.class, () -> new ReadReport("t", 10, 8, 1, true));
    assertThrows(IllegalArgumentException.class, () -> new ReadReport("t", 0, 1, -1, true));
  }
}
