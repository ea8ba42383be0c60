package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.CurvePoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** ROC and precision-recall curves of scores against labels, thinned to a few hundred points. */
final class Curves {
  private Curves() {}

  /**
   * The ROC curve: one point per distinct score (ties move together), from (0, 0) to (1, 1),
   * false-positive rate ascending.
   */
  static List<CurvePoint> roc(double[] scores, boolean[] positive, int maxPoints) {
    long[][] steps = steps(scores, positive);
    long p = steps[0][steps[0].length - 1];
    long negatives = steps[1][steps[1].length - 1];
    List<CurvePoint> points = new ArrayList<>();
    points.add(new CurvePoint(0.0, 0.0));
    for (int i = 0; i < steps[0].length; i++) {
      points.add(
          new CurvePoint(
              negatives == 0 ? 0.0 : (double) steps[1][i] / negatives,
              p == 0 ? 0.0 : (double) steps[0][i] / p));
    }
    return thin(points, maxPoints);
  }

  /**
   * The precision-recall curve: one point per distinct score, recall ascending, starting at recall
   * 0 with the precision of the first threshold.
   */
  static List<CurvePoint> precisionRecall(double[] scores, boolean[] positive, int maxPoints) {
    long[][] steps = steps(scores, positive);
    long p = steps[0][steps[0].length - 1];
    List<CurvePoint> points = new ArrayList<>();
    for (int i = 0; i < steps[0].length; i++) {
      long tp = steps[0][i];
      long flagged = tp + steps[1][i];
      double precision = flagged == 0 ? 1.0 : (double) tp / flagged;
      if (i == 0) {
        points.add(new CurvePoint(0.0, precision));
      }
      points.add(new CurvePoint(p == 0 ? 0.0 : (double) tp / p, precision));
    }
    return thin(points, maxPoints);
  }

  /** Cumulative true and false positives at each distinct score, highest score first. */
  private static long[][] steps(double[] scores, boolean[] positive) {
    if (scores.length != positive.length || scores.length == 0) {
      throw new IllegalArgumentException(
          "need as many labels as scores, at least one; got "
              + scores.length
              + " scores and "
              + positive.length
              + " labels");
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
    List<long[]> out = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (int r = 0; r < order.length; r++) {
      if (positive[order[r]]) {
        tp++;
      } else {
        fp++;
      }
      if (r == order.length - 1 || scores[order[r + 1]] != scores[order[r]]) {
        out.add(new long[] {tp, fp});
      }
    }
    long[][] steps = new long[2][out.size()];
    for (int i = 0; i < out.size(); i++) {
      steps[0][i] = out.get(i)[0];
      steps[1][i] = out.get(i)[1];
    }
    return steps;
  }

  /** Keeps the first and last points and evenly spaced ones between, at most {@code max}. */
  static List<CurvePoint> thin(List<CurvePoint> points, int max) {
    if (points.size() <= max) {
      return List.copyOf(points);
    }
    List<CurvePoint> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(points.get((int) Math.round((double) i * (points.size() - 1) / (max - 1))));
    }
    return List.copyOf(out);
  }
}
