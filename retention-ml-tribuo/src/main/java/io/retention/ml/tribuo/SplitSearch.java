package io.retention.ml.tribuo;

import java.util.Arrays;

/**
 * The split search of a {@link HistogramCartTrainer} node: over the drawn features in order, the
 * bin boundary whose two sides have the lowest weighted Gini impurity, the first on ties, kept only
 * if it lowers the node's impurity by more than {@link HistogramCartTrainer#GAIN_TOLERANCE} of its
 * weight. Where empty bins lie between the two sides, the boundary in their middle is used.
 * Immutable.
 */
final class SplitSearch {

  /**
   * A split found: the feature, the last bin of the "less than or equal" side, its class counts.
   */
  static final class Split {
    final int feature;
    final int bin;
    final int[] left;

    private Split(int feature, int bin, int[] left) {
      this.feature = feature;
      this.bin = bin;
      this.left = left;
    }
  }

  private final HistogramCartTrainer.Rows rows;
  private final NodeHistogram.Pool histograms;
  private final int classes;

  /**
   * A search over one tree's histograms.
   *
   * @param rows the training rows (their bins and class weights)
   * @param histograms the pool whose layout the histograms follow
   */
  SplitSearch(HistogramCartTrainer.Rows rows, NodeHistogram.Pool histograms) {
    this.rows = rows;
    this.histograms = histograms;
    this.classes = rows.classNames().length;
  }

  /**
   * The best split of a node.
   *
   * @param hist the node's class counts, filled for every drawn feature
   * @param featureIDs the drawn features
   * @param classWeightSums the node's weight per class
   * @param weight the node's weight
   * @return the split, or null when none lowers the impurity enough
   */
  Split best(int[] hist, int[] featureIDs, double[] classWeightSums, double weight) {
    float[] w = rows.classWeights();
    double parentScore = 0.0;
    for (int c = 0; c < classes; c++) {
      parentScore += classWeightSums[c] * classWeightSums[c];
    }
    parentScore /= weight;
    double bestScore = parentScore + HistogramCartTrainer.GAIN_TOLERANCE * weight;
    int bestFeature = -1;
    int bestBin = -1;
    int[] bestLeft = new int[classes];
    int[] left = new int[classes];
    for (int f : featureIDs) {
      Arrays.fill(left, 0);
      int base = histograms.offset(f);
      int bins = rows.columns().bins(f);
      int last = -1;
      for (int b = 0; b < bins; b++) {
        int at = base + b * classes;
        boolean empty = true;
        for (int c = 0; c < classes; c++) {
          empty &= hist[at + c] == 0;
        }
        if (empty) {
          continue;
        }
        if (last >= 0) {
          double score = score(left, w, classWeightSums);
          if (score > bestScore) {
            bestScore = score;
            bestFeature = f;
            bestBin = (last + b - 1) >>> 1;
            System.arraycopy(left, 0, bestLeft, 0, classes);
          }
        }
        for (int c = 0; c < classes; c++) {
          left[c] += hist[at + c];
        }
        last = b;
      }
    }
    return bestFeature < 0 ? null : new Split(bestFeature, bestBin, bestLeft);
  }

  /** Σ over both sides of Σ_c (weight of class c)² / side weight: higher is purer. */
  private double score(int[] left, float[] w, double[] classWeightSums) {
    double leftSq = 0.0;
    double leftWeight = 0.0;
    double rightSq = 0.0;
    double rightWeight = 0.0;
    for (int c = 0; c < classes; c++) {
      double l = (double) left[c] * w[c];
      double r = classWeightSums[c] - l;
      leftSq += l * l;
      leftWeight += l;
      rightSq += r * r;
      rightWeight += r;
    }
    return leftSq / leftWeight + rightSq / rightWeight;
  }
}
