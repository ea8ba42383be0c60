package io.retention.ml.tribuo;

/** How the trainers in this module weight training examples by class. */
public enum ClassWeights {
  /** Every example weighs 1. */
  NONE,
  /**
   * Each class weighs as much as the other in all: an example of a class with {@code n_c} members
   * weighs {@code n / (2 n_c)}, as scikit-learn's {@code class_weight="balanced"} does. The SGD and
   * CART trainers honour example weights.
   */
  BALANCED;

  /** The weight of one churned and one retained example, for {@code churned} of {@code n} rows. */
  float[] weights(int churned, int n) {
    if (this == NONE) {
      return new float[] {1.0f, 1.0f};
    }
    return new float[] {(float) (n / (2.0 * churned)), (float) (n / (2.0 * (n - churned)))};
  }
}
