package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.RetentionAction;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresetConfigTest {
  private static final PresetConfig D = PresetConfig.DEFAULTS;

  private static PresetConfig with(
      double highValue, double engaged, int topK, Set<String> price, RetentionAction upsell) {
    return new PresetConfig(
        highValue,
        engaged,
        D.valuableRfmLabels(),
        topK,
        price,
        D.inactivityDrivers(),
        D.usageDrivers(),
        D.outreach(),
        D.downgrade(),
        D.reengagement(),
        D.content(),
        D.perks(),
        upsell);
  }

  @Test
  void theDefaultsUseTheStandardActions() {
    assertEquals(300.0, D.highValueClv());
    assertEquals(StandardActions.PERSONAL_OUTREACH_DISCOUNT, D.outreach());
    assertEquals(StandardActions.UPSELL_CROSS_SELL, D.upsell());
    assertEquals(Set.of("Champions", "Loyal Customers"), D.valuableRfmLabels());
  }

  @Test
  void rejectsBadKnobs() {
    Set<String> price = D.priceDrivers();
    RetentionAction upsell = D.upsell();
    assertThrows(IllegalArgumentException.class, () -> with(-1, 0.5, 3, price, upsell));
    assertThrows(IllegalArgumentException.class, () -> with(300, Double.NaN, 3, price, upsell));
    assertThrows(IllegalArgumentException.class, () -> with(300, 0.5, 0, price, upsell));
    assertThrows(IllegalArgumentException.class, () -> with(300, 0.5, 3, Set.of(), upsell));
    assertThrows(NullPointerException.class, () -> with(300, 0.5, 3, price, null));
  }
}
