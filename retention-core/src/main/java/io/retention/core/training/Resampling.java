package io.retention.core.training;

import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the rarer class is topped up before training, so that both classes count equally.
 *
 * <p>Resampling changes only the rows a trainer learns from: apply it to training rows (through
 * {@link ResamplingTrainer}, which cross-validation calls once per training fold), never to rows
 * that are evaluated on. Results depend only on the rows' identifiers, values and labels and on the
 * seed, not on row order. Synthetic rows get identifiers derived from their source row plus a
 * {@code "#"} suffix.
 */
public sealed interface Resampling
    permits Resampling.None, Resampling.RandomOversampling, Resampling.Smote {

  /** Leaves the rows as they are. */
  Resampling NONE = new None();

  /**
   * Rebalances training rows.
   *
   * @param training labelled rows
   * @return the rows, with extra rows of the rarer class until both classes are equally large
   * @throws IllegalArgumentException if a row is unlabelled or a class is missing
   */
  FeatureMatrix apply(FeatureMatrix training);

  /**
   * A short name for reports, such as "smote".
   *
   * @return the name
   */
  String name();

  /** No resampling. */
  record None() implements Resampling {
    @Override
    public FeatureMatrix apply(FeatureMatrix training) {
      return training;
    }

    @Override
    public String name() {
      return "none";
    }
  }

  /**
   * Random oversampling: rows of the rarer class drawn with replacement and repeated.
   *
   * @param seed the seed of the draws
   */
  record RandomOversampling(long seed) implements Resampling {
    @Override
    public FeatureMatrix apply(FeatureMatrix training) {
      RareClass minority = RareClass.of(training);
      SplittableRandom random = new SplittableRandom(seed);
      List<double[]> extra = new ArrayList<>(minority.deficit);
      List<CustomerId> ids = new ArrayList<>(minority.deficit);
      for (int s = 0; s < minority.deficit; s++) {
        int source = minority.rows[random.nextInt(minority.rows.length)];
        extra.add(training.row(source).toArray());
        ids.add(CustomerId.of(training.ids().get(source).value() + "#" + s));
      }
      return minority.append(training, ids, extra);
    }

    @Override
    public String name() {
      return "oversampling";
    }
  }

  /**
   * SMOTE: each synthetic row lies at a random point on the segment between a row of the rarer
   * class and one of its {@code k} nearest neighbours of the same class. Distances are Euclidean on
   * features scaled by their standard deviation within the rarer class.
   *
   * @param k how many nearest neighbours to choose from, at least 1
   * @param seed the seed of the draws
   */
  record Smote(int k, long seed) implements Resampling {
    /** The usual number of neighbours. */
    public static final int DEFAULT_K = 5;

    /** Checks {@code k}. */
    public Smote {
      if (k < 1) {
        throw new IllegalArgumentException("SMOTE needs k >= 1 neighbours, got " + k);
      }
    }

    @Override
    public FeatureMatrix apply(FeatureMatrix training) {
      RareClass minority = RareClass.of(training);
      int m = minority.rows.length;
      int d = training.schema().size();
      double[][] x = new double[m][];
      for (int i = 0; i < m; i++) {
        x[i] = training.row(minority.rows[i]).toArray();
      }
      double[] scale = new double[d];
      for (int j = 0; j < d; j++) {
        double mean = 0;
        for (double[] row : x) {
          mean += row[j];
        }
        mean /= m;
        double var = 0;
        for (double[] row : x) {
          var += (row[j] - mean) * (row[j] - mean);
        }
        double sd = Math.sqrt(var / m);
        scale[j] = sd > 0 ? 1.0 / sd : 0.0;
      }
      int neighbours = Math.min(k, m - 1);
      int[][] nearest = new int[m][];
      for (int i = 0; i < m; i++) {
        nearest[i] = nearest(x, scale, i, neighbours);
      }
      SplittableRandom random = new SplittableRandom(seed);
      List<double[]> extra = new ArrayList<>(minority.deficit);
      List<CustomerId> ids = new ArrayList<>(minority.deficit);
      for (int s = 0; s < minority.deficit; s++) {
        int i = random.nextInt(m);
        double[] row = x[i].clone();
        if (neighbours > 0) {
          double[] other = x[nearest[i][random.nextInt(neighbours)]];
          double u = random.nextDouble();
          for (int j = 0; j < d; j++) {
            row[j] += u * (other[j] - row[j]);
          }
        }
        extra.add(row);
        ids.add(CustomerId.of(training.ids().get(minority.rows[i]).value() + "#" + s));
      }
      return minority.append(training, ids, extra);
    }

    private static int[] nearest(double[][] x, double[] scale, int i, int n) {
      double[] dist = new double[x.length];
      for (int o = 0; o < x.length; o++) {
        double s = 0;
        for (int j = 0; j < scale.length; j++) {
          double diff = (x[o][j] - x[i][j]) * scale[j];
          s += diff * diff;
        }
        dist[o] = s;
      }
      // Ties by position in identifier order, so the result does not depend on input order.
      return java.util.stream.IntStream.range(0, x.length)
          .filter(o -> o != i)
          .boxed()
          .sorted(Comparator.<Integer>comparingDouble(o -> dist[o]).thenComparing(o -> o))
          .limit(n)
          .mapToInt(Integer::intValue)
          .toArray();
    }

    @Override
    public String name() {
      return "smote";
    }
  }
}
