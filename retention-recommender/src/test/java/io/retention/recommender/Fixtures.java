package io.retention.recommender;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.EventType;
import io.retention.core.domain.GenreMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** A small catalog in two genre families and viewers who stick to one family. */
final class Fixtures {
  private Fixtures() {}

  static final CustomerSchema SCHEMA =
      new CustomerSchema(
          "viewers",
          List.of(),
          List.of("favourite"),
          Map.of(AttributeRole.FAVOURITE_GENRE, "favourite"));

  static final GenreMapping GENRES =
      new GenreMapping(Map.of("Horror", Set.of("Horror Movies"), "Comedy", Set.of("Comedies")));

  static final List<ContentItem> CATALOG = catalog();

  private static List<ContentItem> catalog() {
    List<ContentItem> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean horror = i % 2 == 0;
      out.add(
          ContentItem.builder(
                  String.format("t%02d", i),
                  (horror ? "Fright " : "Laughs ") + i,
                  ContentType.MOVIE)
              .genres(List.of(horror ? "Horror Movies" : "Comedies"))
              .description(
                  horror
                      ? "a haunted house full of ghosts and screams"
                      : "a wedding goes hilariously wrong")
              .cast(List.of(horror ? "Ann Scream" : "Bob Joke"))
              .durationMinutes(90)
              .build());
    }
    return out;
  }

  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** 40 viewers: even ids watch horror, odd ids comedy; a few cross over. */
  static List<ActivityEvent> events() {
    Random r = new Random(5);
    List<ActivityEvent> out = new ArrayList<>();
    for (int u = 0; u < 40; u++) {
      boolean horror = u % 2 == 0;
      for (int k = 0; k < 5; k++) {
        int title = 2 * r.nextInt(10) + (horror ? 0 : 1);
        out.add(
            ActivityEvent.about(
                CustomerId.of("u" + u),
                START.plusSeconds(86_400L * (u + k)),
                k % 2 == 0 ? EventType.WATCH : EventType.RATING,
                k % 2 == 0 ? 60 : 4.5,
                ContentId.of(String.format("t%02d", title))));
      }
    }
    return out;
  }
}
