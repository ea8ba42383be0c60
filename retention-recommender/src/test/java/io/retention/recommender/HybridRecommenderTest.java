package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.RecommenderContract;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.Recommender;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HybridRecommenderTest extends RecommenderContract {

  private static final ContentIndex INDEX =
      ContentIndex.build(Fixtures.CATALOG, FieldWeights.DEFAULTS);

  private static HybridRecommender build(RecommenderConfig config) {
    return HybridRecommender.build(
        INDEX, Fixtures.events(), Fixtures.SCHEMA, Fixtures.GENRES, config);
  }

  private static final HybridRecommender RECOMMENDER = build(RecommenderConfig.DEFAULTS);

  @Override
  protected Recommender createRecommender() {
    return RECOMMENDER;
  }

  @Override
  protected List<Customer> customers() {
    List<Customer> out = new ArrayList<>();
    for (int u = 0; u < 6; u++) {
      out.add(Customer.builder("u" + u).build());
    }
    out.add(Customer.builder("new").categorical("favourite", "Horror").build());
    return out;
  }

  @Override
  protected Set<ContentId> seenBy(Customer customer) {
    return new HashSet<>(RECOMMENDER.seen(customer.id()));
  }

  private static boolean horror(Recommendation r) {
    return Integer.parseInt(r.content().value().substring(1)) % 2 == 0;
  }

  @Test
  void aHorrorViewerGetsHorrorBecauseOfWhatTheyWatched() {
    List<Recommendation> recs = RECOMMENDER.recommend(Customer.builder("u0").build(), 3);
    assertTrue(recs.stream().allMatch(HybridRecommenderTest::horror), recs.toString());
    HybridRecommender contentOnly =
        RECOMMENDER.withConfig(RecommenderConfig.DEFAULTS.withBlend(1, 0, 0));
    Recommendation first = contentOnly.recommend(Customer.builder("u0").build(), 1).get(0);
    assertTrue(first.reason().startsWith("because you watched Fright"), first.reason());
    Recommendation cf =
        RECOMMENDER
            .withConfig(RecommenderConfig.DEFAULTS.withBlend(0, 1, 0))
            .recommend(Customer.builder("u0").build(), 1)
            .get(0);
    assertEquals("popular with viewers like you", cf.reason());
  }

  @Test
  void aNewCustomerStartsFromTheirFavouriteGenre() {
    List<Recommendation> recs =
        RECOMMENDER.recommend(
            Customer.builder("new").categorical("favourite", "Comedy").build(), 4);
    assertTrue(recs.stream().noneMatch(HybridRecommenderTest::horror), recs.toString());
    assertEquals("matches your favourite genre Comedy", recs.get(0).reason());
    List<Recommendation> anyone = RECOMMENDER.recommend(Customer.builder("nobody").build(), 2);
    assertEquals("popular with viewers", anyone.get(0).reason());
  }

  @Test
  void lowRatingsDoNotCountAsLikingATitle() {
    List<ActivityEvent> events =
        List.of(
            ActivityEvent.about(
                CustomerId.of("critic"),
                Fixtures.START,
                EventType.RATING,
                1.0,
                ContentId.of("t00")));
    HybridRecommender r =
        HybridRecommender.build(
            INDEX, events, Fixtures.SCHEMA, Fixtures.GENRES, RecommenderConfig.DEFAULTS);
    List<Recommendation> recs = r.recommend(Customer.builder("critic").build(), 3);
    assertTrue(recs.stream().noneMatch(x -> x.reason().startsWith("because")), recs.toString());
    assertFalse(recs.stream().anyMatch(x -> x.content().value().equals("t00")), "seen is excluded");
    assertTrue(r.knows(CustomerId.of("critic")));
  }

  @Test
  void diversityReRankingMixesGenres() {
    HybridRecommender contentOnly =
        RECOMMENDER.withConfig(RecommenderConfig.DEFAULTS.withBlend(1, 0, 0));
    Customer u0 = Customer.builder("u0").build();
    long plain = contentOnly.recommend(u0, 6).stream().filter(x -> !horror(x)).count();
    long diverse =
        contentOnly
            .withConfig(RecommenderConfig.DEFAULTS.withBlend(1, 0, 0).withDiversity(0.3))
            .recommend(u0, 6)
            .stream()
            .filter(x -> !horror(x))
            .count();
    assertTrue(diverse > plain, plain + " comedies before, " + diverse + " after");
  }

  @Test
  void badConfigurationsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> RecommenderConfig.DEFAULTS.withBlend(0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> RecommenderConfig.DEFAULTS.withDiversity(0));
    assertThrows(
        IllegalArgumentException.class, () -> RecommenderConfig.DEFAULTS.withBlend(-1, 1, 0));
  }
}
