package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringSpaceTest {
  // x: mean 2, population sd 1; c: constant; y = 2x exactly (one principal direction).
  private static final FeatureMatrix ROWS =
      new FeatureMatrix(
          FeatureSchema.of("x", "c", "y"),
          List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c")),
          new double[][] {{1, 7, 2}, {2, 7, 4}, {3, 7, 6}},
          Collections.nCopies(3, ChurnLabel.UNKNOWN));

  @Test
  void standardisesWithTrainingMeansAndPopulationDeviationsAndDropsConstants() {
    ClusteringSpace space = ClusteringSpace.fit(ROWS, new int[] {0, 1, 2}, 1.0);
    double sd = Math.sqrt(2.0 / 3.0);

    assertEquals(2, space.dimension());
    assertFalse(space.projected());
    assertArrayEquals(new double[] {-1 / sd, -1 / sd}, space.embed(ROWS, 0), 1e-12);
    assertArrayEquals(space.embed(ROWS, 2), space.embed(ROWS.row(2)), 0.0);
  }

  @Test
  void projectsPerfectlyCorrelatedFeaturesOnOneComponent() {
    ClusteringSpace space = ClusteringSpace.fit(ROWS, new int[] {0, 1, 2}, 0.95);

    assertTrue(space.projected());
    assertEquals(1, space.dimension());
    assertEquals(2, space.standardisedColumns());
    assertEquals(1.0, space.keptVariance(), 1e-12);
    assertEquals(Math.sqrt(3.0), Math.abs(space.embed(ROWS, 0)[0]), 1e-9);
  }

  @Test
  void usesOnlyTheChosenColumns() {
    assertEquals(1, ClusteringSpace.fit(ROWS, new int[] {2}, 1.0).dimension());
    assertEquals(0, ClusteringSpace.fit(ROWS, new int[] {1}, 0.5).dimension());
  }
}
