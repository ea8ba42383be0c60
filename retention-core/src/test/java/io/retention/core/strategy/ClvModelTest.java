package io.retention.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.CustomerId;
import org.junit.jupiter.api.Test;

class ClvModelTest {

  private static CustomerSignals customer(
      double p, double spend, double tenure, double engagement) {
    return CustomerSignals.builder(CustomerId.of("c"), p)
        .monthlySpend(spend)
        .tenureMonths(tenure)
        .engagement(engagement)
        .build();
  }

  @Test
  void theProxyIsSpendTimesTenurePlusOneAdjustedByEngagement() {
    ClvModel proxy = ClvModel.Proxy.DEFAULTS;

    assertEquals(10.0 * 13.0, proxy.clv(customer(0.5, 10, 12, 0)), 1e-12);
    assertEquals(
        10.0 * 13.0 * (1 + 0.3 * Math.tanh(1.5)), proxy.clv(customer(0.5, 10, 12, 1.5)), 1e-12);
    assertEquals(
        10.0 * 13.0 * (1 + 0.3 * Math.tanh(-2)), proxy.clv(customer(0.5, 10, 12, -2)), 1e-12);
  }

  @Test
  void theProxyStaysWithinTheEngagementWeightWhateverTheEngagement() {
    ClvModel proxy = new ClvModel.Proxy(0.3);

    assertTrue(proxy.clv(customer(0.1, 10, 0, 1e9)) <= 13.0 + 1e-12);
    assertTrue(proxy.clv(customer(0.1, 10, 0, -1e9)) >= 7.0 - 1e-12);
  }

  @Test
  void theProxyDoesNotDependOnTheChurnProbability() {
    ClvModel proxy = ClvModel.Proxy.DEFAULTS;

    assertEquals(proxy.clv(customer(0.0, 12, 3, 0.4)), proxy.clv(customer(1.0, 12, 3, 0.4)));
  }

  @Test
  void theContractualEstimateIsSpendTimesOnePlusDOverOnePlusDMinusRetention() {
    ClvModel contractual = new ClvModel.Contractual(0.01);
    double p = 0.05;
    double r = 1 - p;

    assertEquals(20.0 * 1.01 / (1.01 - r), contractual.clv(customer(p, 20, 0, 0)), 1e-9);
  }

  @Test
  void theContractualEstimateEqualsTheDiscountedSumOfFuturePayments() {
    ClvModel contractual = ClvModel.Contractual.DEFAULTS;
    double p = 0.1;
    double m = 15;
    double sum = 0;
    for (int t = 0; t < 10_000; t++) {
      sum += m * Math.pow((1 - p) / 1.01, t);
    }

    assertEquals(sum, contractual.clv(customer(p, m, 7, 2)), 1e-6);
  }

  @Test
  void theContractualEstimateIsOneMonthForCertainChurnAndFiniteForCertainStay() {
    ClvModel contractual = new ClvModel.Contractual(0.02);

    assertEquals(9.0, contractual.clv(customer(1.0, 9, 0, 0)), 1e-12);
    assertEquals(9.0 * 1.02 / 0.02, contractual.clv(customer(0.0, 9, 0, 0)), 1e-9);
  }

  @Test
  void describesItself() {
    assertEquals("proxy(w=0.3)", ClvModel.Proxy.DEFAULTS.description());
    assertEquals("contractual(d=0.01/month)", ClvModel.Contractual.DEFAULTS.description());
  }

  @Test
  void rejectsParametersOutsideTheirRange() {
    assertThrows(IllegalArgumentException.class, () -> new ClvModel.Proxy(-0.1));
    assertThrows(IllegalArgumentException.class, () -> new ClvModel.Proxy(1.0));
    assertThrows(IllegalArgumentException.class, () -> new ClvModel.Proxy(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new ClvModel.Contractual(0.0));
    assertThrows(IllegalArgumentException.class, () -> new ClvModel.Contractual(1.5));
  }
}
