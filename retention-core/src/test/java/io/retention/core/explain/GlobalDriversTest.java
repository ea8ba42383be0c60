package io.retention.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retention.core.domain.Contribution;
import io.retention.core.domain.Explanation;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalDriversTest {

  private static Explanation row(double tenure, double fee, double plan) {
    List<Contribution> cs =
        List.of(
            new Contribution("tenure", tenure, -0.01 * (tenure - 24)),
            new Contribution("fee", fee, 0.0),
            new Contribution("plan=Basic", plan, plan == 1 ? 0.3 : -0.1));
    return new Explanation(
        0.3, cs, 0.3 + cs.stream().mapToDouble(Contribution::contribution).sum());
  }

  @Test
  void ranksByMeanAbsoluteContributionWithTheDirectionOfTheValue() {
    List<Explanation> sample =
        List.of(row(2, 10, 1), row(48, 10, 0), row(24, 10, 0), row(6, 10, 1));

    List<GlobalDriver> drivers = GlobalDrivers.rank(sample);

    assertEquals(
        List.of("plan=Basic", "tenure", "fee"),
        drivers.stream().map(GlobalDriver::feature).toList());
    assertEquals((0.3 + 0.1 + 0.1 + 0.3) / 4, drivers.get(0).meanAbsContribution(), 1e-15);
    assertEquals(GlobalDriver.Direction.RAISES_RISK_WHEN_HIGHER, drivers.get(0).direction());
    assertEquals(1.0, drivers.get(0).correlation(), 1e-12);
    assertEquals(GlobalDriver.Direction.LOWERS_RISK_WHEN_HIGHER, drivers.get(1).direction());
    assertEquals(-1.0, drivers.get(1).correlation(), 1e-12);
    assertEquals((0.22 + 0.24 + 0 + 0.18) / 4, drivers.get(1).meanAbsContribution(), 1e-15);
    assertEquals(GlobalDriver.Direction.NONE, drivers.get(2).direction());
    assertEquals(0.0, drivers.get(2).meanAbsContribution());
  }

  @Test
  void rankingTreeShapExplanationsFindsTheOnlyFeatureTheForestUses() {
    RandomTrees random = new RandomTrees(8, 3);
    TreeEnsemble forest =
        TreeEnsemble.of(
            List.of(
                TreeNode.Split.of(1, 0.5, new TreeNode.Leaf(0.1, 40), new TreeNode.Leaf(0.7, 60))));
    TreeShapExplainer explainer =
        TreeShapExplainer.ofProbabilities(TreeShapExplainerTest.schemaOf(3), forest);

    List<GlobalDriver> drivers =
        GlobalDrivers.rank(
            explainer.explainAll(
                TreeShapExplainerTest.matrix(TreeShapExplainerTest.schemaOf(3), random, 50)));

    assertEquals("f1", drivers.get(0).feature());
    assertEquals(GlobalDriver.Direction.RAISES_RISK_WHEN_HIGHER, drivers.get(0).direction());
    assertEquals(0.0, drivers.get(1).meanAbsContribution());
  }

  @Test
  void rejectsAnEmptySampleOrExplanationsOfDifferentFeatures() {
    assertThrows(IllegalArgumentException.class, () -> GlobalDrivers.rank(List.of()));
    Explanation other = new Explanation(0, List.of(new Contribution("x", 1, 0)), 0);
    assertThrows(
        IllegalArgumentException.class, () -> GlobalDrivers.rank(List.of(row(1, 2, 1), other)));
    Explanation renamed =
        new Explanation(
            0,
            List.of(
                new Contribution("a", 1, 0),
                new Contribution("b", 1, 0),
                new Contribution("c", 1, 0)),
            0);
    assertThrows(
        IllegalArgumentException.class, () -> GlobalDrivers.rank(List.of(row(1, 2, 1), renamed)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GlobalDriver("a", -1, 0, GlobalDriver.Direction.NONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GlobalDriver("a", 1, 2, GlobalDriver.Direction.NONE));
  }
}
