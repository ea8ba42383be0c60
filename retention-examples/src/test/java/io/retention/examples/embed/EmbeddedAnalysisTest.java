package io.retention.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.analysis.InMemoryAnalysisSink;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.examples.data.SyntheticWorld;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddedAnalysisTest {

  @Test
  void aHostRunsTheWholeAnalysisIntoMemory() {
    SyntheticWorld world = SyntheticWorld.of(1_500, 3);
    InMemoryAnalysisSink results = new InMemoryAnalysisSink();

    RunSummary summary =
        EmbeddedAnalysis.analyse(world.customers(), world.catalog(), world.activity(), results);

    List<Customer> customers = world.customers().customers().toList();
    assertEquals(customers.size(), results.plans().size());
    assertEquals(customers.size(), results.recommendationRows().size());
    assertTrue(summary.holdOut().rocAuc() > 0.75, "ROC-AUC " + summary.holdOut().rocAuc());
    ChurnModelBundle model = results.model().orElseThrow().churn();
    Map<?, Double> scores =
        results.scores().stream()
            .collect(Collectors.toMap(ChurnScore::customer, ChurnScore::probability));
    for (Customer c : customers.subList(0, 100)) {
      assertEquals(scores.get(c.id()), model.score(c).probability(), 1e-12);
    }
  }
}
