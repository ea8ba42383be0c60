package io.retention.examples.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Contribution;
import io.retention.core.explain.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainCustomerTest {
  private static final RunnerInput INPUT = RunnerInput.fromArgs();

  @Test
  void theRiskiestCustomersReasonsAddUpAndRaiseTheRisk() {
    ExplainCustomer.Result r = ExplainCustomer.run(INPUT.schema(), INPUT.customers(), "");

    assertTrue(r.score().probability() > 0.9, r.score().toString());
    double sum =
        r.explanation().baseValue()
            + r.explanation().contributions().stream()
                .mapToDouble(Contribution::contribution)
                .sum();
    assertEquals(r.explanation().prediction(), sum, 1e-6);
    List<Reason> reasons = r.reasons();
    assertEquals(ExplainCustomer.REASONS, reasons.size());
    assertTrue(reasons.get(0).raisesRisk(), reasons.get(0).phrase());
    assertTrue(Math.abs(reasons.get(0).contribution()) >= Math.abs(reasons.get(1).contribution()));
  }

  @Test
  void aNamedCustomerIsExplainedAndAnUnknownOneRefused() {
    ExplainCustomer.Result r = ExplainCustomer.run(INPUT.schema(), INPUT.customers(), "C0000042");
    assertEquals("C0000042", r.score().customer().value());
    assertThrows(
        IllegalArgumentException.class,
        () -> ExplainCustomer.run(INPUT.schema(), INPUT.customers(), "nobody"));
  }

  @Test
  void mainPrintsTheProbabilityAndThreeReasons() throws Exception {
    String out = Output.of(() -> ExplainCustomer.main(new String[0]));

    String[] lines = out.strip().split("\\R");
    assertEquals(1 + ExplainCustomer.REASONS, lines.length, out);
    assertTrue(
        lines[0].matches("customer C\\d{7} \\(from .*\\): churn probability 0\\.\\d{3}.*"), out);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].matches("  \\S+ = .*: [+-]\\d\\.\\d{3} log-odds of churn"), lines[i]);
    }
  }
}
