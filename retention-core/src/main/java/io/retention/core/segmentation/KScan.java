package io.retention.core.segmentation;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.Segmenter;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the number of segments: fits one segmentation per k in a range and scores each by
 * inertia, silhouette (exact up to a limit, else on a seeded sample) and Davies–Bouldin, all in the
 * model's clustering space, then picks k by the configured criterion (silhouette by default) and
 * reports the elbow of the inertia curve as well. Ties go to the smaller k. Instances are immutable
 * and safe to share; the result depends only on the rows, the segmenter and the configuration.
 */
public final class KScan {
  private final Segmenter segmenter;
  private final KScanConfig config;

  /**
   * Creates a scan.
   *
   * @param segmenter fits a segmentation for each k
   * @param config the range, criterion and silhouette sampling
   */
  @Inject
  public KScan(Segmenter segmenter, KScanConfig config) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Scans the configured range of k.
   *
   * @param data the customers' features, at least one row
   * @param progress told after each k
   * @return every score, the chosen k and its model
   */
  public KScanResult scan(FeatureMatrix data, ProgressListener progress) {
    Objects.requireNonNull(data, "data");
    if (data.size() == 0) {
      throw new IllegalArgumentException("no rows to segment");
    }
    int count = config.maxK() - config.minK() + 1;
    progress.started("Scanning k = " + config.minK() + ".." + config.maxK(), count);
    List<KScore> scores = new ArrayList<>(count);
    List<SegmentationModel> models = new ArrayList<>(count);
    for (int k = config.minK(); k <= config.maxK(); k++) {
      SegmentationModel model = segmenter.fit(data, k, ProgressListener.NONE);
      scores.add(score(k, model, data));
      models.add(model);
      progress.advanced(k - config.minK() + 1L);
    }
    progress.finished();
    int[] ks = scores.stream().mapToInt(KScore::k).toArray();
    double[] inertias = scores.stream().mapToDouble(KScore::inertia).toArray();
    int elbow = ClusterValidation.elbow(ks, inertias);
    int best = 0;
    for (int i = 1; i < scores.size(); i++) {
      if (better(scores.get(i), scores.get(best))) {
        best = i;
      }
    }
    int chosen = config.criterion() == SelectionCriterion.ELBOW ? elbow : ks[best];
    return new KScanResult(
        scores, config.criterion(), chosen, elbow, models.get(chosen - config.minK()));
  }

  /**
   * Scores one fitted segmentation on the rows.
   *
   * @param k the k it was fitted with
   * @param model the segmentation
   * @param data the rows
   * @return the inertia, silhouette and Davies–Bouldin index
   */
  public KScore score(int k, SegmentationModel model, FeatureMatrix data) {
    double[][] points = new double[data.size()][];
    for (int i = 0; i < points.length; i++) {
      points[i] = model.embed(data.row(i));
    }
    int[] labels = model.assignAll(data);
    double[][] centroids = model.centroids();
    return new KScore(
        k,
        centroids.length,
        ClusterValidation.inertia(points, labels, centroids),
        ClusterValidation.silhouette(
            points,
            labels,
            config.exactSilhouetteLimit(),
            config.silhouetteSampleSize(),
            config.seed()),
        ClusterValidation.daviesBouldin(points, labels));
  }

  private boolean better(KScore candidate, KScore incumbent) {
    if (config.criterion() == SelectionCriterion.DAVIES_BOULDIN) {
      return candidate.daviesBouldin() < incumbent.daviesBouldin();
    }
    return candidate.silhouette().value() > incumbent.silhouette().value();
  }
}
