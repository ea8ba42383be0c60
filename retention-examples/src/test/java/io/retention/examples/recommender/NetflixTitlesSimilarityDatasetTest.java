package io.retention.examples.recommender;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.adapters.csv.CsvCatalogSource;
import io.retention.core.domain.ContentItem;
import io.retention.core.testing.SharedDatasets;
import io.retention.recommender.ContentIndex;
import io.retention.recommender.FieldWeights;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The content model on the real Netflix titles catalog. */
@Tag("dataset")
class NetflixTitlesSimilarityDatasetTest {

  @Test
  void similarTitlesShareAGenreFarMoreOftenThanRandomPairs() {
    List<ContentItem> catalog;
    try (Stream<ContentItem> s =
        new CsvCatalogSource(SharedDatasets.require("netflix_titles/netflix_titles.csv")).items()) {
      catalog = s.toList();
    }
    ContentIndex index = ContentIndex.build(catalog, FieldWeights.DEFAULTS);
    Map<io.retention.core.domain.ContentId, ContentItem> byId = new HashMap<>();
    catalog.forEach(i -> byId.put(i.id(), i));
    SplittableRandom random = new SplittableRandom(42);
    int samples = 300;
    int similarShare = 0;
    int randomShare = 0;
    for (int k = 0; k < samples; k++) {
      ContentItem a = catalog.get(random.nextInt(catalog.size()));
      ContentItem nearest = byId.get(index.similar(a.id(), 1).get(0).content());
      ContentItem other = catalog.get(random.nextInt(catalog.size()));
      similarShare += shareGenre(a, nearest) ? 1 : 0;
      randomShare += shareGenre(a, other) ? 1 : 0;
    }
    double similar = similarShare / (double) samples;
    double chance = randomShare / (double) samples;
    assertTrue(similar >= 0.9 && similar > 2 * chance, "similar " + similar + ", random " + chance);
  }

  private static boolean shareGenre(ContentItem a, ContentItem b) {
    return a.genres().stream().anyMatch(b.genres()::contains);
  }
}
