package io.retention.core.segmentation;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.SegmentationModel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A fitted segmentation with readable names: assigns as the model it wraps and answers with the
 * named segment of the same index. Immutable and safe to share between threads when the wrapped
 * model is (as the port requires).
 */
public final class NamedSegmentationModel implements SegmentationModel {
  private final SegmentationModel model;
  private final List<Segment> segments;

  /**
   * Names a model's segments.
   *
   * @param model the fitted segmentation
   * @param segments one segment per segment of {@code model}, same indices, distinct names
   */
  public NamedSegmentationModel(SegmentationModel model, List<Segment> segments) {
    this.model = Objects.requireNonNull(model, "model");
    this.segments = List.copyOf(segments);
    if (this.segments.size() != model.segments().size()) {
      throw new IllegalArgumentException(
          "expected " + model.segments().size() + " names, got " + this.segments.size());
    }
    for (int s = 0; s < this.segments.size(); s++) {
      if (this.segments.get(s).index() != s) {
        throw new IllegalArgumentException("segment at position " + s + " has another index");
      }
    }
    if (new HashSet<>(this.segments.stream().map(Segment::name).toList()).size()
        != this.segments.size()) {
      throw new IllegalArgumentException("segment names are not distinct: " + this.segments);
    }
  }

  /**
   * The model under the names, as its segmenter made it.
   *
   * @return the wrapped model
   */
  public SegmentationModel unnamed() {
    return model;
  }

  @Override
  public List<Segment> segments() {
    return segments;
  }

  @Override
  public Segment assign(FeatureVector features) {
    return segments.get(model.assign(features).index());
  }

  @Override
  public double[] embed(FeatureVector features) {
    return model.embed(features);
  }

  @Override
  public double[][] centroids() {
    return model.centroids();
  }

  @Override
  public int[] assignAll(FeatureMatrix data) {
    return model.assignAll(data);
  }
}
