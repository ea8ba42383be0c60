package io.retention.core.application;

import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ScoreSink;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use case: score customers with a trained model and hand the ranking to a {@link ScoreSink},
 * highest churn probability first.
 */
public final class ScoreCustomers {
  private final ScoreSink sink;

  /**
   * Creates the use case.
   *
   * @param sink where the ranked scores go
   */
  @Inject
  public ScoreCustomers(ScoreSink sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Scores, ranks and writes.
   *
   * @param bundle the trained model
   * @param customers the customers to score, with distinct identifiers
   * @return the scores, highest probability first, ties in customer-id order
   */
  public List<ChurnScore> scoreAndWrite(ChurnModelBundle bundle, List<Customer> customers) {
    FeatureMatrix matrix = bundle.features().transformAll(customers);
    double[] probabilities = bundle.model().probabilities(matrix);
    if (probabilities.length != matrix.size()) {
      throw new IllegalStateException(
          "the model returned "
              + probabilities.length
              + " probabilities for "
              + matrix.size()
              + " customers");
    }
    List<ChurnScore> scores = new ArrayList<>(probabilities.length);
    for (int i = 0; i < probabilities.length; i++) {
      scores.add(new ChurnScore(matrix.ids().get(i), probabilities[i]));
    }
    return rankAndWrite(scores);
  }

  /**
   * Ranks scores computed elsewhere (for example on a hold-out) and writes them.
   *
   * @param scores the scores, in any order
   * @return the scores, highest probability first, ties in customer-id order
   */
  public List<ChurnScore> rankAndWrite(List<ChurnScore> scores) {
    List<ChurnScore> ranked = scores.stream().sorted(ChurnScore.HIGHEST_RISK_FIRST).toList();
    sink.write(ranked);
    return ranked;
  }
}
