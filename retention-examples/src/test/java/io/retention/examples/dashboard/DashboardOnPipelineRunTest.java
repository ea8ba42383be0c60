package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.RunFolder;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.port.out.ProgressListener;
import io.retention.examples.data.SyntheticWorld;
import io.retention.examples.run.RetentionPipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard opens the folder the pipeline itself writes, not only a hand-built fixture. */
class DashboardOnPipelineRunTest {

  @TempDir Path dir;

  @Test
  void aPipelineRunOpensAndItsRiskiestCustomerIsLookedUpAndExplained() {
    SyntheticWorld world = SyntheticWorld.of(600, 200, 11);
    RunFolder folder = new RunFolder(dir);
    RunSummary summary =
        RetentionPipeline.create(world.customers().schema(), folder, RunConfig.DEFAULTS)
            .run(
                RunInputs.of("generated", world.customers())
                    .withCatalog(world.catalog())
                    .withActivity(world.activity()),
                ProgressListener.NONE);

    DashboardData data = DashboardData.load(folder, RiskThresholds.DEFAULTS);

    assertEquals(600, data.customers().size());
    assertEquals(600, data.plans().size());
    String riskiest = summary.topPlans().get(0).customerId();
    CustomerDetails details = data.customer(riskiest).orElseThrow();
    assertEquals(riskiest, details.customerId());
    assertFalse(details.plan().isEmpty(), "the customer's plan row");
    Prediction p = details.prediction();
    assertEquals(summary.topPlans().get(0).probability(), p.probability(), 1e-9);
    assertFalse(p.reasons().isEmpty(), "readable reasons");
    assertTrue(p.explanation().steps().size() > 1, "a waterfall over the attributes");
    assertTrue(data.customer("no-such-customer").isEmpty());
    assertTrue(data.missing().isEmpty(), "a whole run lacks nothing");

    // The plan file gives the run's own action counts and plan head: what a step folder shows.
    PlanTable plans = PlanTable.read(folder.file(RunFolder.PLANS));
    assertEquals(summary.actions().size(), plans.actions().size());
    for (int i = 0; i < summary.actions().size(); i++) {
      RunSummary.ActionCount run = summary.actions().get(i);
      RunSummary.ActionCount file = plans.actions().get(i);
      assertEquals(run.action(), file.action());
      assertEquals(run.description(), file.description());
      assertEquals(run.customers(), file.customers());
      assertEquals(run.totalCost(), file.totalCost(), 1e-6);
      assertEquals(run.expectedSavedValue(), file.expectedSavedValue(), 1e-6);
    }
    assertEquals(summary.topPlans(), plans.top(summary.topPlans().size()));
  }
}
