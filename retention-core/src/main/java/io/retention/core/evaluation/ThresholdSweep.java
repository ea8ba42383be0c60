package io.retention.core.evaluation;

/** Tries every distinct score as a threshold, plus one above them all. */
final class ThresholdSweep {
  private ThresholdSweep() {}

  interface Loss {
    double of(long tp, long fp, long fn);
  }

  static double best(double[] scores, boolean[] positive, Loss loss) {
    BinaryMetrics.checkScores(scores, positive);
    if (scores.length == 0) {
      throw new IllegalArgumentException("no examples to choose a threshold on");
    }
    long positives = BinaryMetrics.count(positive);
    Integer[] order = BinaryMetrics.descending(scores);
    // Predicting nobody positive: the threshold just above the highest score.
    double bestThreshold = Math.nextUp(scores[order[0]]);
    double bestLoss = loss.of(0, 0, positives);
    long tp = 0;
    long fp = 0;
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          tp++;
        } else {
          fp++;
        }
      }
      double l = loss.of(tp, fp, positives - tp);
      if (l < bestLoss) {
        bestLoss = l;
        bestThreshold = scores[order[start]];
      }
      start = end + 1;
    }
    return bestThreshold;
  }
}
