package io.retention.core.testing;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.Segmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * A small segmenter for the core's tests, standing in at the port: farthest-first centres from row
 * 0, then Lloyd iterations, on the raw features. Not a substitute for a real backend.
 */
public final class FarthestFirstSegmenter implements Segmenter {

  @Override
  public SegmentationModel fit(FeatureMatrix data, ProgressListener progress) {
    return fit(data, 2, progress);
  }

  @Override
  public SegmentationModel fit(FeatureMatrix data, int k, ProgressListener progress) {
    double[][] points = new double[data.size()][];
    for (int i = 0; i < points.length; i++) {
      points[i] = data.row(i).toArray();
    }
    List<double[]> centres = new ArrayList<>();
    centres.add(points[0]);
    while (centres.size() < k) {
      int far = 0;
      double farDistance = -1;
      for (int i = 0; i < points.length; i++) {
        double d = squaredDistance(points[i], centres.get(nearest(points[i], centres)));
        if (d > farDistance) {
          farDistance = d;
          far = i;
        }
      }
      centres.add(points[far]);
    }
    for (int iteration = 0; iteration < 50; iteration++) {
      double[][] sums = new double[k][points[0].length];
      int[] counts = new int[k];
      for (double[] p : points) {
        int c = nearest(p, centres);
        counts[c]++;
        for (int j = 0; j < p.length; j++) {
          sums[c][j] += p[j];
        }
      }
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < sums[c].length; j++) {
          sums[c][j] = counts[c] == 0 ? centres.get(c)[j] : sums[c][j] / counts[c];
        }
        centres.set(c, sums[c]);
      }
    }
    return new Model(centres);
  }

  private static int nearest(double[] p, List<double[]> centres) {
    int best = 0;
    for (int c = 1; c < centres.size(); c++) {
      if (squaredDistance(p, centres.get(c)) < squaredDistance(p, centres.get(best))) {
        best = c;
      }
    }
    return best;
  }

  private static double squaredDistance(double[] x, double[] y) {
    double sum = 0;
    for (int j = 0; j < x.length; j++) {
      double d = x[j] - y[j];
      sum += d * d;
    }
    return sum;
  }

  private record Model(List<double[]> centres) implements SegmentationModel {
    @Override
    public List<Segment> segments() {
      List<Segment> out = new ArrayList<>();
      for (int c = 0; c < centres.size(); c++) {
        out.add(new Segment(c, "Segment " + (c + 1)));
      }
      return out;
    }

    @Override
    public Segment assign(FeatureVector features) {
      return segments().get(nearest(features.toArray(), centres));
    }

    @Override
    public double[] embed(FeatureVector features) {
      return features.toArray();
    }

    @Override
    public double[][] centroids() {
      return centres.stream().map(double[]::clone).toArray(double[][]::new);
    }
  }
}
