package io.retention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.retention.adapters.csv.ResultReader;
import io.retention.adapters.csv.RunFolder;
import io.retention.adapters.csv.RunFolderSink;
import io.retention.core.CustomerInputException;
import io.retention.core.analysis.AssessCustomers;
import io.retention.core.analysis.CustomerAssessment;
import io.retention.core.analysis.InMemoryAnalysisSink;
import io.retention.core.analysis.RetentionAnalysis;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.CustomerSegment;
import io.retention.core.domain.InputPolicy;
import io.retention.core.domain.InputReport;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.Segment;
import io.retention.core.persistence.ModelBundleFile;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.strategy.RetentionEngine;
import io.retention.core.strategy.RetentionPolicy;
import io.retention.core.strategy.StrategyConfig;
import io.retention.features.FeaturesModule;
import io.retention.ml.tribuo.LogisticRegressionConfig;
import io.retention.ml.tribuo.RandomForestConfig;
import io.retention.ml.tribuo.TribuoModule;
import io.retention.recommender.RecommenderModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis as a host runs it: the library's Guice modules and three bindings of the
 * host's own, the service from the injector, generated subscribers in, results in memory and in a
 * results folder.
 */
class WholeAnalysisTest {
  private static final RunConfig CONFIG = RunConfig.DEFAULTS.withSeed(5);
  private static final GeneratedSubscribers WORLD = new GeneratedSubscribers(3_000, 40, 5);

  private static Injector injector;
  private static InMemoryAnalysisSink memory;
  private static RunSummary summary;

  static Injector hostInjector(CustomerSchema schema, RunConfig config) {
    return Guice.createInjector(
        new FeaturesModule(),
        new TribuoModule(
            LogisticRegressionConfig.DEFAULTS.withSeed(config.seed()),
            RandomForestConfig.DEFAULTS.withSeed(config.seed()).withTrees(config.forestTrees())),
        new RecommenderModule(),
        binder -> {
          binder.bind(CustomerSchema.class).toInstance(schema);
          binder.bind(StrategyConfig.class).toInstance(StrategyConfig.DEFAULTS);
          binder.bind(RetentionPolicy.class).toInstance(RetentionPolicy.defaultPreset());
          binder.bind(RetentionEngine.class).asEagerSingleton();
        });
  }

  private static RunInputs inputs() {
    return RunInputs.of("generated", WORLD.source())
        .withCatalog(WORLD.catalog())
        .withActivity(WORLD.activity());
  }

  @BeforeAll
  static void runOnce() {
    injector = hostInjector(GeneratedSubscribers.SCHEMA, CONFIG);
    memory = new InMemoryAnalysisSink();
    summary =
        injector
            .getInstance(RetentionAnalysis.class)
            .run(inputs(), CONFIG, memory, ProgressListener.NONE);
  }

  @Test
  void everySubscriberIsScoredSegmentedGivenRfmTitlesAndAPlan() {
    Set<CustomerId> ids = WORLD.customers.stream().map(Customer::id).collect(Collectors.toSet());

    assertEquals(
        ids, memory.scores().stream().map(ChurnScore::customer).collect(Collectors.toSet()));
    assertEquals(
        ids, memory.plans().stream().map(RetentionPlan::customer).collect(Collectors.toSet()));
    assertEquals(ids.size(), memory.rfmRows().size());
    assertEquals(ids.size(), memory.segmentRows().size());
    assertEquals(ids.size(), memory.recommendationRows().size());
    assertEquals(CONFIG.explainedCustomers(), memory.explanations().size());
    assertEquals(summary, memory.summary().orElseThrow());
  }

