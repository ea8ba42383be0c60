package io.retention.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportOptionsTest {

  @Test
  void defaultsShowTwentyFivePlanRows() {
    assertEquals(25, ReportOptions.DEFAULTS.planRows());
    assertEquals(15, ReportOptions.DEFAULTS.drivers());
    assertEquals(10, ReportOptions.DEFAULTS.contributions());
    assertEquals(20, ReportOptions.DEFAULTS.genres());
  }

  @Test
  void everyLimitMustBePositiveAndIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ReportOptions(25, 15, 0, 20));
    assertTrue(e.getMessage().contains("contributions"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ReportOptions(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ReportOptions(1, -1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ReportOptions(1, 1, 1, 0));
  }
}
