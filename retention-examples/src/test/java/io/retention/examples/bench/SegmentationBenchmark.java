package io.retention.examples.bench;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.segmentation.ClusterValidation;
import io.retention.core.segmentation.KScan;
import io.retention.core.segmentation.KScanConfig;
import io.retention.core.segmentation.KScore;
import io.retention.core.segmentation.SilhouetteScore;
import io.retention.core.testing.GaussianBlobs;
import io.retention.ml.tribuo.KMeansConfig;
import io.retention.ml.tribuo.TribuoKMeansSegmenter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Segmentation at scale: 1,000,000 points × 10 features (Gaussian blobs around 5 centres, seed 42),
 * for each k from 2 to 8 the Tribuo k-means fit (3 k-means++ starts, every core) followed by
 * validation (inertia, silhouette on a seeded 10,000-point sample, Davies–Bouldin) as {@link KScan}
 * does it; the silhouette sample alone; and, as the reference, one pass computing the inertia of
 * every point against the true centres.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentationBenchmark {
  private static final int POINTS = 1_000_000;
  private static final int FEATURES = 10;
  private static final int CENTRES = 5;
  private static final int SAMPLE = 10_000;

  /** The smallest k of the scan the README's figures were measured with. */
  private static final int MIN_K = 2;

  /** The largest k of that scan. */
  private static final int MAX_K = 8;

  @Param({"2", "3", "4", "5", "6", "7", "8"})
  int k;

  private GaussianBlobs blobs;
  private FeatureMatrix rows;
  private double[][] points;
  private int[] labels;
  private KScan scan;

  /** The points, generated once per fork and shared by every k (they do not depend on k). */
  private static GaussianBlobs generated;

  /** Generates the points (once) and the labels of this k. */
  @Setup
  public void setUp() {
    synchronized (SegmentationBenchmark.class) {
      if (generated == null) {
        generated = GaussianBlobs.generate(POINTS, FEATURES, CENTRES, 1.0, 6.0, 42);
      }
      blobs = generated;
    }
    rows = blobs.rows();
    points = new double[POINTS][];
    labels = new int[POINTS];
    for (int i = 0; i < POINTS; i++) {
      points[i] = rows.row(i).toArray();
      labels[i] = blobs.membership()[i] % k;
    }
    scan =
        new KScan(
            new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS),
            KScanConfig.DEFAULTS.withRange(MIN_K, MAX_K));
  }

  /**
   * Fits k-means with this k and scores it as a scan does.
   *
   * @return the scores
   */
  @Benchmark
  public KScore fitAndValidate() {
    SegmentationModel model =
        new TribuoKMeansSegmenter(KMeansConfig.DEFAULTS).fit(rows, k, ProgressListener.NONE);
    return scan.score(k, model, rows);
  }

  /**
   * The silhouette on a seeded 10,000-point sample of the million.
   *
   * @return the silhouette
   */
  @Benchmark
  public SilhouetteScore silhouetteOnSample() {
    return ClusterValidation.silhouette(points, labels, SAMPLE, SAMPLE, 42);
  }

  /**
   * The reference: one pass over every point, the inertia against the true centres.
   *
   * @return the inertia
   */
  @Benchmark
  public double inertiaPass() {
    return ClusterValidation.inertia(points, blobs.membership(), blobs.centres());
  }
}
