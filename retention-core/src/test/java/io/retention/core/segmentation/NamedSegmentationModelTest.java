package io.retention.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.Segment;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.testing.FarthestFirstSegmenter;
import io.retention.core.testing.GaussianBlobs;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSegmentationModelTest {
  private static final GaussianBlobs BLOBS = GaussianBlobs.generate(60, 2, 2, 0.2, 5, 2);
  private static final SegmentationModel MODEL =
      new FarthestFirstSegmenter().fit(BLOBS.rows(), 2, ProgressListener.NONE);
  private static final List<Segment> NAMES =
      List.of(
          new Segment(0, "Loyal Engaged High-Value"), new Segment(1, "Loyal Engaged Low-Spend"));

  @Test
  void assignsAsTheWrappedModelUnderTheNewNames() {
    NamedSegmentationModel named = new NamedSegmentationModel(MODEL, NAMES);

    assertEquals(NAMES, named.segments());
    assertEquals(
        NAMES.get(MODEL.assign(BLOBS.rows().row(0)).index()), named.assign(BLOBS.rows().row(0)));
    assertArrayEquals(MODEL.assignAll(BLOBS.rows()), named.assignAll(BLOBS.rows()));
    assertArrayEquals(MODEL.embed(BLOBS.rows().row(3)), named.embed(BLOBS.rows().row(3)));
    assertEquals(2, named.centroids().length);
  }

  @Test
  void rejectsMissingMisplacedOrRepeatedNames() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new NamedSegmentationModel(MODEL, List.of(new Segment(0, "A"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NamedSegmentationModel(MODEL, List.of(new Segment(1, "A"), new Segment(0, "B"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NamedSegmentationModel(MODEL, List.of(new Segment(0, "A"), new Segment(1, "A"))));
  }
}
