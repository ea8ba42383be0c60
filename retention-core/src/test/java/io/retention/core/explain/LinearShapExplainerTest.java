package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.contract.ChurnExplainerContract;
import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.domain.FeatureVector;
import io.retention.core.port.out.ChurnExplainer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearShapExplainerTest extends ChurnExplainerContract {
  private static final FeatureSchema SCHEMA = FeatureSchema.of("tenure", "fee", "plan=Basic");
  private static final double[] WEIGHTS = {-0.05, 0.2, 1.1};
  private static final double BIAS = -0.7;

  @Override
  protected ChurnExplainer createExplainer() {
    return LinearShapExplainer.of(SCHEMA, WEIGHTS, BIAS, background());
  }

  @Override
  protected List<FeatureVector> rows() {
    SplittableRandom random = new SplittableRandom(3);
    return java.util.stream.IntStream.range(0, 20)
        .mapToObj(
            r ->
                FeatureVector.of(
                    SCHEMA, random.nextInt(72), 5 + 15 * random.nextDouble(), random.nextInt(2)))
        .toList();
  }

  @Override
  protected double prediction(FeatureVector row) {
    double logOdds = BIAS;
    for (int i = 0; i < WEIGHTS.length; i++) {
      logOdds += WEIGHTS[i] * row.get(i);
    }
    return logOdds;
  }

  private static FeatureMatrix background() {
    return new FeatureMatrix(
        SCHEMA,
        List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"), CustomerId.of("d")),
        new double[][] {{10, 8, 0}, {20, 12, 1}, {30, 10, 0}, {40, 14, 0}},
        List.of(ChurnLabel.UNKNOWN, ChurnLabel.UNKNOWN, ChurnLabel.UNKNOWN, ChurnLabel.UNKNOWN));
  }

  @Test
  void contributionIsWeightTimesDistanceFromTheBackgroundMeanZerosIncluded() {
    LinearShapExplainer explainer = LinearShapExplainer.of(SCHEMA, WEIGHTS, BIAS, background());

    Explanation e = explainer.explain(FeatureVector.of(SCHEMA, 5, 15, 1));

    // Means are 25, 11 and 0.25: the zeros of plan=Basic count.
    assertArrayEquals(new double[] {25, 11, 0.25}, explainer.means());
    assertEquals(-0.05 * (5 - 25), e.contributions().get(0).contribution(), 1e-15);
    assertEquals(0.2 * (15 - 11), e.contributions().get(1).contribution(), 1e-15);
    assertEquals(1.1 * 0.75, e.contributions().get(2).contribution(), 1e-15);
    assertEquals(-0.05 * 25 + 0.2 * 11 + 1.1 * 0.25 + BIAS, e.baseValue(), 1e-15);
    assertEquals(-0.05 * 5 + 0.2 * 15 + 1.1 + BIAS, e.prediction(), 1e-15);
    assertEquals(ExplanationSpace.LOG_ODDS, e.space());
    assertEquals(ExplanationSpace.LOG_ODDS, explainer.space());
  }

  @Test
  void explanationsAddUpToTheLogOddsOnManyRows() {
    LinearShapExplainer explainer = LinearShapExplainer.of(SCHEMA, WEIGHTS, BIAS, background());
    SplittableRandom random = new SplittableRandom(1);
    for (int r = 0; r < 200; r++) {
      Explanation e =
          explainer.explain(
              FeatureVector.of(
                  SCHEMA, random.nextInt(72), 5 + 15 * random.nextDouble(), random.nextInt(2)));
      assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL);
    }
  }

  @Test
  void foldsStandardisationIntoRawSpaceWeightsAndBias() {
    double[] mean = {25, 11, 0.25};
    double[] sd = {10, 2, 0.5};
    double[] v = {-0.5, 0.4, 0.55};
    double c = 0.3;
    LinearShapExplainer explainer =
        LinearShapExplainer.fromStandardised(SCHEMA, v, c, mean, sd, background());
    double[] x = {5, 15, 1};

    double standardisedLogOdds = c;
    for (int i = 0; i < 3; i++) {
      standardisedLogOdds += v[i] * (x[i] - mean[i]) / sd[i];
    }
    Explanation e = explainer.explain(FeatureVector.of(SCHEMA, x));

    assertEquals(standardisedLogOdds, e.prediction(), 1e-12);
    assertArrayEquals(new double[] {-0.05, 0.2, 1.1}, explainer.weights(), 1e-15);
    assertEquals(c - (-0.5 * 2.5 + 0.4 * 5.5 + 0.55 * 0.5), explainer.bias(), 1e-12);
    assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL);
  }

  @Test
  void aFeatureWithZeroWeightGetsZero() {
    LinearShapExplainer explainer =
        LinearShapExplainer.of(SCHEMA, new double[] {0, 0.2, 1.1}, BIAS, background());

    assertEquals(
        0.0,
        explainer
            .explain(FeatureVector.of(SCHEMA, 70, 9, 0))
            .contributions()
            .get(0)
            .contribution());
  }

  @Test
  void batchExplanationEqualsOneAtATime() {
    LinearShapExplainer explainer = LinearShapExplainer.of(SCHEMA, WEIGHTS, BIAS, background());
    FeatureMatrix rows = background();

    List<Explanation> batch = explainer.explainAll(rows);

    for (int r = 0; r < rows.size(); r++) {
      assertEquals(explainer.explain(rows.row(r)), batch.get(r));
    }
  }

  @Test
  void rejectsBadArguments() {
    FeatureMatrix bg = background();
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearShapExplainer.of(SCHEMA, new double[] {1, 2}, BIAS, bg));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearShapExplainer.of(SCHEMA, new double[] {1, Double.NaN, 2}, BIAS, bg));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearShapExplainer.of(SCHEMA, WEIGHTS, Double.POSITIVE_INFINITY, bg));
    FeatureMatrix empty = new FeatureMatrix(SCHEMA, List.of(), new double[0][], List.of());
    assertThrows(
        IllegalArgumentException.class, () -> LinearShapExplainer.of(SCHEMA, WEIGHTS, BIAS, empty));
    FeatureSchema other = FeatureSchema.of("a", "b", "c");
    assertThrows(
        IllegalArgumentException.class, () -> LinearShapExplainer.of(other, WEIGHTS, BIAS, bg));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LinearShapExplainer.fromStandardised(
                SCHEMA, WEIGHTS, BIAS, new double[3], new double[] {1, 0, 1}, bg));
    LinearShapExplainer explainer = LinearShapExplainer.of(SCHEMA, WEIGHTS, BIAS, bg);
    assertThrows(
        IllegalArgumentException.class, () -> explainer.explain(FeatureVector.of(other, 1, 2, 3)));
    assertEquals(SCHEMA, explainer.schema());
  }
}
