package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KMeansSegmentationTest {
  private static final FeatureMatrix ROWS =
      new FeatureMatrix(
          FeatureSchema.of("x"),
          List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"), CustomerId.of("d")),
          new double[][] {{0}, {1}, {9}, {10}},
          Collections.nCopies(4, ChurnLabel.UNKNOWN));
  private static final ClusteringSpace SPACE = ClusteringSpace.fit(ROWS, new int[] {0}, 1.0);

  private static KMeansSegmentation model() {
    return new KMeansSegmentation(
        ROWS.schema(), SPACE, new double[][] {SPACE.embed(ROWS, 0), SPACE.embed(ROWS, 3)});
  }

  @Test
  void assignsToTheNearestCentreInTheStandardisedSpace() {
    assertArrayEquals(new int[] {0, 0, 1, 1}, model().assignAll(ROWS));
    assertEquals("Segment 2", model().assign(ROWS.row(2)).name());
  }

  @Test
  void handsOutCopiesOfItsCentres() {
    KMeansSegmentation model = model();
    model.centroids()[0][0] = 99;

    assertEquals(SPACE.embed(ROWS, 0)[0], model.centroids()[0][0]);
  }

  @Test
  void rejectsMatricesWithOtherFeatures() {
    FeatureMatrix other =
        new FeatureMatrix(
            FeatureSchema.of("y"),
            List.of(CustomerId.of("a")),
            new double[][] {{1}},
            List.of(ChurnLabel.UNKNOWN));

    assertThrows(IllegalArgumentException.class, () -> model().assignAll(other));
  }
}
