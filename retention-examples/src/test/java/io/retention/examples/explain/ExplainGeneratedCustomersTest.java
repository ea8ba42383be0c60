package io.retention.examples.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.Customer;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.explain.AttributeContribution;
import io.retention.core.explain.AttributeGrouping;
import io.retention.core.explain.BatchChurnExplainer;
import io.retention.core.explain.CustomerReasons;
import io.retention.core.explain.GlobalDriver;
import io.retention.core.explain.GlobalDrivers;
import io.retention.core.explain.InterventionalTreeShapExplainer;
import io.retention.core.explain.Reason;
import io.retention.core.explain.TreeEnsemble;
import io.retention.core.explain.TreeNode;
import io.retention.core.explain.TreeShapExplainer;
import io.retention.core.port.out.FittedFeatures;
import io.retention.examples.data.SyntheticCustomers;
import io.retention.features.TabularFeatureConfig;
import io.retention.features.TabularFeaturePipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * TreeSHAP on a forest grown from generated customers' fitted features, with covers counted from
 * the training rows as an adapter would: explanations add up, and reasons speak of the customer's
 * own attribute levels.
 */
class ExplainGeneratedCustomersTest {
  private static final int CUSTOMERS = 2000;
  private static final int TREES = 40;
  private static final int DEPTH = 6;

  private static final List<Customer> TRAINING =
      new SyntheticCustomers(CUSTOMERS, 7).customers().toList();
  private static final FittedFeatures FEATURES =
      new TabularFeaturePipeline(SyntheticCustomers.SCHEMA, TabularFeatureConfig.DEFAULTS)
          .fit(TRAINING);
  private static final FeatureMatrix MATRIX = FEATURES.transformAll(TRAINING);
  private static final TreeEnsemble FOREST = grow(new SplittableRandom(3));

  /** Random splits at training values; leaves hold the churn share of their training rows. */
  private static TreeEnsemble grow(SplittableRandom random) {
    List<TreeNode> roots = new ArrayList<>();
    for (int t = 0; t < TREES; t++) {
      int[] rows = new int[MATRIX.size()];
      for (int r = 0; r < rows.length; r++) {
        rows[r] = random.nextInt(MATRIX.size());
      }
      roots.add(node(rows, 0, rows.length, 0, random));
    }
    return TreeEnsemble.of(roots);
  }

  private static TreeNode node(int[] rows, int from, int to, int depth, SplittableRandom random) {
    int n = to - from;
    if (depth < DEPTH && n > 1) {
      int f = random.nextInt(MATRIX.schema().size());
      double threshold = MATRIX.get(rows[from + random.nextInt(n)], f);
      int mid = from;
      for (int i = from; i < to; i++) {
        if (MATRIX.get(rows[i], f) <= threshold) {
          int tmp = rows[i];
          rows[i] = rows[mid];
          rows[mid++] = tmp;
        }
      }
      if (mid > from && mid < to) {
        return TreeNode.Split.of(
            f,
            threshold,
            node(rows, from, mid, depth + 1, random),
            node(rows, mid, to, depth + 1, random));
      }
    }
    int churned = 0;
    for (int i = from; i < to; i++) {
      churned += TRAINING.get(rows[i]).churned() ? 1 : 0;
    }
    return new TreeNode.Leaf((double) churned / n, n);
  }

  @Test
  void everyCustomersExplanationAddsUpToTheForestsProbability() {
    TreeShapExplainer explainer = TreeShapExplainer.ofProbabilities(FEATURES.schema(), FOREST);

    List<Explanation> all = explainer.explainAll(MATRIX);

    for (Explanation e : all) {
      assertTrue(e.residual() <= BatchChurnExplainer.MAX_RESIDUAL, "residual " + e.residual());
      assertTrue(e.prediction() >= 0 && e.prediction() <= 1);
    }
    List<GlobalDriver> drivers = GlobalDrivers.rank(all);
    assertEquals(FEATURES.schema().size(), drivers.size());
    assertTrue(drivers.get(0).meanAbsContribution() > 0);
  }

  @Test
  void reasonsNameTheCustomersOwnLevelOfEachCategoricalAttribute() {
    TreeShapExplainer explainer = TreeShapExplainer.ofProbabilities(FEATURES.schema(), FOREST);
    AttributeGrouping grouping = AttributeGrouping.of(FEATURES.schema(), FEATURES.describe());
    CustomerReasons reasons = new CustomerReasons(grouping);

    for (int r = 0; r < 50; r++) {
      Customer c = TRAINING.get(r);
      Explanation e = explainer.explain(MATRIX.row(r));
      double sum = e.baseValue();
      for (AttributeContribution a : grouping.group(e)) {
        sum += a.contribution();
        if (a.features().stream().anyMatch(name -> name.startsWith(a.attribute() + "="))) {
          assertEquals(c.categoricalValue(a.attribute()).orElseThrow(), a.value());
        }
      }
      assertEquals(e.prediction(), sum, BatchChurnExplainer.MAX_RESIDUAL);
      List<Reason> top = reasons.top(e, 3);
      assertFalse(top.isEmpty());
      assertTrue(top.get(0).phrase().endsWith(" churn probability"), top.get(0).phrase());
    }
  }

  @Test
  void interventionalExplanationsOnAHundredRowBackgroundAddUp() {
    InterventionalTreeShapExplainer explainer =
        new InterventionalTreeShapExplainer(
            FEATURES.schema(),
            FOREST,
            io.retention.core.domain.ExplanationSpace.PROBABILITY,
            FEATURES.transformAll(TRAINING.subList(0, 100)));

    for (int r = 100; r < 120; r++) {
      assertTrue(explainer.explain(MATRIX.row(r)).residual() <= BatchChurnExplainer.MAX_RESIDUAL);
    }
  }
}
