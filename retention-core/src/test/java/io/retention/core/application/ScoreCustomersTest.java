package io.retention.core.application;

import static io.retention.core.application.ChurnFixtures.RISK_SCHEMA;
import static io.retention.core.application.ChurnFixtures.labelled;
import static io.retention.core.application.ChurnFixtures.unlabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import io.retention.core.RetentionException;
import io.retention.core.application.ChurnFixtures.RiskFeatures;
import io.retention.core.application.ChurnFixtures.RiskModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ScoreSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ScoreCustomersTest {

  private static final ChurnModelBundle BUNDLE =
      new ChurnModelBundle(new RiskFeatures(), new RiskModel(), Map.of());

  @Mock private ScoreSink sink;

  private static ChurnScore score(String id, double p) {
    return new ChurnScore(CustomerId.of(id), p);
  }

  /** A model that scores in one batch only, as a multi-threaded backend might. */
  private static final class BatchOnlyModel implements ChurnModel {
    private int batches;

    @Override
    public FeatureSchema schema() {
      return RISK_SCHEMA;
    }

    @Override
    public double probability(FeatureVector features) {
      throw new AssertionError("rows must be scored in one batch");
    }

    @Override
    public double[] probabilities(FeatureMatrix rows) {
      batches++;
      double[] out = rows.column(0);
      for (int i = 0; i < out.length; i++) {
        out[i] = 1.0 - out[i];
      }
      return out;
    }

    @Override
    public String description() {
      return "batch-only";
    }
  }

  @Test
  void ranksHighestProbabilityFirst() {
    List<Customer> customers =
        List.of(unlabelled("a", 0.2), unlabelled("b", 0.95), unlabelled("c", 0.6));

    List<ChurnScore> ranked = new ScoreCustomers(sink).scoreAndWrite(BUNDLE, customers);

    assertEquals(List.of(score("b", 0.95), score("c", 0.6), score("a", 0.2)), ranked);
  }

  @Test
  void breaksTiesByCustomerId() {
    List<Customer> customers =
        List.of(
            unlabelled("c3", 0.5),
            unlabelled("c10", 0.5),
            unlabelled("c9", 0.8),
            unlabelled("c2", 0.5));

    List<ChurnScore> ranked = new ScoreCustomers(sink).scoreAndWrite(BUNDLE, customers);

    assertEquals(
        List.of(score("c9", 0.8), score("c10", 0.5), score("c2", 0.5), score("c3", 0.5)), ranked);
  }

  @Test
  void theRankingDoesNotDependOnInputOrder() {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      customers.add(unlabelled("id" + i, (i % 4) / 4.0));
    }
    List<ChurnScore> reference = new ScoreCustomers(sink).scoreAndWrite(BUNDLE, customers);

    Collections.shuffle(customers, new Random(11));
    List<ChurnScore> shuffled = new ScoreCustomers(sink).scoreAndWrite(BUNDLE, customers);

    assertEquals(reference, shuffled);
  }

  @Test
  void writesExactlyTheReturnedRankingToTheSinkOnce() {
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<ChurnScore>> written = ArgumentCaptor.forClass(List.class);

    List<ChurnScore> ranked =
        new ScoreCustomers(sink)
            .scoreAndWrite(BUNDLE, List.of(unlabelled("a", 0.3), unlabelled("b", 0.7)));

    verify(sink).write(written.capture());
    verifyNoMoreInteractions(sink);
    assertSame(ranked, written.getValue());
  }

  @Test
  void theRankingCannotBeChanged() {
    List<ChurnScore> ranked =
        new ScoreCustomers(sink).scoreAndWrite(BUNDLE, List.of(unlabelled("a", 0.3)));

    assertThrows(UnsupportedOperationException.class, () -> ranked.add(score("x", 0.1)));
  }

  @Test
  void scoresLabelledCustomersToo() {
    List<ChurnScore> ranked =
        new ScoreCustomers(sink)
            .scoreAndWrite(BUNDLE, List.of(labelled("a", 0.3, true), labelled("b", 0.4, false)));

    assertEquals(List.of(score("b", 0.4), score("a", 0.3)), ranked);
  }

  @Test
  void scoresAllCustomersInOneBatch() {
    BatchOnlyModel model = new BatchOnlyModel();
    ChurnModelBundle bundle = new ChurnModelBundle(new RiskFeatures(), model, Map.of());

    List<ChurnScore> ranked =
        new ScoreCustomers(sink)
            .scoreAndWrite(bundle, List.of(unlabelled("a", 0.25), unlabelled("b", 0.75)));

    assertEquals(1, model.batches);
    assertEquals(List.of(score("a", 0.75), score("b", 0.25)), ranked);
  }

  @Test
  void noCustomersGiveAnEmptyRankingThatIsStillWritten() {
    List<ChurnScore> ranked = new ScoreCustomers(sink).scoreAndWrite(BUNDLE, List.of());

    assertEquals(List.of(), ranked);
    verify(sink).write(List.of());
  }

  @Test
  void writesNothingWhenAProbabilityIsInvalid() {
    // Risk 1.5 is a valid attribute but not a valid probability.
    List<Customer> customers = List.of(unlabelled("a", 0.3), unlabelled("b", 1.5));

    assertThrows(
        IllegalArgumentException.class,
        () -> new ScoreCustomers(sink).scoreAndWrite(BUNDLE, customers));
    verifyNoInteractions(sink);
  }

  @Test
  void writesNothingWhenACustomerAppearsTwice() {
    List<Customer> customers = List.of(unlabelled("a", 0.3), unlabelled("a", 0.4));

    assertThrows(
        IllegalArgumentException.class,
        () -> new ScoreCustomers(sink).scoreAndWrite(BUNDLE, customers));
    verifyNoInteractions(sink);
  }

  @Test
  void aSinkFailurePropagatesUnchanged() {
    RetentionException failure = new RetentionException("disk full");
    doThrow(failure).when(sink).write(anyList());
    List<Customer> customers = List.of(unlabelled("a", 0.3));
    ScoreCustomers scoring = new ScoreCustomers(sink);

    RetentionException e =
        assertThrows(RetentionException.class, () -> scoring.scoreAndWrite(BUNDLE, customers));
    assertSame(failure, e);
  }

  @Test
  void rankAndWriteRanksScoresComputedElsewhere() {
    List<ChurnScore> scores =
        List.of(score("b", 0.2), score("c", 0.9), score("a", 0.2), score("d", 0.5));

    List<ChurnScore> ranked = new ScoreCustomers(sink).rankAndWrite(scores);

    assertEquals(
        List.of(score("c", 0.9), score("d", 0.5), score("a", 0.2), score("b", 0.2)), ranked);
  }

  @Test
  void rankAndWriteWritesExactlyTheReturnedRankingAndLeavesTheInputAlone() {
    List<ChurnScore> scores = new ArrayList<>(List.of(score("a", 0.1), score("b", 0.7)));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<ChurnScore>> written = ArgumentCaptor.forClass(List.class);

    List<ChurnScore> ranked = new ScoreCustomers(sink).rankAndWrite(scores);

    verify(sink).write(written.capture());
    verifyNoMoreInteractions(sink);
    assertSame(ranked, written.getValue());
    assertEquals(List.of(score("a", 0.1), score("b", 0.7)), scores);
    assertThrows(UnsupportedOperationException.class, () -> ranked.add(score("x", 0.1)));
  }

  @Test
  void needsASink() {
    assertThrows(NullPointerException.class, () -> new ScoreCustomers(null));
  }

  @Test
  void aModelThatReturnsTooFewProbabilitiesIsAnErrorNotASilentDrop() {
    ChurnModel short1 =
        new ChurnModel() {
          @Override
          public FeatureSchema schema() {
            return BUNDLE.model().schema();
          }

          @Override
          public double probability(FeatureVector features) {
            return 0.5;
          }

          @Override
          public double[] probabilities(FeatureMatrix rows) {
            return new double[rows.size() - 1];
          }

          @Override
          public String description() {
            return "short";
          }
        };
    ChurnModelBundle broken = new ChurnModelBundle(BUNDLE.features(), short1, Map.of());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new ScoreCustomers(sink)
                    .scoreAndWrite(broken, List.of(unlabelled("a", 0.3), unlabelled("b", 0.4))));
    assertTrue(e.getMessage().contains("1 probabilities for 2 customers"), e.getMessage());
    verifyNoInteractions(sink);
  }
}
