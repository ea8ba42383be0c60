package io.retention.examples.recommender;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CsvActivitySource;
import io.retention.adapters.csv.CsvReadOptions;
import io.retention.adapters.csv.MovieLensCatalogSource;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.core.evaluation.RankingMetrics;
import io.retention.core.testing.SharedDatasets;
import io.retention.recommender.BlendSelection;
import io.retention.recommender.ContentIndex;
import io.retention.recommender.FieldWeights;
import io.retention.recommender.HybridRecommender;
import io.retention.recommender.RecommenderConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Offline evaluation on MovieLens latest-small with a per-user temporal hold-out: each user's
 * latest 20% of ratings (at least one) are the titles to find; recommenders see the rest. Content
 * comes from genres and free-text tags. The hybrid's blend is chosen on a validation split carved
 * the same way out of the training ratings, never on the test part. Prints the table quoted in the
 * recommender README.
 */
@Tag("dataset")
class MovieLensEvaluationDatasetTest {
  private static final int K = 10;
  private static final CustomerSchema USERS =
      new CustomerSchema("movielens-users", List.of(), List.of(), Map.of());

  /** Each user's events split by time: the last share (at least one) goes to the second part. */
  private static Map<CustomerId, List<List<ActivityEvent>>> temporalSplit(
      List<ActivityEvent> events) {
    Map<CustomerId, List<ActivityEvent>> byUser =
        events.stream()
            .collect(
                Collectors.groupingBy(ActivityEvent::customer, TreeMap::new, Collectors.toList()));
    Map<CustomerId, List<List<ActivityEvent>>> out = new TreeMap<>();
    byUser.forEach(
        (user, list) -> {
          List<ActivityEvent> sorted = new ArrayList<>(list);
          sorted.sort(
              Comparator.comparing(ActivityEvent::at)
                  .thenComparing(e -> e.content().orElseThrow().value()));
          int held = Math.max(1, (int) Math.round(sorted.size() * 0.2));
          out.put(
              user,
              List.of(
                  sorted.subList(0, sorted.size() - held),
                  sorted.subList(sorted.size() - held, sorted.size())));
        });
    return out;
  }

  private static List<ActivityEvent> part(Map<CustomerId, List<List<ActivityEvent>>> split, int i) {
    return split.values().stream().flatMap(p -> p.get(i).stream()).toList();
  }

  private static Map<CustomerId, Set<ContentId>> titles(
      Map<CustomerId, List<List<ActivityEvent>>> split, int i) {
    Map<CustomerId, Set<ContentId>> out = new TreeMap<>();
    split.forEach(
        (u, p) ->
            out.put(
                u,
                p.get(i).stream().map(e -> e.content().orElseThrow()).collect(Collectors.toSet())));
    return out;
  }

  private record Row(String name, double[] metrics) {}

  private static Row evaluate(
      String name,
      Function<CustomerId, List<ContentId>> ranker,
      Map<CustomerId, Set<ContentId>> relevant,
      int catalogSize) {
    double[] sums = new double[5];
    List<List<ContentId>> lists = new ArrayList<>();
    relevant.forEach(
        (user, rel) -> {
          List<ContentId> ranked = ranker.apply(user);
          lists.add(ranked);
          sums[0] += RankingMetrics.precisionAtK(ranked, rel, K);
          sums[1] += RankingMetrics.recallAtK(ranked, rel, K);
          sums[2] += RankingMetrics.ndcgAtK(ranked, rel, K);
          sums[3] += RankingMetrics.averagePrecisionAtK(ranked, rel, K);
          sums[4] += RankingMetrics.hitRateAtK(ranked, rel, K);
        });
    double[] m = new double[6];
    for (int i = 0; i < 5; i++) {
      m[i] = sums[i] / relevant.size();
    }
    m[5] = RankingMetrics.catalogCoverage(lists, catalogSize, K);
    return new Row(name, m);
  }

  private static Function<CustomerId, List<ContentId>> ranker(HybridRecommender r) {
    return user ->
        r.recommend(Customer.builder(user.value()).build(), K).stream()
            .map(Recommendation::content)
            .toList();
  }

