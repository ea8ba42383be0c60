package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.CustomerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlendSelectionTest {

  @Test
  void theGridCoversEveryBlendSummingToOne() {
    List<RecommenderConfig> grid = BlendSelection.grid(RecommenderConfig.DEFAULTS, 4);
    assertEquals(15, grid.size());
    for (RecommenderConfig c : grid) {
      assertEquals(1.0, c.content() + c.collaborative() + c.popularity(), 1e-12);
    }
  }

  @Test
  void theBlendThatFindsWhatViewersWatchedNextWins() {
    HybridRecommender r =
        HybridRecommender.build(
            ContentIndex.build(Fixtures.CATALOG, FieldWeights.DEFAULTS),
            Fixtures.events(),
            Fixtures.SCHEMA,
            Fixtures.GENRES,
            RecommenderConfig.DEFAULTS);
    // Horror fans go on to watch more horror, comedy fans more comedy.
    Map<CustomerId, Set<ContentId>> next = new HashMap<>();
    for (int u = 0; u < 10; u++) {
      Set<ContentId> seen = Set.copyOf(r.seen(CustomerId.of("u" + u)));
      Set<ContentId> future = new java.util.HashSet<>();
      for (int t = u % 2; t < 20; t += 2) {
        ContentId id = ContentId.of(String.format("t%02d", t));
        if (!seen.contains(id)) {
          future.add(id);
        }
      }
      next.put(CustomerId.of("u" + u), future);
    }
    RecommenderConfig popularityOnly = RecommenderConfig.DEFAULTS.withBlend(0, 0, 1);
    RecommenderConfig contentOnly = RecommenderConfig.DEFAULTS.withBlend(1, 0, 0);
    BlendSelection.Result result =
        BlendSelection.choose(r, next, List.of(popularityOnly, contentOnly), 5);
    assertEquals(contentOnly, result.best());
    assertTrue(result.scores().get(contentOnly) > result.scores().get(popularityOnly));
  }

  @Test
  void emptyInputsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BlendSelection.choose(null, Map.of(), List.of(RecommenderConfig.DEFAULTS), 5));
    assertThrows(
        IllegalArgumentException.class, () -> BlendSelection.grid(RecommenderConfig.DEFAULTS, 0));
  }
}
