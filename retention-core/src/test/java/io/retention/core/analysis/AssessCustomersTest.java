package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.testing.TestCustomers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssessCustomersTest {
  private static final List<Customer> CUSTOMERS = TestCustomers.labelled(600, 3);

  private static <T> Map<CustomerId, T> byId(List<T> rows, Function<T, CustomerId> id) {
    return rows.stream().collect(Collectors.toMap(id, Function.identity()));
  }

  @Test
  void theRunsModelPlacesEveryCustomerAsTheRunDid() {
    InMemoryAnalysisSink sink = new InMemoryAnalysisSink();
    RunInputs inputs =
        RunInputs.of("small", PortFakes.source(CUSTOMERS))
            .withCatalog(PortFakes.catalog(12))
            .withActivity(PortFakes.watches(CUSTOMERS, 12));
    PortFakes.analysis(PortFakes.MOST_WATCHED)
        .run(inputs, RunConfig.DEFAULTS.withSeed(5), sink, ProgressListener.NONE);
    RetentionModel model = sink.model().orElseThrow();
    AssessCustomers service =
        new AssessCustomers(model, TestCustomers.SMALL_SCHEMA, RetentionEngine.withDefaults());

    Map<CustomerId, ChurnScore> scores = byId(sink.scores(), ChurnScore::customer);
    Map<CustomerId, CustomerRfm> rfm = byId(sink.rfmRows(), CustomerRfm::customer);
    Map<CustomerId, CustomerSegment> segments = byId(sink.segmentRows(), CustomerSegment::customer);
    Map<CustomerId, RetentionPlan> plans = byId(sink.plans(), RetentionPlan::customer);
    Map<CustomerId, CustomerRecommendations> titles =
        byId(sink.recommendationRows(), CustomerRecommendations::customer);
    long explained = 0;
    for (Customer c : CUSTOMERS) {
      CustomerId id = c.id();
      List<String> names = titles.get(id).titles().stream().map(Recommendation::title).toList();
      Optional<io.retention.core.domain.Explanation> why =
          Optional.ofNullable(sink.explanations().get(id));
      explained += why.isPresent() ? 1 : 0;
      CustomerAssessment a = service.assess(c, why, names);
      assertEquals(scores.get(id).probability(), a.score().probability(), 1e-12, id.value());
      assertEquals(rfm.get(id).score().label(), a.rfmLabel(), id.value());
      assertEquals(segments.get(id).segment().name(), a.segment().name(), id.value());
      assertEquals(plans.get(id), a.plan(), id.value());
    }
    assertEquals(sink.explanations().size(), explained);
    assertTrue(explained > 0);
  }

  @Test
  void withoutAnExplanationOrTitlesTheSignalsStayAndThePlanHasNoDriversOrTitles() {
    InMemoryAnalysisSink sink = new InMemoryAnalysisSink();
    PortFakes.analysis(PortFakes.MOST_WATCHED)
        .run(
            RunInputs.of("small", PortFakes.source(CUSTOMERS)),
            RunConfig.DEFAULTS,
            sink,
            ProgressListener.NONE);
    AssessCustomers service =
        new AssessCustomers(
            sink.model().orElseThrow(), TestCustomers.SMALL_SCHEMA, RetentionEngine.withDefaults());
    assertEquals(sink.model().orElseThrow(), service.model());
    Map<CustomerId, CustomerSegment> segments = byId(sink.segmentRows(), CustomerSegment::customer);
    Map<CustomerId, ChurnScore> scores = byId(sink.scores(), ChurnScore::customer);
    for (Customer c : CUSTOMERS.subList(0, 50)) {
      CustomerAssessment bare = service.assess(c);
      assertTrue(bare.plan().topDrivers().isEmpty(), c.id().value());
      assertTrue(bare.plan().recommendedTitles().isEmpty(), c.id().value());
      assertEquals(scores.get(c.id()).probability(), bare.score().probability(), 1e-12);
      assertEquals(segments.get(c.id()).segment(), bare.segment());
      assertEquals(bare.segment().name(), bare.plan().segment());
      assertEquals(bare.rfmLabel(), bare.plan().rfmLabel());
    }
  }

  @Test
  void planningWithTheSavedModelGivesTheRunsPlansAndHoldsABudget() {
    InMemoryAnalysisSink run = new InMemoryAnalysisSink();
    RunConfig config = RunConfig.DEFAULTS.withSeed(9);
    RunInputs inputs =
        RunInputs.of("small", PortFakes.source(CUSTOMERS))
            .withCatalog(PortFakes.catalog(12))
            .withActivity(PortFakes.watches(CUSTOMERS, 12));
    RetentionAnalysis analysis = PortFakes.analysis(PortFakes.MOST_WATCHED);
    analysis.run(inputs, config, run, ProgressListener.NONE);
    RetentionModel model = run.model().orElseThrow();
    assertEquals("9", model.churn().metadata().get(RunConfig.SEED_KEY));
    RunConfig again = RunConfig.DEFAULTS.of(model);
    assertEquals(config, again);

    InMemoryAnalysisSink planned = new InMemoryAnalysisSink();
    PlanningSummary summary =
        analysis.plan(
            inputs,
            model,
            Map.of(),
            java.util.OptionalDouble.empty(),
            again,
            planned,
            ProgressListener.NONE);
    assertEquals(run.plans(), planned.plans());
    assertEquals(run.segmentRows(), planned.segmentRows());
    assertEquals(CUSTOMERS.size(), summary.customers());
    assertTrue(planned.model().isEmpty(), "planning saves no model");
    assertTrue(planned.summary().isEmpty());

    Map<CustomerId, List<String>> titles =
        run.recommendationRows().stream()
            .collect(
                Collectors.toMap(
                    CustomerRecommendations::customer,
                    r -> r.titles().stream().map(Recommendation::title).toList()));
    InMemoryAnalysisSink fromFile = new InMemoryAnalysisSink();
    analysis.plan(
        RunInputs.of("small", PortFakes.source(CUSTOMERS)),
        model,
        titles,
        java.util.OptionalDouble.empty(),
        again,
        fromFile,
        ProgressListener.NONE);
    assertEquals(run.plans(), fromFile.plans(), "titles given by customer, as a file gives them");

    InMemoryAnalysisSink budgeted = new InMemoryAnalysisSink();
    PlanningSummary held =
        analysis.plan(
            inputs,
            model,
            Map.of(),
            java.util.OptionalDouble.of(100.0),
            again,
            budgeted,
            ProgressListener.NONE);
    double spent = budgeted.plans().stream().mapToDouble(p -> p.action().cost()).sum();
    assertTrue(spent <= 100.0 + 1e-9, "spent " + spent);
    assertEquals(held.targeting().orElseThrow().contacts().size(), budgeted.plans().size());
    assertTrue(budgeted.plans().size() < CUSTOMERS.size());
  }

  @Test
  void scoringOnlyWithTheSavedModelGivesTheRunsScoresRfmAndSegmentsAndNothingElse() {
    InMemoryAnalysisSink run = new InMemoryAnalysisSink();
    RunInputs inputs =
        RunInputs.of("small", PortFakes.source(CUSTOMERS))
            .withCatalog(PortFakes.catalog(12))
            .withActivity(PortFakes.watches(CUSTOMERS, 12));
    RetentionAnalysis analysis = PortFakes.analysis(PortFakes.MOST_WATCHED);
    analysis.run(inputs, RunConfig.DEFAULTS, run, ProgressListener.NONE);

    InMemoryAnalysisSink scored = new InMemoryAnalysisSink();
    analysis.score(
        inputs, run.model().orElseThrow(), RunConfig.DEFAULTS, scored, ProgressListener.NONE);
    assertEquals(run.scores(), scored.scores());
    assertEquals(run.segmentRows(), scored.segmentRows());
    assertEquals(run.rfmRows(), scored.rfmRows());
    assertTrue(scored.plans().isEmpty());
    assertTrue(scored.explanations().isEmpty());
    assertTrue(scored.recommendationRows().isEmpty());
    assertTrue(scored.model().isEmpty());
  }
}