  @Test
  void theHybridBeatsPopularityAndTheSimpleBaselinesOnNdcgAt10() {
    Path dir = SharedDatasets.require("movielens_ml-latest-small/ratings.csv").getParent();
    List<ContentItem> catalog;
    try (Stream<ContentItem> s =
        new MovieLensCatalogSource(
                dir.resolve("movies.csv"),
                Optional.of(dir.resolve("tags.csv")),
                CsvReadOptions.DEFAULTS)
            .items()) {
      catalog = s.toList();
    }
    List<ActivityEvent> ratings;
    try (Stream<ActivityEvent> s =
        new CsvActivitySource(dir.resolve("ratings.csv"), ActivityCsvMapping.MOVIELENS_RATINGS)
            .events()) {
      ratings = s.toList();
    }
    ContentIndex index = ContentIndex.build(catalog, FieldWeights.DEFAULTS);
    GenreMapping none = new GenreMapping(Map.of());

    Map<CustomerId, List<List<ActivityEvent>>> test = temporalSplit(ratings);
    List<ActivityEvent> train = part(test, 0);
    Map<CustomerId, List<List<ActivityEvent>>> validation = temporalSplit(train);
    HybridRecommender forTuning =
        HybridRecommender.build(
            index, part(validation, 0), USERS, none, RecommenderConfig.DEFAULTS);
    BlendSelection.Result tuned =
        BlendSelection.choose(
            forTuning,
            titles(validation, 1),
            BlendSelection.grid(RecommenderConfig.DEFAULTS, 4),
            K);

    HybridRecommender base =
        HybridRecommender.build(index, train, USERS, none, RecommenderConfig.DEFAULTS);
    Map<CustomerId, Set<ContentId>> relevant = titles(test, 1);
    Map<CustomerId, Set<ContentId>> seen = titles(test, 0);
    List<ContentId> all = catalog.stream().map(ContentItem::id).toList();
    Function<CustomerId, List<ContentId>> random =
        user -> {
          SplittableRandom r = new SplittableRandom(user.value().hashCode());
          Set<ContentId> picked = new HashSet<>();
          List<ContentId> out = new ArrayList<>();
          while (out.size() < K) {
            ContentId c = all.get(r.nextInt(all.size()));
            if (!seen.get(user).contains(c) && picked.add(c)) {
              out.add(c);
            }
          }
          return out;
        };
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Row row :
        List.of(
            evaluate("random", random, relevant, all.size()),
            evaluate(
                "popularity",
                ranker(base.withConfig(RecommenderConfig.DEFAULTS.withBlend(0, 0, 1))),
                relevant,
                all.size()),
            evaluate(
                "item-kNN (co-occurrence)",
                ranker(base.withConfig(RecommenderConfig.DEFAULTS.withBlend(0, 1, 0))),
                relevant,
                all.size()),
            evaluate(
                "content (genres + tags TF-IDF)",
                ranker(base.withConfig(RecommenderConfig.DEFAULTS.withBlend(1, 0, 0))),
                relevant,
                all.size()),
            evaluate("hybrid, default blend 0.3/0.6/0.1", ranker(base), relevant, all.size()),
            evaluate(
                String.format(
                    Locale.ROOT,
                    "hybrid, blend chosen on validation %.2f/%.2f/%.2f",
                    tuned.best().content(),
                    tuned.best().collaborative(),
                    tuned.best().popularity()),
                ranker(base.withConfig(tuned.best())),
                relevant,
                all.size()))) {
      rows.put(row.name(), row);
    }
    StringBuilder table =
        new StringBuilder(
            "| recommender | precision@10 | recall@10 | NDCG@10 | MAP@10 | hit rate@10 | coverage |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
    rows.values()
        .forEach(
            r ->
                table.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n",
                        r.name(),
                        r.metrics()[0],
                        r.metrics()[1],
                        r.metrics()[2],
                        r.metrics()[3],
                        r.metrics()[4],
                        r.metrics()[5])));
    System.out.print(table);
    double popularity = rows.get("popularity").metrics()[2];
    double bestHybrid =
        rows.values().stream()
            .filter(r -> r.name().startsWith("hybrid, blend chosen"))
            .findFirst()
            .orElseThrow()
            .metrics()[2];
    assertTrue(
        bestHybrid > popularity, "hybrid NDCG@10 " + bestHybrid + " vs popularity " + popularity);
    assertTrue(popularity > rows.get("random").metrics()[2]);
  }
}
