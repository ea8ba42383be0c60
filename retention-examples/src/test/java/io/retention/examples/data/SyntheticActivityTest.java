package io.retention.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.ActivitySourceContract;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.Customer;
import io.retention.core.domain.EventType;
import io.retention.core.domain.GenreMapping;
import io.retention.core.port.out.ActivitySource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticActivityTest extends ActivitySourceContract {
  private static final int CUSTOMERS = 2_000;
  private static final SyntheticWorld WORLD = SyntheticWorld.of(CUSTOMERS, 5);
  private static final Map<ContentId, ContentItem> TITLES =
      WORLD.catalog().items().collect(Collectors.toMap(ContentItem::id, Function.identity()));

  @Override
  protected ActivitySource createSource() {
    return SyntheticWorld.of(20, 300, 5).activity();
  }

  @Test
  void theSameSeedGivesTheSameEventsWhateverHowManyCustomersAreRead() {
    List<ActivityEvent> first = SyntheticWorld.of(30, 5).activity().events().toList();
    List<ActivityEvent> ofMore =
        WORLD.activity().events().takeWhile(e -> first.contains(e)).toList();
    assertEquals(first, ofMore);
    assertEquals(
        WORLD.activity().eventsOf(1_999),
        SyntheticWorld.of(CUSTOMERS, 5).activity().eventsOf(1_999));
    assertNotEquals(
        WORLD.activity().eventsOf(0), SyntheticWorld.of(CUSTOMERS, 6).activity().eventsOf(0));
  }

  @Test
  void theLatestViewingFallsOnTheDayOfTheLastLogin() {
    for (int n = 0; n < CUSTOMERS; n++) {
      Customer c = WORLD.customers().customer(n);
      List<ActivityEvent> events = WORLD.activity().eventsOf(n);
      ActivityEvent latest = events.get(events.size() - 1);
      long days = Duration.between(latest.at(), SyntheticActivity.SNAPSHOT).toDays();
      assertEquals((long) c.numericValue("last_login_days").orElseThrow(), days, c::toString);
      ActivityEvent earliest = events.get(0);
      assertTrue(
          !earliest
              .at()
              .isBefore(
                  SyntheticActivity.SNAPSHOT.minus(
                      Duration.ofDays(SyntheticActivity.WINDOW_DAYS))));
      for (ActivityEvent e : events) {
        assertEquals(c.id(), e.customer());
        assertEquals(EventType.WATCH, e.type());
        assertTrue(TITLES.containsKey(e.content().orElseThrow()));
      }
    }
  }

  @Test
  void minutesAddUpToTheWatchHoursAndTheCountFollowsThem() {
    for (int n = 0; n < CUSTOMERS; n++) {
      Customer c = WORLD.customers().customer(n);
      List<ActivityEvent> events = WORLD.activity().eventsOf(n);
      double hours = c.numericValue("watch_hours").orElseThrow();
      double minutes = events.stream().mapToDouble(ActivityEvent::amount).sum();
      assertEquals(hours * 60.0, minutes, 0.05 * events.size() + 1e-6, c::toString);
      double base = hours / SyntheticActivity.HOURS_PER_VIEWING;
      assertTrue(
          events.size() >= 1 + Math.round(0.75 * base)
              && events.size() <= 1 + Math.round(1.25 * base),
          events.size() + " events for " + hours + " hours");
    }
  }

  @Test
  void mostViewingsAreOfTheFavouriteGenre() {
    long fit = 0;
    long total = 0;
    for (int n = 0; n < CUSTOMERS; n++) {
      Customer c = WORLD.customers().customer(n);
      Set<String> linked =
          GenreMapping.NETFLIX.catalogGenres(c.categoricalValue("favorite_genre").orElseThrow());
      for (ActivityEvent e : WORLD.activity().eventsOf(n)) {
        ContentItem t = TITLES.get(e.content().orElseThrow());
        fit += t.genres().stream().anyMatch(linked::contains) ? 1 : 0;
        total++;
      }
    }
    double share = fit / (double) total;
    assertTrue(
        share > SyntheticActivity.CONTENT_FIT && share < SyntheticActivity.CONTENT_FIT + 0.2,
        "favourite-genre share " + share);
  }

  @Test
  void churnersActivityDecaysTowardsTheSnapshot() {
    double[] recentShare = new double[2];
    long[] customers = new long[2];
    for (int n = 0; n < CUSTOMERS; n++) {
      Customer c = WORLD.customers().customer(n);
      List<ActivityEvent> events = WORLD.activity().eventsOf(n);
      if (events.size() < 5) {
        continue;
      }
      ActivityEvent latest = events.get(events.size() - 1);
      var start = SyntheticActivity.SNAPSHOT.minus(Duration.ofDays(SyntheticActivity.WINDOW_DAYS));
      var middle = start.plus(Duration.between(start, latest.at()).dividedBy(2));
      long late = events.stream().filter(e -> e.at().isAfter(middle)).count();
      int k = c.churned() ? 1 : 0;
      recentShare[k] += late / (double) events.size();
      customers[k]++;
    }
    double retained = recentShare[0] / customers[0];
    double churned = recentShare[1] / customers[1];
    assertTrue(retained > 0.45 && retained < 0.55, "retained late share " + retained);
    assertTrue(churned < 0.35 && churned < retained - 0.15, "churners late share " + churned);
  }

  @Test
  void eventsAreGeneratedOnlyAsTheyAreRead() {
    SyntheticWorld huge = SyntheticWorld.of(Integer.MAX_VALUE, 300, 9);
    List<ActivityEvent> first;
    try (var events = huge.activity().events()) {
      first = events.limit(1_000).toList();
    }
    assertEquals(1_000, first.size());
    assertEquals(huge.activity().eventsOf(0).get(0), first.get(0));
  }
}
