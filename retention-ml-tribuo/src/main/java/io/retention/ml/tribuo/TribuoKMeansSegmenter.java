package io.retention.ml.tribuo;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.Segmenter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.la.DenseVector;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Segments customers with Tribuo's k-means: k-means++ initialisation with an explicit seed, on
 * standardised features (means and standard deviations learned in fit), optionally projected on the
 * principal components that keep a chosen share of variance.
 *
 * <p>How a fit runs:
 *
 * <ol>
 *   <li>The configured features (all by default) are standardised; features constant in the rows
 *       are left out (they cannot separate anyone). If none varies, the model has one segment.
 *   <li>Rows are put in a canonical order (by coordinates, then customer id), so the result does
 *       not depend on the input row order.
 *   <li>When the rows hold at most k distinct points, each distinct point is a segment (so k at or
 *       above the number of distinct points, and a single customer, give one segment per point).
 *   <li>Otherwise Tribuo's {@code KMeansTrainer} runs {@code initialisations} times with seeds
 *       drawn from {@code seed} and the configured thread count: k-means++ and at most {@value
 *       #TRIBUO_ITERATIONS} Lloyd iterations. Its centres are then refined to convergence (at most
 *       {@code maxIterations} more iterations, stopping by {@code tolerance}) by a deterministic
 *       Lloyd pass in this module: a cluster left empty (Tribuo leaves it at the zero vector) is
 *       reseeded with the point farthest from its centre, and centres are summed in canonical row
 *       order, so the result does not depend on the thread count either. The run of lowest inertia
 *       wins (ties: the earliest).
 *   <li>Segments are numbered by decreasing size (ties: by centre coordinates).
 * </ol>
 *
 * <p>Instances are immutable and safe to share; fitted models are immutable and thread-safe.
 */
public final class TribuoKMeansSegmenter implements Segmenter {
  /**
   * The most iterations Tribuo runs per start. Tribuo stops only when no point changes cluster,
   * which on large data takes many passes of its boxed, synchronised update step; the refinement
   * here continues to convergence (by {@link KMeansConfig#tolerance()}) far faster.
   */
  static final int TRIBUO_ITERATIONS = 20;

  private final KMeansConfig config;

  /**
   * Creates a segmenter.
   *
   * @param config k, iterations, starts, seed, threads, PCA and features
   */
  public TribuoKMeansSegmenter(KMeansConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    TribuoLogging.quiet();
  }

  @Override
  public SegmentationModel fit(FeatureMatrix data, ProgressListener progress) {
    return fit(data, config.k(), progress);
  }

  @Override
  public SegmentationModel fit(FeatureMatrix data, int k, ProgressListener progress) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(progress, "progress");
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (data.size() == 0) {
      throw new IllegalArgumentException("no rows to segment");
    }
    ClusteringSpace space =
        ClusteringSpace.fit(data, chosenColumns(data), config.pcaVarianceShare());
    double[][] points = new double[data.size()][];
    for (int i = 0; i < points.length; i++) {
      points[i] = space.embed(data, i);
    }
    Integer[] order = IntStream.range(0, points.length).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.<Integer, double[]>comparing(i -> points[i], Arrays::compare)
            .thenComparing(i -> data.ids().get(i).value()));
    double[][] canonical = new double[points.length][];
    for (int i = 0; i < order.length; i++) {
      canonical[i] = points[order[i]];
    }
    double[][] distinct = distinct(canonical);
    progress.started(
        String.format(Locale.ROOT, "k-means, k = %d, %d rows", k, data.size()),
        config.initialisations());
    double[][] centroids;
    if (distinct.length <= k) {
      centroids = distinct;
    } else {
      centroids = bestOfStarts(canonical, k, progress);
    }
    progress.finished();
    return new KMeansSegmentation(data.schema(), space, ordered(canonical, centroids));
  }

  private int[] chosenColumns(FeatureMatrix data) {
    List<String> names = config.features();
    if (names.isEmpty()) {
      return IntStream.range(0, data.schema().size()).toArray();
    }
    return names.stream().mapToInt(data.schema()::indexOf).toArray();
  }

  private double[][] bestOfStarts(double[][] points, int k, ProgressListener progress) {
    MutableDataset<ClusterID> dataset = dataset(points);
    SplittableRandom seeds = new SplittableRandom(config.seed());
    Lloyd.Result best = null;
    for (int start = 0; start < config.initialisations(); start++) {
      KMeansTrainer trainer =
          new KMeansTrainer(
              k,
              Math.min(config.maxIterations(), TRIBUO_ITERATIONS),
              new L2Distance(),
              KMeansTrainer.Initialisation.PLUSPLUS,
              config.threads(),
              seeds.nextLong());
      KMeansModel model = trainer.train(dataset);
      DenseVector[] vectors = model.getCentroidVectors();
      double[][] starts = new double[vectors.length][];
      for (int c = 0; c < vectors.length; c++) {
        starts[c] = vectors[c].toArray();
      }
      Lloyd.Result result =
          Lloyd.refine(points, starts, config.maxIterations(), config.tolerance());
      if (best == null || result.inertia() < best.inertia()) {
        best = result;
      }
      progress.advanced(start + 1L);
    }
    return best.centroids();
  }

  /** A Tribuo dataset of the points, with feature names whose sorted order is the column order. */
  private static MutableDataset<ClusterID> dataset(double[][] points) {
    ClusteringFactory factory = new ClusteringFactory();
    MutableDataset<ClusterID> dataset =
        new MutableDataset<>(
            new SimpleDataSourceProvenance("retention segmentation", factory), factory);
    int d = points[0].length;
    String[] names = new String[d];
    for (int j = 0; j < d; j++) {
      names[j] = String.format(Locale.ROOT, "x%05d", j);
    }
    for (double[] p : points) {
      dataset.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, p));
    }
    return dataset;
  }

  /** The distinct points of a sorted array, in order. */
  private static double[][] distinct(double[][] sorted) {
    return IntStream.range(0, sorted.length)
        .filter(i -> i == 0 || !Arrays.equals(sorted[i], sorted[i - 1]))
        .mapToObj(i -> sorted[i])
        .toArray(double[][]::new);
  }

  /** Centres by decreasing cluster size, ties by coordinates. */
  private static double[][] ordered(double[][] points, double[][] centroids) {
    long[] sizes = new long[centroids.length];
    for (double[] p : points) {
      sizes[Lloyd.nearest(p, centroids)]++;
    }
    return IntStream.range(0, centroids.length)
        .boxed()
        .sorted(
            Comparator.comparingLong((Integer c) -> -sizes[c])
                .thenComparing(c -> centroids[c], Arrays::compare))
        .map(c -> centroids[c].clone())
        .toArray(double[][]::new);
  }
}
