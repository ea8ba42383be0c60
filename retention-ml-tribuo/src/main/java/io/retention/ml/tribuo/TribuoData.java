package io.retention.ml.tribuo;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.FeatureMatrix;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Converts core's feature rows to Tribuo datasets and back. */
final class TribuoData {
  /** The label Tribuo learns for churned customers. */
  static final String CHURNED = "churned";

  /** The label Tribuo learns for retained customers. */
  static final String RETAINED = "retained";

  static final LabelFactory LABELS = new LabelFactory();

  private TribuoData() {}

  /**
   * Checks that every row is labelled and both classes are present.
   *
   * @return the number of churned rows
   */
  static int checkTrainable(FeatureMatrix training) {
    int churned = 0;
    for (int i = 0; i < training.size(); i++) {
      ChurnLabel label = training.labels().get(i);
      if (label == ChurnLabel.UNKNOWN) {
        throw new IllegalArgumentException(
            "row " + i + " (customer " + training.ids().get(i) + ") has no churn label");
      }
      if (label == ChurnLabel.CHURNED) {
        churned++;
      }
    }
    if (churned == 0 || churned == training.size()) {
      throw new IllegalArgumentException(
          "training needs both classes; got " + churned + " churned of " + training.size());
    }
    return churned;
  }

  /** Indices of the columns that take more than one value in the training rows. */
  static int[] varyingColumns(FeatureMatrix training) {
    int d = training.schema().size();
    int[] keep = new int[d];
    int kept = 0;
    for (int j = 0; j < d; j++) {
      double first = training.get(0, j);
      for (int i = 1; i < training.size(); i++) {
        if (training.get(i, j) != first) {
          keep[kept++] = j;
          break;
        }
      }
    }
    return java.util.Arrays.copyOf(keep, kept);
  }

  /** Builds a Tribuo dataset of the chosen columns, every value explicit, every weight 1. */
  static MutableDataset<Label> dataset(FeatureMatrix training, int[] columns, String[] names) {
    return dataset(training, columns, names, ClassWeights.NONE);
  }

  /** Builds a Tribuo dataset of the chosen columns, every value explicit, weighted by class. */
  static MutableDataset<Label> dataset(
      FeatureMatrix training, int[] columns, String[] names, ClassWeights classWeights) {
    float[] weights = classWeights.weights(checkTrainable(training), training.size());
    MutableDataset<Label> dataset =
        new MutableDataset<>(
            new SimpleDataSourceProvenance("retention feature matrix", LABELS), LABELS);
    Label churned = new Label(CHURNED);
    Label retained = new Label(RETAINED);
    for (int i = 0; i < training.size(); i++) {
      double[] values = new double[columns.length];
      for (int k = 0; k < columns.length; k++) {
        values[k] = training.get(i, columns[k]);
      }
      boolean isChurned = training.labels().get(i) == ChurnLabel.CHURNED;
      ArrayExample<Label> example =
          new ArrayExample<>(isChurned ? churned : retained, names, values);
      example.setWeight(isChurned ? weights[0] : weights[1]);
      dataset.add(example);
    }
    return dataset;
  }

  /** The names of the chosen columns. */
  static String[] names(FeatureMatrix training, int[] columns) {
    String[] names = new String[columns.length];
    for (int k = 0; k < columns.length; k++) {
      names[k] = training.schema().names().get(columns[k]);
    }
    return names;
  }
}
