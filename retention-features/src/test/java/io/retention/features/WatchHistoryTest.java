package io.retention.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchHistoryTest {

  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId A = CustomerId.of("a");

  private static ActivityEvent watch(String title, Instant at) {
    return ActivityEvent.about(A, at, EventType.WATCH, 60, ContentId.of(title));
  }

  @Test
  void profilesGenreDiversityMovieShareAndPrimaryGenre() {
    WatchHistory history = new WatchHistory(ContentFeaturesTest.CATALOG);
    Map<CustomerId, WatchHistory.Profile> p =
        history.profiles(
            List.of(
                watch("s1", T), // Action & Adventure
                watch("s2", T), // TV Action & Adventure, TV Dramas
                watch("s3", T), // Dramas
                watch("unknown", T),
                watch("s3", T.plusSeconds(3600)), // after the snapshot
                ActivityEvent.of(A, T, EventType.LOGIN, 0))
                .stream(),
            T);
    WatchHistory.Profile a = p.get(A);
    assertEquals(3, a.watches());
    assertEquals(2.0 / 3, a.movieShare(), 1e-12);
    assertEquals(2.0, a.genreEntropy(), 1e-12, "four equally common genre labels");
    assertEquals("Action & Adventure", a.primaryGenre(), "ties go to the first name");
  }

  @Test
  void oneGenreHasNoDiversity() {
    Map<CustomerId, WatchHistory.Profile> p =
        new WatchHistory(ContentFeaturesTest.CATALOG)
            .profiles(List.of(watch("s3", T), watch("s3", T)).stream(), T);
    assertEquals(0.0, p.get(A).genreEntropy());
    assertEquals("Dramas", p.get(A).primaryGenre());
  }

  @Test
  void enrichingAddsTheProfileAsAttributesAndLeavesOthersAlone() {
    Customer a = Customer.builder("a").numeric("x", 1).churned(true).build();
    Customer b = Customer.builder("b").build();
    List<Customer> enriched =
        WatchHistory.enrich(
            List.of(a, b), Map.of(A, new WatchHistory.Profile(1.5, 0.25, "Dramas", 4)));
    assertEquals(1.5, enriched.get(0).numericValue(WatchHistory.GENRE_ENTROPY).orElseThrow());
    assertEquals(0.25, enriched.get(0).numericValue(WatchHistory.MOVIE_SHARE).orElseThrow());
    assertEquals(
        "Dramas", enriched.get(0).categoricalValue(WatchHistory.PRIMARY_GENRE).orElseThrow());
    assertEquals(a.label(), enriched.get(0).label());
    assertSame(b, enriched.get(1));
  }
}
