package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.RiskThresholds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrategyConfigTest {
  private static final StrategyConfig CONFIG = StrategyConfig.DEFAULTS;

  @Test
  void priorityGrowsStrictlyWithProbabilityForEveryClv() {
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 10_000; i++) {
      double clv = i % 10 == 0 ? 0.0 : r.nextDouble() * 5_000;
      double p1 = r.nextDouble();
      double p2 = p1 + (1 - p1) * (0.001 + 0.999 * r.nextDouble());

      assertTrue(
          CONFIG.priority(p2, clv) > CONFIG.priority(p1, clv),
          "p " + p1 + " -> " + p2 + " at CLV " + clv);
    }
  }

  @Test
  void priorityGrowsStrictlyWithClvForEveryPositiveProbability() {
    SplittableRandom r = new SplittableRandom(12);
    for (int i = 0; i < 10_000; i++) {
      double p = 0.001 + 0.999 * r.nextDouble();
      double clv1 = r.nextDouble() * 5_000;
      double clv2 = clv1 + 0.01 + r.nextDouble() * 1_000;

      assertTrue(
          CONFIG.priority(p, clv2) > CONFIG.priority(p, clv1),
          "CLV " + clv1 + " -> " + clv2 + " at p " + p);
    }
  }

  @Test
  void priorityIsZeroForACustomerCertainToStay() {
    assertEquals(0.0, CONFIG.priority(0.0, 1_000));
  }

  @Test
  void priorityIsTheExpectedLossPlusProbabilityTimesTheFloor() {
    assertEquals(0.5 * 200 + 0.5 * 1.0, CONFIG.priority(0.5, 200), 1e-12);
  }

  @Test
  void withersReplaceOneField() {
    StrategyConfig c =
        CONFIG
            .withClvModel(ClvModel.Contractual.DEFAULTS)
            .withThresholds(new RiskThresholds(0.3, 0.6))
            .withParallelThreshold(5);

    assertSame(ClvModel.Contractual.DEFAULTS, c.clvModel());
    assertEquals(new RiskThresholds(0.3, 0.6), c.thresholds());
    assertEquals(5, c.parallelThreshold());
    assertEquals(CONFIG.driversKept(), c.driversKept());
  }

  @Test
  void rejectsBadSettings() {
    RiskThresholds t = RiskThresholds.DEFAULTS;
    ClvModel m = ClvModel.Proxy.DEFAULTS;
    assertThrows(IllegalArgumentException.class, () -> new StrategyConfig(t, m, 0.0, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> new StrategyConfig(t, m, Double.NaN, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> new StrategyConfig(t, m, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new StrategyConfig(t, m, 1, 3, 0));
    assertThrows(NullPointerException.class, () -> new StrategyConfig(null, m, 1, 3, 1));
    assertThrows(NullPointerException.class, () -> new StrategyConfig(t, null, 1, 3, 1));
  }
}
