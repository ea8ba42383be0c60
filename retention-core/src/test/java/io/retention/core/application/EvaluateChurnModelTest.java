package io.retention.core.application;

import static io.retention.core.application.ChurnFixtures.labelled;
import static io.retention.core.application.ChurnFixtures.population;
import static io.retention.core.application.ChurnFixtures.unlabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.retention.core.application.ChurnFixtures.RiskFeatures;
import io.retention.core.application.ChurnFixtures.RiskModel;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.evaluation.BinaryMetrics;
import io.retention.core.evaluation.StratifiedSplit;
import io.retention.core.port.out.ChurnTrainer;
import io.retention.core.port.out.FeaturePipeline;
import io.retention.core.port.out.ProgressListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EvaluateChurnModelTest {

  private static final StratifiedSplit SPLIT = new StratifiedSplit(0.2, 42);

  /** 20 churned customers at risk 0.9 and 30 retained at risk 0.1: a perfect ranking. */
  private static final List<Customer> SEPARABLE = population(20, 0.9, 30, 0.1);

  @Mock private FeaturePipeline pipeline;
  @Mock private ChurnTrainer trainer;

  private final RiskFeatures features = new RiskFeatures();
  private final RiskModel model = new RiskModel();

  private EvaluateChurnModel evaluation() {
    return new EvaluateChurnModel(new TrainChurnModel(pipeline, trainer));
  }

  private void portsSucceed() {
    when(pipeline.fit(anyList())).thenReturn(features);
    when(trainer.train(any(), any())).thenReturn(model);
    when(trainer.name()).thenReturn("fake-trainer");
  }

  private static StratifiedSplit.Parts<Customer> expectedParts(List<Customer> customers) {
    return SPLIT.split(customers, c -> c.id().value(), Customer::churned);
  }

  private static Set<CustomerId> ids(List<Customer> customers) {
    return customers.stream().map(Customer::id).collect(Collectors.toSet());
  }

  @Test
  void fitsTheFeaturesOnTheTrainingPartOnly() {
    portsSucceed();
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Customer>> fitted = ArgumentCaptor.forClass(List.class);

    HoldOutEvaluation result = evaluation().holdOut(SEPARABLE, SPLIT, ProgressListener.NONE);

    verify(pipeline).fit(fitted.capture());
    assertEquals(expectedParts(SEPARABLE).train(), fitted.getValue());
    Set<CustomerId> scored =
        result.testScores().stream().map(ChurnScore::customer).collect(Collectors.toSet());
    assertTrue(Collections.disjoint(ids(fitted.getValue()), scored), "a test customer was fitted");
  }

  @Test
  void trainsTheModelOnTheTrainingPartOnly() {
    portsSucceed();
    ArgumentCaptor<FeatureMatrix> matrix = ArgumentCaptor.forClass(FeatureMatrix.class);

    evaluation().holdOut(SEPARABLE, SPLIT, ProgressListener.NONE);

    verify(trainer).train(matrix.capture(), any());
    assertEquals(ids(expectedParts(SEPARABLE).train()), new HashSet<>(matrix.getValue().ids()));
    assertEquals(40, matrix.getValue().size());
  }

  @Test
  void scoresEveryTestCustomerOnceInTestOrder() {
    portsSucceed();

    HoldOutEvaluation result = evaluation().holdOut(SEPARABLE, SPLIT, ProgressListener.NONE);

    List<CustomerId> expected = expectedParts(SEPARABLE).test().stream().map(Customer::id).toList();
    assertEquals(expected, result.testScores().stream().map(ChurnScore::customer).toList());
    for (ChurnScore s : result.testScores()) {
      double risk = s.customer().value().startsWith("c") ? 0.9 : 0.1;
      assertEquals(risk, s.probability(), s.customer().value());
    }
  }

  @Test
  void reportsTrainingSizeAndTestChurnRate() {
    portsSucceed();

    HoldOutEvaluation result = evaluation().holdOut(SEPARABLE, SPLIT, ProgressListener.NONE);

    assertEquals(40, result.trainSize());
    assertEquals(10, result.testScores().size());
    assertEquals(0.4, result.testChurnRate(), 1e-12);
  }

  @Test
  void returnsTheModelTrainedOnTheTrainingPart() {
    portsSucceed();

    HoldOutEvaluation result = evaluation().holdOut(SEPARABLE, SPLIT, ProgressListener.NONE);

    assertSame(model, result.bundle().model());
    assertSame(features, result.bundle().features());
    assertEquals("40", result.bundle().metadata().get("training.customers"));
    assertEquals("16", result.bundle().metadata().get("training.churned"));
  }

  @Test
  void aPerfectRankingScoresAnAucOfOne() {
    portsSucceed();

    assertEquals(1.0, evaluation().holdOut(SEPARABLE, SPLIT, ProgressListener.NONE).rocAuc());
  }

  @Test
  void anInvertedRankingScoresAnAucOfZero() {
    portsSucceed();
    List<Customer> inverted = population(20, 0.1, 30, 0.9);

    assertEquals(0.0, evaluation().holdOut(inverted, SPLIT, ProgressListener.NONE).rocAuc());
  }

  @Test
  void theAucIsThatOfTheTestScoresAgainstTheTestLabels() {
    portsSucceed();
    Random random = new Random(3);
    List<Customer> noisy = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      boolean churned = i % 3 == 0;
      double risk = Math.min(1.0, random.nextDouble() * 0.7 + (churned ? 0.3 : 0.0));
      noisy.add(labelled("n" + i, risk, churned));
    }
    Map<CustomerId, Customer> byId =
        noisy.stream().collect(Collectors.toMap(Customer::id, Function.identity()));

    HoldOutEvaluation result = evaluation().holdOut(noisy, SPLIT, ProgressListener.NONE);

    double[] scores = new double[result.testScores().size()];
    boolean[] churned = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      ChurnScore s = result.testScores().get(i);
      scores[i] = s.probability();
      churned[i] = byId.get(s.customer()).churned();
    }
    double auc = BinaryMetrics.rocAuc(scores, churned);
    assertEquals(auc, result.rocAuc());
    assertTrue(auc > 0.5 && auc < 1.0, "expected an imperfect but useful ranking, got " + auc);
  }

  @Test
  void passesTheProgressListenerToTheTrainer() {
    portsSucceed();
    ProgressListener progress = ProgressListener.NONE;

    evaluation().holdOut(SEPARABLE, SPLIT, progress);

    verify(trainer).train(any(), same(progress));
  }

  @Test
  void rejectsAnUnlabelledCustomerNamingIt() {
    List<Customer> withUnlabelled = new ArrayList<>(SEPARABLE);
    withUnlabelled.add(unlabelled("u7", 0.5));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> evaluation().holdOut(withUnlabelled, SPLIT, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("u7"), e.getMessage());
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsTooFewCustomersToLeaveATestPart() {
    // 1 × 0.2 rounds to 0 in each class.
    List<Customer> two = population(1, 0.9, 1, 0.1);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> evaluation().holdOut(two, SPLIT, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("too few"), e.getMessage());
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsATestPartWithOneClassBeforeTrainingAnything() {
    // 2 churned × 0.2 rounds to 0: the test part would hold retained customers only.
    List<Customer> rareChurn = population(2, 0.9, 30, 0.1);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> evaluation().holdOut(rareChurn, SPLIT, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("0 churned of 6"), e.getMessage());
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void rejectsCustomersOfOneClass() {
    List<Customer> allRetained = population(0, 0.9, 30, 0.1);

    assertThrows(
        IllegalArgumentException.class,
        () -> evaluation().holdOut(allRetained, SPLIT, ProgressListener.NONE));
    verifyNoInteractions(pipeline, trainer);
  }

  @Test
  void needsATrainingUseCase() {
    assertThrows(NullPointerException.class, () -> new EvaluateChurnModel(null));
  }
}
