package io.retention.core.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.Segmenter;
import io.retention.core.segmentation.ClusterValidation;
import io.retention.core.testing.GaussianBlobs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What every {@link Segmenter} and the {@link SegmentationModel}s it fits promise. */
public abstract class SegmenterContract {

  /**
   * The segmenter under test, with a fixed seed.
   *
   * @return a segmenter
   */
  protected abstract Segmenter createSegmenter();

  private static final GaussianBlobs BLOBS = GaussianBlobs.generate(900, 3, 3, 0.6, 6.0, 5);

  private static FeatureMatrix rows(double[][] values) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < values[0].length; j++) {
      names.add("f" + j);
    }
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      ids.add(CustomerId.of("r" + i));
    }
    return new FeatureMatrix(
        new FeatureSchema(names),
        ids,
        values,
        Collections.nCopies(values.length, ChurnLabel.UNKNOWN));
  }

  private static FeatureMatrix shuffled(FeatureMatrix m, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(seed));
    double[][] values = new double[m.size()][];
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      values[i] = m.row(order.get(i)).toArray();
      ids.add(m.ids().get(order.get(i)));
    }
    return new FeatureMatrix(
        m.schema(), ids, values, Collections.nCopies(m.size(), ChurnLabel.UNKNOWN));
  }

  @Test
  void rejectsKBelowOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> createSegmenter().fit(BLOBS.rows(), 0, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("k"), e.getMessage());
  }

  @Test
  void recoversWellSeparatedBlobs() {
    SegmentationModel model = createSegmenter().fit(BLOBS.rows(), 3, ProgressListener.NONE);

    assertEquals(3, model.segments().size());
    assertTrue(
        ClusterValidation.adjustedRandIndex(BLOBS.membership(), model.assignAll(BLOBS.rows()))
            >= 0.95);
  }

  @Test
  void assignsEachRowAsAssignAllDoes() {
    SegmentationModel model = createSegmenter().fit(BLOBS.rows(), 4, ProgressListener.NONE);
    int[] all = model.assignAll(BLOBS.rows());

    for (int i = 0; i < BLOBS.rows().size(); i += 37) {
      assertEquals(all[i], model.assign(BLOBS.rows().row(i)).index());
    }
  }

  @Test
  void leavesNoSegmentEmpty() {
    SegmentationModel model = createSegmenter().fit(BLOBS.rows(), 7, ProgressListener.NONE);

    assertEquals(
        model.segments().size(),
        new HashSet<>(java.util.Arrays.stream(model.assignAll(BLOBS.rows())).boxed().toList())
            .size());
  }

  @Test
  void embedsIntoTheSpaceOfTheCentroids() {
    SegmentationModel model = createSegmenter().fit(BLOBS.rows(), 3, ProgressListener.NONE);

    assertEquals(model.centroids()[0].length, model.embed(BLOBS.rows().row(0)).length);
    assertEquals(model.segments().size(), model.centroids().length);
  }

  @Test
  void givesTheSameSegmentsWhateverTheRowOrder() {
    Segmenter segmenter = createSegmenter();
    SegmentationModel a = segmenter.fit(BLOBS.rows(), 4, ProgressListener.NONE);
    SegmentationModel b = segmenter.fit(shuffled(BLOBS.rows(), 3), 4, ProgressListener.NONE);

    assertArrayEquals(a.assignAll(BLOBS.rows()), b.assignAll(BLOBS.rows()));
  }

  @Test
  void segmentsASingleCustomer() {
    SegmentationModel model =
        createSegmenter().fit(rows(new double[][] {{1.0, 2.0}}), 3, ProgressListener.NONE);

    assertEquals(1, model.segments().size());
    assertEquals(0, model.assign(rows(new double[][] {{1.0, 2.0}}).row(0)).index());
  }

  @Test
  void makesOneSegmentPerDistinctPointWhenKReachesTheirNumber() {
    FeatureMatrix few =
        rows(new double[][] {{0, 0}, {0, 0}, {5, 1}, {5, 1}, {9, 9}, {0, 0}, {9, 9}});
    SegmentationModel model = createSegmenter().fit(few, 5, ProgressListener.NONE);
    int[] labels = model.assignAll(few);

    assertEquals(3, model.segments().size());
    assertEquals(labels[0], labels[1]);
    assertEquals(labels[0], labels[5]);
    assertEquals(3, new HashSet<>(java.util.Arrays.stream(labels).boxed().toList()).size());
  }

  @Test
  void copesWithConstantFeatures() {
    SplittableRandom random = new SplittableRandom(1);
    double[][] values = new double[200][];
    for (int i = 0; i < values.length; i++) {
      values[i] = new double[] {i < 100 ? random.nextDouble() : 10 + random.nextDouble(), 4.0};
    }
    FeatureMatrix m = rows(values);
    SegmentationModel model = createSegmenter().fit(m, 2, ProgressListener.NONE);
    int[] labels = model.assignAll(m);

    assertEquals(2, model.segments().size());
    for (int i = 1; i < values.length; i++) {
      assertEquals(labels[i] == labels[0], i < 100);
    }
  }

  @Test
  void makesOneSegmentWhenEveryFeatureIsConstant() {
    FeatureMatrix m = rows(new double[][] {{3, 1}, {3, 1}, {3, 1}});

    assertEquals(1, createSegmenter().fit(m, 2, ProgressListener.NONE).segments().size());
  }
}
