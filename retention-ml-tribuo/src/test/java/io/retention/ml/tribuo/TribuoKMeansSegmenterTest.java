package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.SegmenterContract;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.Segmenter;
import io.retention.core.segmentation.ClusterValidation;
import io.retention.core.testing.GaussianBlobs;
import java.util.List;
import org.junit.jupiter.api.Test;

class TribuoKMeansSegmenterTest extends SegmenterContract {

  /**
   * scikit-learn 1.2.1 {@code KMeans(n_clusters=k, n_init=10, random_state=0).inertia_} on {@code
   * StandardScaler().fit_transform(X)} for X = {@code GaussianBlobs.generate(3000, 6, 6, 2.0, 6.0,
   * 2024)}, k = 4, 6, 8; computed once with the command in this module's README.
   */
  private static final double[][] SKLEARN_INERTIA = {
    {4, 8522.418683918186}, {6, 5968.881696849177}, {8, 5530.165364876075}
  };

  private static final GaussianBlobs OVERLAPPING =
      GaussianBlobs.generate(3000, 6, 6, 2.0, 6.0, 2024);

  @Override
  protected Segmenter createSegmenter() {
    return new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS);
  }

  private static double inertia(SegmentationModel model, FeatureMatrix rows) {
    double[][] points = new double[rows.size()][];
    for (int i = 0; i < points.length; i++) {
      points[i] = model.embed(rows.row(i));
    }
    return ClusterValidation.inertia(points, model.assignAll(rows), model.centroids());
  }

  @Test
  void inertiaIsWithinOnePercentOfScikitLearnWithTenStarts() {
    Segmenter segmenter = createSegmenter();
    for (double[] reference : SKLEARN_INERTIA) {
      int k = (int) reference[0];
      double ours =
          inertia(segmenter.fit(OVERLAPPING.rows(), k, ProgressListener.NONE), OVERLAPPING.rows());

      assertTrue(
          ours <= reference[1] * 1.01,
          "k = " + k + ": inertia " + ours + " against scikit-learn's " + reference[1]);
    }
  }

  @Test
  void recoversSixSeparatedBlobsInSixDimensionsWithAdjustedRandAtLeast095() {
    GaussianBlobs blobs = GaussianBlobs.generate(3000, 6, 6, 1.0, 6.0, 2024);
    SegmentationModel model = createSegmenter().fit(blobs.rows(), 6, ProgressListener.NONE);

    assertTrue(
        ClusterValidation.adjustedRandIndex(blobs.membership(), model.assignAll(blobs.rows()))
            >= 0.95);
  }

  @Test
  void givesTheSameCentresWithOneThreadOrTwo() {
    SegmentationModel one =
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withThreads(1))
            .fit(OVERLAPPING.rows(), 5, ProgressListener.NONE);
    SegmentationModel two =
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withThreads(2))
            .fit(OVERLAPPING.rows(), 5, ProgressListener.NONE);

    for (int c = 0; c < 5; c++) {
      assertArrayEquals(one.centroids()[c], two.centroids()[c], 0.0);
    }
  }

  @Test
  void usesTheConfiguredKByDefault() {
    assertEquals(
        3,
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withK(3))
            .fit(OVERLAPPING.rows(), ProgressListener.NONE)
            .segments()
            .size());
  }

  @Test
  void pcaKeepsFewerDimensionsAndStillFindsTheBlobs() {
    GaussianBlobs blobs = GaussianBlobs.generate(1200, 6, 3, 0.8, 6.0, 7);
    SegmentationModel model =
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withPca(0.8))
            .fit(blobs.rows(), 3, ProgressListener.NONE);

    assertTrue(model.centroids()[0].length < 6, "dimension " + model.centroids()[0].length);
    assertTrue(
        ClusterValidation.adjustedRandIndex(blobs.membership(), model.assignAll(blobs.rows()))
            >= 0.95);
  }

  @Test
  void clustersOnTheConfiguredFeaturesOnly() {
    SegmentationModel model =
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withFeatures(List.of("x0", "x2")))
            .fit(OVERLAPPING.rows(), 3, ProgressListener.NONE);

    assertEquals(2, model.centroids()[0].length);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS.withFeatures(List.of("nope")))
                .fit(OVERLAPPING.rows(), 3, ProgressListener.NONE));
  }

  @Test
  void numbersSegmentsByDecreasingSize() {
    SegmentationModel model = createSegmenter().fit(OVERLAPPING.rows(), 4, ProgressListener.NONE);
    long[] sizes = new long[4];
    for (int label : model.assignAll(OVERLAPPING.rows())) {
      sizes[label]++;
    }

    for (int s = 1; s < 4; s++) {
      assertTrue(sizes[s - 1] >= sizes[s]);
    }
    assertEquals("Segment 1", model.segments().get(0).name());
  }

  @Test
  void rejectsRowsWithOtherFeatures() {
    SegmentationModel model = createSegmenter().fit(OVERLAPPING.rows(), 2, ProgressListener.NONE);
    FeatureVector other = FeatureVector.of(FeatureSchema.of("a"), 1.0);

    assertThrows(IllegalArgumentException.class, () -> model.assign(other));
  }
}
