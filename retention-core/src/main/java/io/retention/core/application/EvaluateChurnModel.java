package io.retention.core.application;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ProgressListener;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use case: judge a churn model honestly on customers it never saw.
 *
 * <p>Labelled customers are split by a {@link StratifiedSplit}; features and model are fitted on
 * the training part only, and the test part is scored once.
 */
public final class EvaluateChurnModel {
  private final TrainChurnModel training;

  /**
   * Creates the use case.
   *
   * @param training trains the model on the training part
   */
  @Inject
  public EvaluateChurnModel(TrainChurnModel training) {
    this.training = Objects.requireNonNull(training, "training");
  }

  /**
   * Splits, trains and scores the hold-out.
   *
   * @param labelled customers with known labels
   * @param split how to split them
   * @param progress told how training advances
   * @return the trained model and its hold-out results
   * @throws IllegalArgumentException if a customer is unlabelled, a class is missing, or there are
   *     too few customers to leave a test part
   */
  public HoldOutEvaluation holdOut(
      List<Customer> labelled, StratifiedSplit split, ProgressListener progress) {
    for (Customer c : labelled) {
      if (!c.isLabelled()) {
        throw new IllegalArgumentException(
            "customer " + c.id() + " has no churn label and cannot be evaluated on");
      }
    }
    StratifiedSplit.Parts<Customer> parts =
        split.split(labelled, c -> c.id().value(), Customer::churned);
    if (parts.test().isEmpty()) {
      throw new IllegalArgumentException(
          "the test part is empty: " + labelled.size() + " customers are too few to split");
    }
    long testChurned = parts.test().stream().filter(Customer::churned).count();
    if (testChurned == 0 || testChurned == parts.test().size()) {
      throw new IllegalArgumentException(
          "the test part has "
              + testChurned
              + " churned of "
              + parts.test().size()
              + " customers; ROC-AUC needs both classes, so more customers of the rarer class"
              + " are needed");
    }
    ChurnModelBundle bundle = training.train(parts.train(), progress);
    List<ChurnScore> scores = new ArrayList<>(parts.test().size());
    double[] probabilities = new double[parts.test().size()];
    boolean[] churned = new boolean[parts.test().size()];
    for (int i = 0; i < probabilities.length; i++) {
      Customer c = parts.test().get(i);
      ChurnScore score = bundle.score(c);
      scores.add(score);
      probabilities[i] = score.probability();
      churned[i] = c.churned();
    }
    return new HoldOutEvaluation(
        bundle,
        scores,
        BinaryMetrics.rocAuc(probabilities, churned),
        parts.train().size(),
        BinaryMetrics.positiveRate(churned));
  }
}