  @Test
  void theModelFindsTheSignalOnCustomersItNeverSaw() {
    assertTrue(
        Set.of("logistic-regression", "random-forest").contains(summary.model().chosen()),
        summary.model().chosen());
    assertEquals(600, summary.holdOut().customers());
    assertTrue(summary.holdOut().rocAuc() > 0.75, "hold-out ROC-AUC " + summary.holdOut().rocAuc());
    List<String> drivers =
        summary.globalDrivers().stream().map(RunSummary.Driver::feature).limit(3).toList();
    assertTrue(drivers.contains("last_login_days"), drivers.toString());
  }

  @Test
  void segmentsAndRfmCoverEveryone() {
    int k = summary.segmentation().k();
    assertTrue(k >= CONFIG.minSegments() && k <= CONFIG.maxSegments(), "k = " + k);
    assertEquals(
        WORLD.customers.size(),
        summary.segmentation().segments().stream().mapToLong(RunSummary.Segment::customers).sum());
    assertEquals(
        WORLD.customers.size(),
        summary.rfm().labels().stream().mapToLong(RunSummary.LabelCount::customers).sum());
  }

  @Test
  void recommendationsAreCatalogTitlesTheSubscriberHasNotWatched() {
    Set<ContentId> catalog = WORLD.titles.stream().map(ContentItem::id).collect(Collectors.toSet());
    Map<CustomerId, Set<ContentId>> watched = new HashMap<>();
    WORLD.events.forEach(
        e ->
            watched
                .computeIfAbsent(e.customer(), c -> new java.util.HashSet<>())
                .add(e.content().orElseThrow()));
    for (CustomerRecommendations row : memory.recommendationRows()) {
      assertEquals(CONFIG.recommendations(), row.titles().size(), row.customer().value());
      for (Recommendation r : row.titles()) {
        assertTrue(catalog.contains(r.content()), r.content().value());
        assertFalse(
            watched.getOrDefault(row.customer(), Set.of()).contains(r.content()),
            row.customer().value() + " already watched " + r.content().value());
      }
    }
  }

  @Test
  void theModelInTheSinkScoresEveryoneAsTheRunDid() {
    ChurnModelBundle bundle = memory.model().orElseThrow().churn();
    Map<CustomerId, Double> scored =
        memory.scores().stream()
            .collect(Collectors.toMap(ChurnScore::customer, ChurnScore::probability));
    for (Customer c : WORLD.customers) {
      assertEquals(scored.get(c.id()), bundle.score(c).probability(), 1e-12, c.id().value());
    }
  }

  @Test
  void aResultsFolderHoldsTheSameRunAndABundleThatReadsBack(@TempDir Path dir) throws Exception {
    ModelBundleFile format = injector.getInstance(ModelBundleFile.class);
    RunFolder folder = new RunFolder(dir);

    RunSummary again =
        injector
            .getInstance(RetentionAnalysis.class)
            .run(inputs(), CONFIG, new RunFolderSink(folder, format), ProgressListener.NONE);

    assertEquals(summary.holdOut(), again.holdOut());
    assertEquals(summary.topPlans(), again.topPlans());
    assertEquals(summary.segmentation(), again.segmentation());
    assertFalse(again.files().isEmpty());
    for (String file : again.files().values()) {
      assertTrue(Files.isRegularFile(folder.file(file)), file);
    }
    assertEquals(again.topPlans(), folder.readSummary().topPlans());
    assertReadBackAsInMemory(folder);
    ChurnModelBundle read =
        format.read(
            Files.readAllBytes(folder.file(again.files().get("model"))),
            again.files().get("model"));
    Customer first = WORLD.customers.get(0);
    assertEquals(
        memory.model().orElseThrow().churn().score(first).probability(),
        read.score(first).probability(),
        1e-12);
    assertPlacedAsTheRunDid(
        format.readModel(
            Files.readAllBytes(folder.file(again.files().get("model"))),
            again.files().get("model")));
  }

