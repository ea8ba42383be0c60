package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.RecommenderContract;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.Recommender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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
  void titlesOfEqualScoreGoToTheSmallerIdWhateverTheCatalogOrder() {
    List<ContentItem> reversed = new ArrayList<>(Fixtures.CATALOG);
    Collections.reverse(reversed);
    HybridRecommender noViews =
        HybridRecommender.build(
            ContentIndex.build(reversed, FieldWeights.DEFAULTS),
            List.of(),
            Fixtures.SCHEMA,
            Fixtures.GENRES,
            RecommenderConfig.DEFAULTS);

    List<String> comedy =
        noViews
            .recommend(Customer.builder("c").categorical("favourite", "Comedy").build(), 3)
            .stream()
            .map(r -> r.content().value())
            .toList();
    List<String> anything =
        noViews.recommend(Customer.builder("d").build(), 3).stream()
            .map(r -> r.content().value())
            .toList();

    // No views: every popularity is 0, so the genre decides and the id breaks the ties.
    assertEquals(List.of("t01", "t03", "t05"), comedy);
    assertEquals(List.of("t00", "t01", "t02"), anything);
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

  private static final List<RecommenderConfig> BLENDS =
      List.of(
          RecommenderConfig.DEFAULTS,
          RecommenderConfig.DEFAULTS.withBlend(1, 0, 0),
          RecommenderConfig.DEFAULTS.withBlend(0, 1, 0),
          RecommenderConfig.DEFAULTS.withDiversity(0.5));

  /** Every customer's top 8 under each blend, scores compared exactly. */
  private static List<List<Recommendation>> everything(HybridRecommender r) {
    List<List<Recommendation>> out = new ArrayList<>();
    for (RecommenderConfig config : BLENDS) {
      for (int u = 0; u < 41; u++) {
        out.add(r.withConfig(config).recommend(Customer.builder("u" + u).build(), 8));
      }
    }
    return out;
  }

  /** The fixture's viewers plus repeated watches and ratings of the same titles years apart. */
  private static List<ActivityEvent> repeatedInteractions() {
    List<ActivityEvent> out = new ArrayList<>(Fixtures.events());
    Random r = new Random(11);
    EventType[] types = {EventType.WATCH, EventType.RATING, EventType.LOGIN};
    for (int u = 0; u < 40; u++) {
      for (int k = 0; k < 12; k++) {
        CustomerId id = CustomerId.of("u" + u);
        Instant at = Fixtures.START.minusSeconds(86_400L * r.nextInt(2_000));
        EventType type = types[r.nextInt(types.length)];
        out.add(
            type == EventType.LOGIN
                ? ActivityEvent.of(id, at, type, 0)
                : ActivityEvent.about(
                    id,
                    at,
                    type,
                    type == EventType.RATING ? 0.5 * (1 + r.nextInt(10)) : 30,
                    ContentId.of(String.format("t%02d", r.nextInt(6)))));
      }
    }
    return out;
  }

  @Test
  void theOrderOfTheEventsChangesNoRecommendation() {
    List<ActivityEvent> events = repeatedInteractions();
    List<List<Recommendation>> expected =
        everything(
            HybridRecommender.build(
                INDEX, events, Fixtures.SCHEMA, Fixtures.GENRES, RecommenderConfig.DEFAULTS));
    for (long seed = 1; seed <= 3; seed++) {
      List<ActivityEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(seed));
      HybridRecommender.Builder b =
          HybridRecommender.builder(
              INDEX, Fixtures.SCHEMA, Fixtures.GENRES, RecommenderConfig.DEFAULTS);
      shuffled.forEach(b::add);
      assertEquals(expected, everything(b.build()), "shuffled with seed " + seed);
    }
    List<ActivityEvent> byCustomerNewestFirst = new ArrayList<>(events);
    byCustomerNewestFirst.sort(
        Comparator.comparing(ActivityEvent::customer)
            .thenComparing(ActivityEvent::at, Comparator.reverseOrder()));
    assertEquals(
        expected,
        everything(
            HybridRecommender.build(
                INDEX,
                byCustomerNewestFirst,
                Fixtures.SCHEMA,
                Fixtures.GENRES,
                RecommenderConfig.DEFAULTS)));
  }

  private static List<Recommendation> contentOnlyFor(List<ActivityEvent> events) {
    return HybridRecommender.build(
            INDEX,
            events,
            Fixtures.SCHEMA,
            Fixtures.GENRES,
            RecommenderConfig.DEFAULTS.withBlend(1, 0, 0))
        .recommend(Customer.builder("fan").build(), 10);
  }

  private static ActivityEvent rating(String title, int day, double stars) {
    return ActivityEvent.about(
        CustomerId.of("fan"),
        Fixtures.START.plusSeconds(86_400L * day),
        EventType.RATING,
        stars,
        ContentId.of(title));
  }

  private static ActivityEvent watch(String title, int day) {
    return ActivityEvent.about(
        CustomerId.of("fan"),
        Fixtures.START.plusSeconds(86_400L * day),
        EventType.WATCH,
        60,
        ContentId.of(title));
  }

  @Test
  void aTitleCountsWithItsStrongestRecencyWeightedLikingWhicheverInteractionGivesIt() {
    // the latest interaction is on day 400; t00 is rated 5 on day 0 (1.0 · 0.5^(400/365) = 0.47)
    // and 3 on day 400 (0.6): the newer, lower rating gives the larger weight
    List<ActivityEvent> both =
        List.of(rating("t00", 0, 5), rating("t00", 400, 3), watch("t01", 400));
    assertEquals(
        contentOnlyFor(List.of(rating("t00", 400, 3), watch("t01", 400))), contentOnlyFor(both));
    assertEquals(
        contentOnlyFor(both), contentOnlyFor(List.of(both.get(2), both.get(1), both.get(0))));
    // rated 5 on day 300 (0.5^(100/365) = 0.83) and 3.5 on day 400 (0.7): the older one wins
    List<ActivityEvent> olderWins =
        List.of(rating("t00", 300, 5), rating("t00", 400, 3.5), watch("t01", 400));
    assertEquals(
        contentOnlyFor(List.of(rating("t00", 300, 5), watch("t01", 400))),
        contentOnlyFor(olderWins));
    assertEquals(
        contentOnlyFor(olderWins),
        contentOnlyFor(List.of(olderWins.get(1), olderWins.get(2), olderWins.get(0))));
    // and the two outcomes differ, so the comparison above can fail
    assertFalse(contentOnlyFor(both).equals(contentOnlyFor(olderWins)));
  }

  @Test
  void aRepeatedWatchReplacesTheOlderOneAndALowRatingLeavesTheTitleSeenOnly() {
    List<ActivityEvent> repeated =
        List.of(watch("t00", 10), watch("t00", 200), watch("t00", 30), watch("t03", 200));
    assertEquals(
        contentOnlyFor(List.of(watch("t00", 200), watch("t03", 200))), contentOnlyFor(repeated));
    List<ActivityEvent> disliked = List.of(rating("t02", 50, 1), watch("t03", 50));
    List<Recommendation> recs = contentOnlyFor(disliked);
    assertTrue(recs.stream().noneMatch(x -> x.content().value().equals("t02")), recs.toString());
    assertTrue(
        recs.stream().allMatch(x -> x.reason().equals("because you watched Laughs 3")),
        recs.toString());
  }

  @Test
  void eventsAboutNoCatalogTitleOrOfOtherTypesAreIgnored() {
    HybridRecommender.Builder b =
        HybridRecommender.builder(
            INDEX, Fixtures.SCHEMA, Fixtures.GENRES, RecommenderConfig.DEFAULTS);
    b.add(ActivityEvent.of(CustomerId.of("login"), Fixtures.START, EventType.LOGIN, 0))
        .add(
            ActivityEvent.about(
                CustomerId.of("elsewhere"),
                Fixtures.START,
                EventType.WATCH,
                60,
                ContentId.of("not-in-catalog")))
        .add(
            ActivityEvent.about(
                CustomerId.of("buyer"),
                Fixtures.START,
                EventType.PURCHASE,
                9.99,
                ContentId.of("t00")));
    HybridRecommender r = b.build();
    assertFalse(r.knows(CustomerId.of("login")));
    assertFalse(r.knows(CustomerId.of("elsewhere")));
    assertFalse(r.knows(CustomerId.of("buyer")));
    assertEquals(List.of(), r.seen(CustomerId.of("buyer")));
    assertEquals(3, r.recommend(Customer.builder("buyer").build(), 3).size());
  }

  @Test
  void aBuilderBuildsOnce() {
    HybridRecommender.Builder b =
        HybridRecommender.builder(
            INDEX, Fixtures.SCHEMA, Fixtures.GENRES, RecommenderConfig.DEFAULTS);
    b.add(watch("t00", 1));
    b.build();
    assertThrows(IllegalStateException.class, b::build);
    assertThrows(IllegalStateException.class, () -> b.add(watch("t01", 2)));
  }

  @Test
  void seenTitlesComeInIdOrder() {
    HybridRecommender r =
        HybridRecommender.build(
            INDEX,
            List.of(watch("t07", 3), watch("t02", 1), rating("t05", 2, 1), watch("t02", 4)),
            Fixtures.SCHEMA,
            Fixtures.GENRES,
            RecommenderConfig.DEFAULTS);
    assertEquals(
        List.of(ContentId.of("t02"), ContentId.of("t05"), ContentId.of("t07")),
        r.seen(CustomerId.of("fan")));
  }
}
