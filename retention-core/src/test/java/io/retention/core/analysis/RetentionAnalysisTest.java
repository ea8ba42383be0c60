package io.retention.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ExplainerFactory;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.RecommenderFactory;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.testing.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RetentionAnalysisTest {
  private static final List<Customer> CUSTOMERS = TestCustomers.labelled(800, 7);
  private static final Set<CustomerId> IDS =
      CUSTOMERS.stream().map(Customer::id).collect(Collectors.toSet());
  private static final RunConfig CONFIG = RunConfig.DEFAULTS.withSeed(11);

  private static RunSummary run(
      RetentionAnalysis analysis, RunInputs inputs, InMemoryAnalysisSink sink) {
    return analysis.run(inputs, CONFIG, sink, ProgressListener.NONE);
  }

  private static <T> Set<CustomerId> ids(List<T> rows, Function<T, CustomerId> id) {
    Set<CustomerId> out = rows.stream().map(id).collect(Collectors.toSet());
    assertEquals(rows.size(), out.size(), "one row per customer");
    return out;
  }

  @Test
  void everyCustomerGetsEveryResultAndTheSummaryAgreesWithThem() {
    InMemoryAnalysisSink sink = new InMemoryAnalysisSink();
    RunInputs inputs =
        RunInputs.of("small", PortFakes.source(CUSTOMERS))
            .withCatalog(PortFakes.catalog(12))
            .withActivity(PortFakes.watches(CUSTOMERS, 12));

    RunSummary summary = run(PortFakes.analysis(PortFakes.MOST_WATCHED), inputs, sink);

    assertEquals(IDS, ids(sink.scores(), ChurnScore::customer));
    for (int i = 1; i < sink.scores().size(); i++) {
      assertTrue(
          sink.scores().get(i - 1).probability() >= sink.scores().get(i).probability(),
          "scores ranked, highest first");
    }
    assertEquals(IDS, ids(sink.plans(), RetentionPlan::customer));
    assertEquals(IDS, ids(sink.rfmRows(), CustomerRfm::customer));
    assertEquals(IDS, ids(sink.segmentRows(), CustomerSegment::customer));
    assertEquals(IDS, ids(sink.recommendationRows(), CustomerRecommendations::customer));
    for (CustomerRecommendations r : sink.recommendationRows()) {
      assertEquals(CONFIG.recommendations(), r.titles().size());
      assertEquals("t0", r.titles().get(0).content().value(), "the most watched title first");
    }
    assertTrue(sink.model().isPresent());
    assertEquals(CONFIG.explainedCustomers(), sink.explanations().size());
    assertEquals(summary, sink.summary().orElseThrow());

    assertEquals(CUSTOMERS.size(), summary.data().customers());
    assertEquals(CUSTOMERS.size(), summary.data().labelled());
    assertEquals(12, summary.data().titles());
    assertEquals(CUSTOMERS.size(), summary.data().events());
    assertEquals("fake-logistic", summary.model().chosen());
    assertEquals(2, summary.model().candidates().size());
    assertEquals(160, summary.holdOut().customers());
    assertTrue(summary.holdOut().rocAuc() > 0.7, "hold-out ROC-AUC " + summary.holdOut().rocAuc());
    assertEquals("days_since_login", summary.globalDrivers().get(0).feature());
    assertEquals(CONFIG.explainedCustomers(), summary.topCustomers().size());
    assertEquals(CONFIG.topPlans(), summary.topPlans().size());
    assertEquals(
        CUSTOMERS.size(),
        summary.actions().stream().mapToLong(RunSummary.ActionCount::customers).sum());
    assertEquals(
        CUSTOMERS.size(),
        summary.segmentation().segments().stream().mapToLong(RunSummary.Segment::customers).sum());
    for (RunSummary.Segment segment : summary.segmentation().segments()) {
      assertTrue(segment.rule().contains("churn"), segment.name() + ": " + segment.rule());
    }
    assertEquals(
        Set.of("Champions", "At Risk"),
        summary.rfm().labels().stream()
            .map(RunSummary.LabelCount::label)
            .collect(Collectors.toSet()));
    assertFalse(summary.content().genres().isEmpty());
    assertEquals(
        List.of(
            "load",
            "features",
            "segmentation",
            "model selection",
            "scoring",
            "explanations",
            "recommendations",
            "plans",
            "content"),
        summary.stages().stream().map(RunSummary.Stage::name).toList());
    assertTrue(summary.files().isEmpty(), "an in-memory sink names no files");
  }

  @Test
  void theSameSeedGivesTheSameResults() {
    RetentionAnalysis analysis = PortFakes.analysis(RecommenderFactory.NONE);
    InMemoryAnalysisSink a = new InMemoryAnalysisSink();
    InMemoryAnalysisSink b = new InMemoryAnalysisSink();

    run(analysis, RunInputs.of("small", PortFakes.source(CUSTOMERS)), a);
    run(analysis, RunInputs.of("small", PortFakes.source(CUSTOMERS)), b);

    assertEquals(a.scores(), b.scores());
    assertEquals(a.plans(), b.plans());
    assertEquals(a.segmentRows(), b.segmentRows());
    assertEquals(a.rfmRows(), b.rfmRows());
  }

  @Test
  void withoutACatalogThereAreNoRecommendationOrContentStages() {
    InMemoryAnalysisSink sink = new InMemoryAnalysisSink();

    RunSummary summary =
        run(
            PortFakes.analysis(RecommenderFactory.NONE),
            RunInputs.of("small", PortFakes.source(CUSTOMERS)),
            sink);

    assertTrue(sink.recommendationRows().isEmpty());
    List<String> stages = summary.stages().stream().map(RunSummary.Stage::name).toList();
    assertFalse(stages.contains("recommendations"), stages.toString());
    assertFalse(stages.contains("content"), stages.toString());
    assertTrue(summary.content().genres().isEmpty());
    assertEquals(IDS, ids(sink.plans(), RetentionPlan::customer));
  }

  @Test
  void aCatalogWithoutARecommenderIsRefusedBeforeAnythingIsRead() {
    AtomicInteger reads = new AtomicInteger();
    RunInputs inputs =
        RunInputs.of("small", counted(PortFakes.source(CUSTOMERS), reads))
            .withCatalog(PortFakes.catalog(3));
    RetentionAnalysis analysis = PortFakes.analysis(RecommenderFactory.NONE);
    InMemoryAnalysisSink sink = new InMemoryAnalysisSink();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run(analysis, inputs, sink));

    assertTrue(e.getMessage().contains("no recommender"), e.getMessage());
    assertEquals(0, reads.get());
  }

  @Test
  void customersOfOneClassOnlyAreARetentionException() {
    List<Customer> stayed = new ArrayList<>();
    for (Customer c : CUSTOMERS) {
      stayed.add(
          Customer.builder(c.id().value())
              .numeric("days_since_login", c.numericValue("days_since_login").orElseThrow())
              .numeric("monthly_fee", c.numericValue("monthly_fee").orElseThrow())
              .categorical("plan", c.categoricalValue("plan").orElseThrow())
              .churned(false)
              .build());
    }
    RetentionAnalysis analysis = PortFakes.analysis(RecommenderFactory.NONE);
    RunInputs inputs = RunInputs.of("small", PortFakes.source(stayed));

    assertThrows(RetentionException.class, () -> run(analysis, inputs, new InMemoryAnalysisSink()));
  }

  @Test
  void aSourceThatChangesBetweenPassesIsARetentionException() {
    AtomicInteger reads = new AtomicInteger();
    CustomerSource shrinking =
        new CustomerSource() {
          @Override
          public CustomerSchema schema() {
            return TestCustomers.SMALL_SCHEMA;
          }

          @Override
          public Stream<Customer> customers() {
            return reads.getAndIncrement() == 0 ? CUSTOMERS.stream() : CUSTOMERS.stream().skip(1);
          }
        };
    RetentionAnalysis analysis = PortFakes.analysis(RecommenderFactory.NONE);
    RunInputs inputs = RunInputs.of("small", shrinking);

    RetentionException e =
        assertThrows(
            RetentionException.class, () -> run(analysis, inputs, new InMemoryAnalysisSink()));

    assertTrue(
        e.getMessage().contains("small") || e.getMessage().contains("c0000"), e.getMessage());
  }

  @Test
  void theCandidatesMustBeAtLeastOneAndNamedApart() {
    PortFakes.LogisticTrainer same = new PortFakes.LogisticTrainer("same", 0.5);

    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> analysisWith(List.of()));
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> analysisWith(List.of(same, same)));

    assertTrue(none.getMessage().contains("at least one"), none.getMessage());
    assertTrue(twice.getMessage().contains("'same'"), twice.getMessage());
  }

  private static RetentionAnalysis analysisWith(List<PortFakes.LogisticTrainer> trainers) {
    return new RetentionAnalysis(
        training -> new PortFakes.RawFeatures(),
        List.copyOf(trainers),
        new PortFakes.CutPointSignals(),
        (features, seed) -> {
          throw new AssertionError("not reached");
        },
        ExplainerFactory.NONE,
        RecommenderFactory.NONE,
        RetentionEngine.withDefaults());
  }

  private static CustomerSource counted(CustomerSource inner, AtomicInteger reads) {
    return new CustomerSource() {
      @Override
      public CustomerSchema schema() {
        return inner.schema();
      }

      @Override
      public Stream<Customer> customers() {
        reads.incrementAndGet();
        return inner.customers();
      }
    };
  }
}
