package io.retention.core.segmentation;

import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rows of customers in clear behaviour groups, for the profile and naming tests. */
final class SegmentFixtures {
  static final CustomerSchema SCHEMA =
      new CustomerSchema(
          "fixture",
          List.of("monthly_fee", "watch_hours", "last_login_days"),
          List.of("favorite_genre"),
          Map.of(
              AttributeRole.SPEND, "monthly_fee",
              AttributeRole.USAGE, "watch_hours",
              AttributeRole.RECENCY, "last_login_days",
              AttributeRole.FAVOURITE_GENRE, "favorite_genre"));

  static final FeatureSchema FEATURES =
      FeatureSchema.of(
          "monthly_fee",
          "watch_hours",
          "last_login_days",
          "favorite_genre=Action",
          "favorite_genre=Drama");

  static final SegmentFeatureRoles ROLES = SegmentFeatureRoles.from(SCHEMA, FEATURES);

  /** Group behaviours: fee, watch hours, days since login. */
  static final double[][] LOYAL = {{18, 60, 2}};

  private SegmentFixtures() {}

  /**
   * Rows in groups of {@code size}, group g with behaviour {@code groups[g]}; in each group the
   * first row churned, the rest did not, and every third row likes Drama, the others Action.
   */
  static FeatureMatrix rows(double[][] groups, int size) {
    List<CustomerId> ids = new ArrayList<>();
    List<ChurnLabel> labels = new ArrayList<>();
    double[][] values = new double[groups.length * size][];
    int r = 0;
    for (int g = 0; g < groups.length; g++) {
      for (int i = 0; i < size; i++) {
        boolean drama = i % 3 == 0;
        values[r] =
            new double[] {
              groups[g][0], groups[g][1] + i % 2, groups[g][2], drama ? 0 : 1, drama ? 1 : 0
            };
        ids.add(CustomerId.of("g" + g + "-" + i));
        labels.add(i == 0 ? ChurnLabel.CHURNED : ChurnLabel.RETAINED);
        r++;
      }
    }
    return new FeatureMatrix(FEATURES, ids, values, labels);
  }

  /**
   * Rows in groups of {@code size} over the given features, every row of group g holding {@code
   * groups[g]}; in group g the first {@code churned[g]} rows churned and the rest did not, or no
   * row is labelled when {@code churned[g]} is negative.
   */
  static FeatureMatrix table(List<String> features, double[][] groups, int size, int[] churned) {
    List<CustomerId> ids = new ArrayList<>();
    List<ChurnLabel> labels = new ArrayList<>();
    double[][] values = new double[groups.length * size][];
    int r = 0;
    for (int g = 0; g < groups.length; g++) {
      for (int i = 0; i < size; i++) {
        values[r++] = groups[g].clone();
        ids.add(CustomerId.of("t" + g + "-" + i));
        labels.add(
            churned[g] < 0
                ? ChurnLabel.UNKNOWN
                : i < churned[g] ? ChurnLabel.CHURNED : ChurnLabel.RETAINED);
      }
    }
    return new FeatureMatrix(
        FeatureSchema.of(features.toArray(String[]::new)), ids, values, labels);
  }

  static int[] groupsOf(int groups, int size) {
    int[] out = new int[groups * size];
    for (int i = 0; i < out.length; i++) {
      out[i] = i / size;
    }
    return out;
  }
}
