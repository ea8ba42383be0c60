package io.retention.core.segmentation;

import io.retention.core.port.out.SegmentationModel;
import java.util.List;
import java.util.Objects;

/**
 * What a scan over the number of segments found.
 *
 * @param scores every k tried, in increasing order of k, with all its scores
 * @param criterion how the k was chosen
 * @param chosenK the k chosen by the criterion
 * @param elbowK the k at the elbow of the inertia curve (reported whatever the criterion)
 * @param model the segmentation fitted with the chosen k
 */
public record KScanResult(
    List<KScore> scores,
    SelectionCriterion criterion,
    int chosenK,
    int elbowK,
    SegmentationModel model) {

  /** Checks that the chosen k was scored. */
  public KScanResult {
    scores = List.copyOf(scores);
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(model, "model");
    if (scores.stream().noneMatch(s -> s.k() == chosenK)
        || scores.stream().noneMatch(s -> s.k() == elbowK)) {
      throw new IllegalArgumentException(
          "chosen k " + chosenK + " and elbow k " + elbowK + " must be among the scores");
    }
  }

  /**
   * The scores of the chosen k.
   *
   * @return the chosen row of {@link #scores()}
   */
  public KScore chosen() {
    return scores.stream().filter(s -> s.k() == chosenK).findFirst().orElseThrow();
  }
}
