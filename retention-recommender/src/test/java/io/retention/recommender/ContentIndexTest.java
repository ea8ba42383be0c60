package io.retention.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ContentId;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentIndexTest {

  private static final ContentIndex INDEX =
      ContentIndex.build(Fixtures.CATALOG, FieldWeights.DEFAULTS);

  @Test
  void aTitleIsFullySimilarToItselfAndVectorsAreNormalised() {
    for (int i = 0; i < INDEX.size(); i++) {
      assertEquals(1.0, INDEX.cosine(i, i), 1e-12);
    }
  }

  @Test
  void similarTitlesShareTheGenreAndExcludeTheTitleItself() {
    List<ContentIndex.SimilarTitle> similar = INDEX.similar(ContentId.of("t00"), 5);
    assertEquals(5, similar.size());
    for (ContentIndex.SimilarTitle s : similar) {
      assertTrue(Integer.parseInt(s.content().value().substring(1)) % 2 == 0, s.toString());
      assertTrue(s.similarity() > 0.9, s.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> INDEX.similar(ContentId.of("zz"), 5));
  }

  @Test
  void namesAreWholeTermsAndTextIsNormalised() {
    assertEquals("cast:tom hanks", Tokens.phrase("cast", "  Tom   Hanks "));
    assertEquals(List.of("cafe", "creme", "brulee"), Tokens.words("The Café — CRÈME brûlée!"));
  }

  @Test
  void aTitleWithNoTextIsSimilarToNothing() {
    ContentIndex index =
        ContentIndex.build(
            List.of(
                ContentItem.builder("a", "A", ContentType.MOVIE).build(),
                ContentItem.builder("b", "B", ContentType.MOVIE).build()),
            FieldWeights.GENRES_ONLY);
    assertEquals(List.of(), index.similar(ContentId.of("a"), 3));
  }

  @Test
  void duplicatesAndEmptyCatalogsAreRejected() {
    ContentItem a = ContentItem.builder("a", "A", ContentType.MOVIE).build();
    assertThrows(
        IllegalArgumentException.class,
        () -> ContentIndex.build(List.of(a, a), FieldWeights.DEFAULTS));
    assertThrows(
        IllegalArgumentException.class, () -> ContentIndex.build(List.of(), FieldWeights.DEFAULTS));
    assertThrows(IllegalArgumentException.class, () -> new FieldWeights(0, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new FieldWeights(-1, 0, 0, 0, 0, 1));
  }

  @Test
  void cosinesToOneTitleEqualThePairwiseCosinesBitForBit() {
    ContentIndex index = ContentIndex.build(Fixtures.CATALOG, FieldWeights.DEFAULTS);
    int[] all = java.util.stream.IntStream.range(0, index.size()).toArray();
    double[] scratch = new double[index.vocabularySize()];
    for (int target = 0; target < index.size(); target++) {
      double[] cosines = index.cosinesTo(target, all, scratch);
      for (int other : all) {
        assertEquals(index.cosine(other, target), cosines[other], 0.0);
      }
      for (double v : scratch) {
        assertEquals(0.0, v, 0.0);
      }
    }
  }
}