  /**
   * The folder's per-customer files, read back by the CSV adapter, hold what the memory sink got.
   */
  private static void assertReadBackAsInMemory(RunFolder folder) {
    assertEquals(memory.scores(), ResultReader.scores(folder.file(RunFolder.SCORES)));
    assertEquals(
        memory.explanations(), ResultReader.explanations(folder.file(RunFolder.EXPLANATIONS)));
    Map<CustomerId, Segment> segments = new HashMap<>();
    memory.segmentRows().forEach(r -> segments.put(r.customer(), r.segment()));
    assertEquals(segments, ResultReader.segments(folder.file(RunFolder.SEGMENTS)));
    Map<CustomerId, List<Recommendation>> titles = new HashMap<>();
    memory.recommendationRows().stream()
        .filter(r -> !r.titles().isEmpty())
        .forEach(r -> titles.put(r.customer(), r.titles()));
    assertEquals(titles, ResultReader.recommendations(folder.file(RunFolder.RECOMMENDATIONS)));
  }

  @Test
  void theModelInTheSinkPlacesEveryoneAsTheRunDid() {
    assertPlacedAsTheRunDid(memory.model().orElseThrow());
  }

  /**
   * The run's probability, RFM label, segment and whole plan of every subscriber, given again by
   * the service a host or a command calls with the saved model.
   */
  private static void assertPlacedAsTheRunDid(RetentionModel model) {
    AssessCustomers service =
        new AssessCustomers(
            model, GeneratedSubscribers.SCHEMA, injector.getInstance(RetentionEngine.class));
    Map<CustomerId, ChurnScore> scores = byId(memory.scores(), ChurnScore::customer);
    Map<CustomerId, CustomerRfm> rfm = byId(memory.rfmRows(), CustomerRfm::customer);
    Map<CustomerId, CustomerSegment> segments =
        byId(memory.segmentRows(), CustomerSegment::customer);
    Map<CustomerId, RetentionPlan> plans = byId(memory.plans(), RetentionPlan::customer);
    Map<CustomerId, CustomerRecommendations> titles =
        byId(memory.recommendationRows(), CustomerRecommendations::customer);
    Set<String> actions = new java.util.HashSet<>();
    for (Customer c : WORLD.customers) {
      CustomerId id = c.id();
      CustomerAssessment a =
          service.assess(
              c,
              Optional.ofNullable(memory.explanations().get(id)),
              titles.get(id).titles().stream().map(Recommendation::title).toList());
      assertEquals(scores.get(id).probability(), a.score().probability(), 1e-12, id.value());
      assertEquals(rfm.get(id).score().label(), a.rfmLabel(), id.value());
      assertEquals(segments.get(id).segment(), a.segment(), id.value());
      assertEquals(plans.get(id), a.plan(), id.value());
      actions.add(a.plan().action().code());
    }
    assertTrue(actions.size() > 1, "the plans use more than one action: " + actions);
  }

  @Test
  void aHostsCustomerWithAnAttributeTheModelDoesNotReadIsRefusedUnlessLenient() {
    RetentionModel model = memory.model().orElseThrow();
    AssessCustomers strict =
        new AssessCustomers(
            model, GeneratedSubscribers.SCHEMA, injector.getInstance(RetentionEngine.class));
    Customer c = WORLD.customers.get(0);
    Map<String, Double> numbers = new java.util.HashMap<>(c.numeric());
    numbers.put("shoe_size", 42.0);
    Customer typo = new Customer(c.id(), numbers, c.categorical(), c.label());
    CustomerInputException e =
        assertThrows(CustomerInputException.class, () -> strict.assess(typo));
    assertEquals(List.of("shoe_size"), e.report().unknown(), e.getMessage());
    CustomerAssessment lenient = strict.withInputPolicy(InputPolicy.LENIENT).assess(typo);
    assertEquals(List.of("shoe_size"), lenient.inputs().unknown());
    assertEquals(strict.assess(c).plan(), lenient.plan());
    assertEquals(InputReport.CLEAN, strict.assess(c).inputs());
  }

  private static <T> Map<CustomerId, T> byId(List<T> rows, Function<T, CustomerId> id) {
    return rows.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
