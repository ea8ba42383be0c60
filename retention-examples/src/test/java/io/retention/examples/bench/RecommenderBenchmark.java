package io.retention.examples.bench;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.domain.GenreMapping;
import io.retention.recommender.ContentIndex;
import io.retention.recommender.FieldWeights;
import io.retention.recommender.HybridRecommender;
import io.retention.recommender.RecommenderConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Top-10 recommendations per second for generated users: 100,000 users with 20 watches or ratings
 * each, over 10,000 titles in 30 genres, with the default hybrid blend. Each call serves the next
 * user in turn. Setup prints the heap the built recommender retains.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecommenderBenchmark {
  private static final int TITLES = 10_000;
  private static final int USERS = 100_000;
  private static final int GENRES = 30;

  private HybridRecommender recommender;
  private List<Customer> users;
  private final AtomicInteger next = new AtomicInteger();

  /** Generates the catalog and histories and builds the recommender. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7);
    List<ContentItem> catalog = new ArrayList<>(TITLES);
    for (int i = 0; i < TITLES; i++) {
      int g = r.nextInt(GENRES);
      StringBuilder description = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        description.append("word").append(g * 50 + r.nextInt(200)).append(' ');
      }
      catalog.add(
          ContentItem.builder("m" + i, "Title " + i, ContentType.MOVIE)
              .genres(List.of("Genre " + g, "Genre " + r.nextInt(GENRES)))
              .description(description.toString())
              .cast(List.of("Actor " + r.nextInt(3000), "Actor " + r.nextInt(3000)))
              .build());
    }
    List<ActivityEvent> events = new ArrayList<>(USERS * 20);
    users = new ArrayList<>(USERS);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int u = 0; u < USERS; u++) {
      int taste = r.nextInt(GENRES);
      CustomerId id = CustomerId.of("u" + u);
      users.add(Customer.builder(id.value()).build());
      for (int k = 0; k < 20; k++) {
        // Most watches come from titles whose index falls in the user's taste band.
        int title =
            r.nextDouble() < 0.7
                ? (taste * (TITLES / GENRES) + r.nextInt(TITLES / GENRES)) % TITLES
                : r.nextInt(TITLES);
        events.add(
            ActivityEvent.about(
                id,
                start.plusSeconds(3_600L * k),
                k % 3 == 0 ? EventType.RATING : EventType.WATCH,
                k % 3 == 0 ? 1 + r.nextInt(5) : 45,
                ContentId.of("m" + title)));
      }
    }
    long before = usedHeap();
    recommender =
        HybridRecommender.build(
            ContentIndex.build(catalog, FieldWeights.DEFAULTS),
            events,
            new CustomerSchema(
                "users", List.of(), List.of("g"), Map.of(AttributeRole.FAVOURITE_GENRE, "g")),
            new GenreMapping(Map.of()),
            RecommenderConfig.DEFAULTS);
    System.out.printf(
        "recommender retains about %d MB for %d titles and %d users%n",
        (usedHeap() - before) / (1024 * 1024), TITLES, USERS);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Top 10 for the next user, on one thread.
   *
   * @return the recommendations
   */
  @Benchmark
  public Object topTen() {
    return recommender.recommend(users.get(Math.floorMod(next.getAndIncrement(), USERS)), 10);
  }

  /**
   * The same on two threads.
   *
   * @return the recommendations
   */
  @Benchmark
  @Threads(2)
  public Object topTenTwoThreads() {
    return topTen();
  }
}
