package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.testing.GaussianBlobs;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class KMeansSegmentationCodecTest {
  private static final FeatureMatrix ROWS = GaussianBlobs.generate(600, 6, 4, 2.0, 6.0, 7).rows();
  private final KMeansSegmentationCodec codec = new KMeansSegmentationCodec();

  private static void assertSameSegmentation(SegmentationModel saved, SegmentationModel loaded) {
    assertEquals(saved.segments(), loaded.segments());
    assertArrayEquals(saved.assignAll(ROWS), loaded.assignAll(ROWS));
    double[][] a = saved.centroids();
    double[][] b = loaded.centroids();
    assertEquals(a.length, b.length);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0.0);
    }
    for (int i = 0; i < ROWS.size(); i += 50) {
      assertArrayEquals(saved.embed(ROWS.row(i)), loaded.embed(ROWS.row(i)), 0.0);
    }
  }

  @Test
  void aLoadedSegmentationPlacesEveryRowAsTheSavedOne() {
    SegmentationModel fitted =
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS).fit(ROWS, 4, ProgressListener.NONE);
    assertTrue(codec.supports(fitted));
    assertEquals(KMeansSegmentationCodec.FORMAT, codec.format());
    assertSameSegmentation(fitted, codec.decode(codec.encode(fitted)));
  }

  @Test
  void principalComponentsAndFeatureSubsetsAreKept() {
    KMeansConfig config =
        KMeansConfig.DEFAULTS.withPca(0.8).withFeatures(ROWS.schema().names().subList(0, 4));
    SegmentationModel fitted =
        new TribuoKMeansSegmenter(config).fit(ROWS, 3, ProgressListener.NONE);
    assertSameSegmentation(fitted, codec.decode(codec.encode(fitted)));
  }

  @Test
  void otherModelsAreNotSupported() {
    SegmentationModel other = Mockito.mock(SegmentationModel.class);
    assertFalse(codec.supports(other));
    assertThrows(IllegalArgumentException.class, () -> codec.encode(other));
  }

  @Test
  void damagedBytesAreRefusedWithTheFormat() {
    byte[] good =
        codec.encode(
            new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS).fit(ROWS, 4, ProgressListener.NONE));
    for (byte[] bad :
        new byte[][] {
          Arrays.copyOf(good, good.length - 8), Arrays.copyOf(good, good.length + 8), new byte[3]
        }) {
      RetentionException e = assertThrows(RetentionException.class, () -> codec.decode(bad));
      assertTrue(e.getMessage().contains(KMeansSegmentationCodec.FORMAT), e.getMessage());
    }
  }
}
