package io.retention.ml.tribuo;

import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.SegmentationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A fitted k-means segmentation: the clustering space learned in fit and one centre per segment. A
 * customer belongs to the segment of the nearest centre (ties: the lower index). Segments are
 * numbered by decreasing size and named "Segment 1", "Segment 2", … until core's namer renames
 * them. Immutable and safe to share between threads; batch assignment uses every core.
 */
final class KMeansSegmentation implements SegmentationModel {
  private final FeatureSchema schema;
  private final ClusteringSpace space;
  private final double[][] centroids;
  private final List<Segment> segments;

  KMeansSegmentation(FeatureSchema schema, ClusteringSpace space, double[][] centroids) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.space = Objects.requireNonNull(space, "space");
    this.centroids = copy(centroids);
    List<Segment> named = new ArrayList<>(centroids.length);
    for (int s = 0; s < centroids.length; s++) {
      named.add(new Segment(s, "Segment " + (s + 1)));
    }
    this.segments = List.copyOf(named);
  }

  FeatureSchema schema() {
    return schema;
  }

  ClusteringSpace space() {
    return space;
  }

  @Override
  public List<Segment> segments() {
    return segments;
  }

  @Override
  public Segment assign(FeatureVector features) {
    return segments.get(Lloyd.nearest(embed(features), centroids));
  }

  @Override
  public double[] embed(FeatureVector features) {
    if (!features.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the segmentation expects features "
              + schema.names()
              + ", got "
              + features.schema().names());
    }
    return space.embed(features);
  }

  @Override
  public double[][] centroids() {
    return copy(centroids);
  }

  @Override
  public int[] assignAll(FeatureMatrix data) {
    if (!data.schema().equals(schema)) {
      throw new IllegalArgumentException(
          "the segmentation expects features " + schema.names() + ", got " + data.schema().names());
    }
    return IntStream.range(0, data.size())
        .parallel()
        .map(i -> Lloyd.nearest(space.embed(data, i), centroids))
        .toArray();
  }

  private static double[][] copy(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].clone();
    }
    return out;
  }
}
