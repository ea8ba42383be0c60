package io.retention.examples.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.retention.adapters.csv.ResultReader;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.analysis.RunConfig;
import io.retention.core.analysis.RunInputs;
import io.retention.core.analysis.RunSummary;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ProgressListener;
import io.retention.examples.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionPipelineTest {
  private static final int CUSTOMERS = 1500;
  private static final String[] GENRES = {
    "Action & Adventure",
    "Comedies",
    "Dramas",
    "Documentaries",
    "Horror Movies",
    "Romantic Movies",
    "Sci-Fi & Fantasy"
  };

  @TempDir static Path shared;
  @TempDir Path dir;

  private static RunFolder customersOnly;
  private static RunSummary customersOnlySummary;
  private static RunFolder withCatalog;
  private static RunSummary withCatalogSummary;
  private static final AtomicLong STARTED = new AtomicLong();

  @BeforeAll
  static void runTheDemoTwice() {
    SyntheticCustomers generated = new SyntheticCustomers(CUSTOMERS, 7);
    customersOnly = new RunFolder(shared.resolve("customers-only"));
    ProgressListener counting =
        new ProgressListener() {
          @Override
          public void started(String task, long totalSteps) {
            STARTED.incrementAndGet();
          }

          @Override
          public void advanced(long stepsDone) {}

          @Override
          public void finished() {}
        };
    customersOnlySummary =
        RetentionPipeline.create(generated.schema(), customersOnly, RunConfig.DEFAULTS.withSeed(7))
            .run(RunInputs.of("generated", generated), counting);

    withCatalog = new RunFolder(shared.resolve("with-catalog"));
    withCatalogSummary =
        RetentionPipeline.create(generated.schema(), withCatalog, RunConfig.DEFAULTS.withSeed(7))
            .run(
                RunInputs.of("generated", generated)
                    .withCatalog(RetentionPipelineTest::catalog)
                    .withActivity(RetentionPipelineTest::events),
                ProgressListener.NONE);
  }

  /** Forty titles, movies and shows, over the Netflix genres the generated favourites map to. */
  private static Stream<ContentItem> catalog() {
    List<ContentItem> items = new ArrayList<>();
    for (int t = 0; t < 40; t++) {
      items.add(
          ContentItem.builder(
                  "s" + t, "Title " + t, t % 3 == 0 ? ContentType.TV_SHOW : ContentType.MOVIE)
              .genres(List.of(GENRES[t % GENRES.length], GENRES[(t + 2) % GENRES.length]))
              .releaseYear(2000 + t % 6)
              .description("a story number " + t + " about " + GENRES[t % GENRES.length])
              .build());
    }
    return items.stream();
  }

  /** Watches for the first half of the customers: a seeded handful of titles each. */
  private static final int EVENTS_PER_CUSTOMER = 6;

  private static Stream<ActivityEvent> events() {
    SplittableRandom random = new SplittableRandom(11);
    List<ActivityEvent> events = new ArrayList<>();
    SyntheticCustomers generated = new SyntheticCustomers(CUSTOMERS / 2, 7);
    generated
        .customers()
        .forEach(
            c -> {
              // Watches and ratings (every third event, 0.5 to 5 stars, some below the liking
              // threshold), over 40 titles, so that titles repeat within a customer.
              for (int w = 0; w < EVENTS_PER_CUSTOMER; w++) {
                boolean rating = w % 3 == 2;
                events.add(
                    ActivityEvent.about(
                        c.id(),
                        Instant.parse("2026-06-01T00:00:00Z")
                            .plusSeconds(3600L * random.nextInt(500)),
                        rating ? EventType.RATING : EventType.WATCH,
                        rating ? 0.5 * (1 + random.nextInt(10)) : 1.0,
                        new ContentId("s" + random.nextInt(40))));
              }
            });
    return events.stream();
  }

  @Test
  void everyCustomerIsScoredSegmentedAndPlannedAndTheSummaryMatchesTheFiles() throws IOException {
    RunSummary s = RunFolderChecks.checkConsistent(customersOnly);
    assertEquals(CUSTOMERS, s.data().customers());
    assertEquals(CUSTOMERS, s.data().labelled());
    assertEquals(customersOnlySummary, s, "metrics.json reads back as written");
    assertEquals(
        List.of(
            "load",
            "features",
            "segmentation",
            "model selection",
            "scoring",
            "explanations",
            "plans"),
        s.stages().stream().map(RunSummary.Stage::name).toList());
    assertTrue(STARTED.get() >= 7, "progress is reported for every stage");
    assertEquals(
        Set.of("logistic-regression", "random-forest"),
        new HashSet<>(s.model().candidates().stream().map(RunSummary.Candidate::name).toList()));
    assertEquals(RunConfig.DEFAULT_FOLDS, s.model().folds());
    for (RunSummary.Candidate c : s.model().candidates()) {
      assertEquals(RunConfig.DEFAULT_FOLDS, c.foldPrAuc().size());
    }
    assertEquals(300, s.holdOut().customers(), "20% of 1,500 labelled customers");
    assertTrue(
        s.holdOut().rocAuc() > 0.75 && s.holdOut().rocAuc() < 0.95, "" + s.holdOut().rocAuc());
    assertFalse(s.globalDrivers().isEmpty());
    assertEquals(RunConfig.DEFAULTS.explainedCustomers(), s.topCustomers().size());
    assertEquals(
        s.topPlans().get(0).customerId(),
        s.topCustomers().get(0).customerId(),
        "the first explained customer is the plan's first");
    assertTrue(s.content().genres().isEmpty(), "no catalog, no content summary");
    assertFalse(Files.exists(customersOnly.file(RunFolder.RECOMMENDATIONS)));
    assertTrue(Files.isRegularFile(customersOnly.file(RunFolder.MODEL)));
    assertEquals(s.segmentation().scan().size(), 5, "k from 2 to 6");
  }

  @Test
  void eachExplainedCustomersContributionsAddUpFromTheBaseValueToThePrediction() {
    Map<String, Double> prediction = new HashMap<>();
    ResultReader.explanations(customersOnly.file(RunFolder.EXPLANATIONS))
        .forEach((id, x) -> prediction.put(id.value(), x.prediction()));
    assertFalse(customersOnlySummary.topCustomers().isEmpty());
    for (RunSummary.CustomerExplanation e : customersOnlySummary.topCustomers()) {
      double end =
          e.baseValue()
              + e.contributions().stream().mapToDouble(RunSummary.Contribution::contribution).sum();
      assertEquals(prediction.get(e.customerId()), end, 1e-9, e.customerId());
      assertTrue(e.contributions().size() <= RunSummary.CONTRIBUTIONS + 1);
    }
  }

  @Test
  void theHoldOutCurvesRunFromCornerToCorner() {
    RunSummary.HoldOutSummary h = customersOnlySummary.holdOut();
    assertEquals(new RunSummary.CurvePoint(0.0, 0.0), h.roc().get(0));
    assertEquals(new RunSummary.CurvePoint(1.0, 1.0), h.roc().get(h.roc().size() - 1));
    assertEquals(1.0, h.pr().get(h.pr().size() - 1).x(), 1e-12);
    assertEquals(RunSummary.CURVE_POINTS, h.roc().size(), "thinned to the cap");
    long binned = h.calibrationAfter().stream().mapToLong(RunSummary.CalibrationBin::count).sum();
    assertEquals(h.customers(), binned);
  }

  @Test
  void withACatalogAndEventsEveryCustomerGetsTitlesAndTheContentIsSummarised() throws IOException {
    RunSummary s = RunFolderChecks.checkConsistent(withCatalog);
    assertEquals(withCatalogSummary, s);
    assertEquals(40, s.data().titles());
    assertEquals(CUSTOMERS / 2 * EVENTS_PER_CUSTOMER, s.data().events());
    assertFalse(s.data().snapshot().isEmpty());
    CsvTable recs = CsvTable.read(withCatalog.file(RunFolder.RECOMMENDATIONS));
    Set<String> recommended = new HashSet<>(recs.column("customer_id"));
    assertEquals(CUSTOMERS, recommended.size(), "watchers and cold starts alike");
    assertTrue(recs.rows().size() <= CUSTOMERS * RunConfig.DEFAULTS.recommendations());
    assertEquals(
        80,
        s.content().genres().stream().mapToLong(RunSummary.GenreCount::titles).sum(),
        "two genres per title");
    assertEquals(
        40, s.content().typeByYear().stream().mapToLong(y -> y.movies() + y.tvShows()).sum());
    assertEquals(
        CUSTOMERS,
        s.content().churnByFavouriteGenre().stream()
            .mapToLong(RunSummary.LabelCount::customers)
            .sum());
    CsvTable plans = CsvTable.read(withCatalog.file(RunFolder.PLANS));
    assertTrue(plans.rows().stream().allMatch(r -> !r.get("recommended_titles").isEmpty()));
    assertTrue(s.stages().stream().anyMatch(st -> st.name().equals("recommendations")));
    assertTrue(s.stages().stream().anyMatch(st -> st.name().equals("content")));
  }

  @Test
  void theSameSeedGivesTheSameFiles() throws IOException {
    SyntheticCustomers generated = new SyntheticCustomers(CUSTOMERS, 7);
    RunFolder again = new RunFolder(dir);
    RetentionPipeline.create(generated.schema(), again, RunConfig.DEFAULTS.withSeed(7))
        .run(RunInputs.of("generated", generated), ProgressListener.NONE);
    for (String file :
        List.of(
            RunFolder.SCORES,
            RunFolder.SEGMENTS,
            RunFolder.RFM,
            RunFolder.PLANS,
            RunFolder.MODEL)) {
      assertArrayEquals(
          Files.readAllBytes(customersOnly.file(file)), Files.readAllBytes(again.file(file)), file);
    }
  }

  @Test
  void neitherTheThreadCountNorTheOrderOfTheEventsChangesTheTitlesOrThePlans() throws Exception {
    SyntheticCustomers generated = new SyntheticCustomers(CUSTOMERS, 7);
    RunFolder again = new RunFolder(dir);
    ForkJoinPool oneThread = new ForkJoinPool(1);
    try {
      // parallel streams started inside the pool's task run on its single thread
      oneThread
          .submit(
              () ->
                  RetentionPipeline.create(
                          generated.schema(), again, RunConfig.DEFAULTS.withSeed(7))
                      .run(
                          RunInputs.of("generated", generated)
                              .withCatalog(RetentionPipelineTest::catalog)
                              .withActivity(
                                  () -> {
                                    // customers' events interleaved, in no order at all
                                    List<ActivityEvent> shuffled =
                                        new ArrayList<>(events().toList());
                                    Collections.shuffle(shuffled, new Random(5));
                                    return shuffled.stream();
                                  }),
                          ProgressListener.NONE))
          .get();
    } finally {
      oneThread.shutdown();
    }
    for (String file : List.of(RunFolder.RECOMMENDATIONS, RunFolder.PLANS)) {
      assertArrayEquals(
          Files.readAllBytes(withCatalog.file(file)), Files.readAllBytes(again.file(file)), file);
    }
  }

  @Test
  void unlabelledCustomersAreScoredAndPlannedButNotTrainedOn() throws IOException {
    SyntheticCustomers generated = new SyntheticCustomers(900, 3);
    CustomerSource partly =
        source(
            generated.schema(),
            () ->
                generated
                    .customers()
                    .map(
                        c ->
                            Integer.parseInt(c.id().value().substring(1)) % 3 == 0
                                ? new Customer(
                                    c.id(), c.numeric(), c.categorical(), ChurnLabel.UNKNOWN)
                                : c));
    RunFolder folder = new RunFolder(dir);
    RunSummary s =
        RetentionPipeline.create(generated.schema(), folder, RunConfig.DEFAULTS)
            .run(RunInputs.of("partly labelled", partly), ProgressListener.NONE);
    assertEquals(900, s.data().customers());
    assertEquals(600, s.data().labelled());
    assertEquals(120, s.holdOut().customers(), "20% of the labelled customers");
    RunFolderChecks.checkConsistent(folder);
  }

  @Test
  void aSourceThatChangesBetweenPassesIsRefused() {
    SyntheticCustomers first = new SyntheticCustomers(300, 1);
    SyntheticCustomers second = new SyntheticCustomers(301, 1);
    CustomerSource changing = mock(CustomerSource.class);
    when(changing.schema()).thenReturn(first.schema());
    AtomicLong passes = new AtomicLong();
    when(changing.customers())
        .thenAnswer(
            call -> passes.getAndIncrement() == 0 ? first.customers() : second.customers().skip(1));
    RetentionPipeline pipeline =
        RetentionPipeline.create(first.schema(), new RunFolder(dir), RunConfig.DEFAULTS);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> pipeline.run(RunInputs.of("changing", changing), ProgressListener.NONE));
    assertTrue(e.getMessage().contains("same customers in the same order"), e.getMessage());
  }

  @Test
  void customersWithoutAnyLabelCannotMakeARun() {
    SyntheticCustomers generated = new SyntheticCustomers(50, 1);
    CustomerSource unlabelled =
        source(
            generated.schema(),
            () ->
                generated
                    .customers()
                    .map(
                        c ->
                            new Customer(
                                c.id(), c.numeric(), c.categorical(), ChurnLabel.UNKNOWN)));
    RetentionPipeline pipeline =
        RetentionPipeline.create(generated.schema(), new RunFolder(dir), RunConfig.DEFAULTS);
    RetentionException e =
        assertThrows(
            RetentionException.class,
            () -> pipeline.run(RunInputs.of("unlabelled", unlabelled), ProgressListener.NONE));
    assertTrue(e.getMessage().contains("no customer has a churn label"), e.getMessage());
  }

  @Test
  void customersOfAnotherLayoutAreRefused() {
    SyntheticCustomers generated = new SyntheticCustomers(50, 1);
    RetentionPipeline pipeline =
        RetentionPipeline.create(CustomerSchema.TELCO, new RunFolder(dir), RunConfig.DEFAULTS);
    assertThrows(
        IllegalArgumentException.class,
        () -> pipeline.run(RunInputs.of("generated", generated), ProgressListener.NONE));
  }

  private static CustomerSource source(
      CustomerSchema schema, java.util.function.Supplier<Stream<Customer>> customers) {
    return new CustomerSource() {
      @Override
      public CustomerSchema schema() {
        return schema;
      }

      @Override
      public Stream<Customer> customers() {
        return customers.get();
      }
    };
  }
}
