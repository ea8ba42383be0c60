package io.retention.examples.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.GenreMapping;
import io.retention.core.domain.Recommendation;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.examples.data.SyntheticWorld;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendTitlesTest {
  private static final SyntheticWorld WORLD = SyntheticWorld.of(500, 400, 3);
  private static final List<ContentItem> CATALOG = WORLD.catalog().items().toList();
  private static final List<ActivityEvent> EVENTS = WORLD.activity().events().toList();

  @TempDir Path dir;

  @Test
  void recommendationsAreUnseenTitlesMostlyOfTheFavouriteGenre() {
    Map<ContentId, ContentItem> byId =
        CATALOG.stream().collect(Collectors.toMap(ContentItem::id, Function.identity()));
    int fit = 0;
    int total = 0;
    for (int n = 0; n < 20; n++) {
      String id = WORLD.customers().customer(n).id().value();
      RecommendTitles.Result r =
          RecommendTitles.run(
              SyntheticCustomers.SCHEMA,
              WORLD.customers().customers().toList(),
              CATALOG,
              EVENTS.stream(),
              id);
      Set<ContentId> seen =
          WORLD.activity().eventsOf(n).stream()
              .map(e -> e.content().orElseThrow())
              .collect(Collectors.toSet());
      assertEquals(WORLD.activity().eventsOf(n).size(), r.watched());
      assertEquals(RecommendTitles.TOP_N, r.recommendations().size());
      Set<String> linked =
          GenreMapping.NETFLIX.catalogGenres(
              r.customer().categoricalValue("favorite_genre").orElseThrow());
      for (Recommendation rec : r.recommendations()) {
        assertFalse(seen.contains(rec.content()), rec.toString());
        fit += byId.get(rec.content()).genres().stream().anyMatch(linked::contains) ? 1 : 0;
        total++;
      }
    }
    assertTrue(fit > total / 2, fit + " of " + total + " recommendations fit the favourite genre");
  }

  @Test
  void mainReadsAWrittenWorldAndPrintsFiveTitlesWithReasons() throws Exception {
    WORLD.write(dir);

    String out = Output.of(() -> RecommendTitles.main(new String[] {dir.toString(), "C0000007"}));

    String[] lines = out.strip().split("\\R");
    assertTrue(lines[0].startsWith("customer C0000007 (from " + dir + "): favourite genre "), out);
    assertEquals(1 + RecommendTitles.TOP_N, lines.length, out);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].matches("  .+ 0\\.\\d{3}  .+"), lines[i]);
    }
  }

  @Test
  void mainRunsOnAGeneratedWorldWithNoArguments() throws Exception {
    String out = Output.of(() -> RecommendTitles.main(new String[0]));
    assertTrue(
        out.startsWith("customer " + RecommendTitles.DEFAULT_CUSTOMER + " (from a generated world"),
        out);
    assertEquals(1 + RecommendTitles.TOP_N, out.strip().split("\\R").length, out);
  }
}
