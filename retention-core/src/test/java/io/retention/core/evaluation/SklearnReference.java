package io.retention.core.evaluation;

/**
 * Reference values computed once with scikit-learn by {@code src/test/python/sklearn_reference.py}
 * on a fixed sample of 60 scores with ties; the tests compare against these numbers and never run
 * Python.
 */
final class SklearnReference {
  private SklearnReference() {}

  // scikit-learn 1.2.1
  static final double[] SCORES = {
    0.67, 0.31, 0.22, 0.18, 0.01, 0.36, 0.23, 0.91, 0.57, 0.01, 0.23, 0.62, 0.17, 0.45, 0.39, 0.02,
    0.58, 0.01, 0.58, 0.59, 0.27, 0.57, 0.98, 0.2, 0.32, 0.81, 0.21, 0.01, 0.39, 0.45, 0.74, 0.05,
    0.21, 0.12, 0.18, 0.54, 0.59, 0.8, 0.37, 0.8, 0.25, 0.23, 0.1, 0.24, 0.75, 0.44, 0.17, 0.15,
    0.46, 0.33, 0.34, 0.01, 0.36, 0.12, 0.56, 0.68, 0.99, 0.15, 0.19, 0.32
  };
  static final boolean[] LABELS = {
    true, false, false, false, false, false, false, true, true, false, false, false, false, true,
    true, false, true, false, false, true, false, false, true, false, false, true, false, false,
    false, false, true, false, false, false, false, false, false, true, false, true, false, false,
    false, false, false, false, false, false, true, false, false, false, false, false, false, true,
    true, false, false, false
  };
  static final double ROC_AUC = 0.9444444444444444;
  static final double AVERAGE_PRECISION = 0.8505799320505203;
  static final double LOG_LOSS = 0.3658568146226552;
  static final double BRIER = 0.11174333333333335;
  static final double ACCURACY_AT_HALF = 0.8333333333333334;
  static final double PRECISION_AT_HALF = 0.631578947368421;
  static final double RECALL_AT_HALF = 0.8;
  static final double F1_AT_HALF = 0.7058823529411765;
  static final long[] CONFUSION_AT_HALF_TP_FP_TN_FN = {12, 7, 38, 3};
  static final double[] CALIBRATION_5_PREDICTED = {
    0.10277777777777779,
    0.2936842105263158,
    0.5316666666666667,
    0.7228571428571428,
    0.9225000000000001
  };
  static final double[] CALIBRATION_5_OBSERVED = {
    0.0, 0.05263157894736842, 0.4166666666666667, 0.7142857142857143, 1.0
  };
}
