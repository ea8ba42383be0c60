package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CustomerPassesTest {

  @Test
  void theIdSampleIsFixedBySeedAndIdAndSpreadOverTheUnitInterval() {
    assertEquals(CustomerPasses.unit(42, "C0000001"), CustomerPasses.unit(42, "C0000001"));
    int below = 0;
    for (int i = 0; i < 10_000; i++) {
      double u = CustomerPasses.unit(42, "C" + i);
      assertTrue(u >= 0.0 && u < 1.0);
      below += u < 0.25 ? 1 : 0;
    }
    assertTrue(below > 2300 && below < 2700, "about a quarter below 0.25: " + below);
  }

  @Test
  void anotherSeedDrawsAnotherSample() {
    int same = 0;
    for (int i = 0; i < 1_000; i++) {
      same +=
          (CustomerPasses.unit(1, "C" + i) < 0.5) == (CustomerPasses.unit(2, "C" + i) < 0.5)
              ? 1
              : 0;
    }
    assertTrue(same > 400 && same < 600, "independent draws agree about half the time: " + same);
  }

  @Test
  void aRateOfNothingIsNotANumber() {
    assertTrue(Double.isNaN(Attributes.rate(0, 0)));
    assertEquals(0.25, Attributes.rate(1, 4), 0.0);
  }
}
