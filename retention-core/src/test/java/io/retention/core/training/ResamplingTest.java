package io.retention.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResamplingTest {

  /** 40 rows, 10 churned (x near 5), 30 retained (x near 0). */
  private static FeatureMatrix imbalanced(long shuffleSeed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(shuffleSeed));
    List<CustomerId> ids = new ArrayList<>();
    List<ChurnLabel> labels = new ArrayList<>();
    double[][] rows = new double[40][];
    for (int r = 0; r < 40; r++) {
      int i = order.get(r);
      boolean churned = i < 10;
      ids.add(CustomerId.of(String.format("c%02d", i)));
      labels.add(ChurnLabel.of(churned));
      rows[r] = new double[] {(churned ? 5.0 : 0.0) + i * 0.01, i % 3};
    }
    return new FeatureMatrix(FeatureSchema.of("x", "y"), ids, rows, labels);
  }

  private static long churned(FeatureMatrix m) {
    return m.labels().stream().filter(l -> l == ChurnLabel.CHURNED).count();
  }

  private static Map<String, List<Double>> byId(FeatureMatrix m) {
    Map<String, List<Double>> out = new HashMap<>();
    for (int i = 0; i < m.size(); i++) {
      out.put(m.ids().get(i).value(), List.of(m.get(i, 0), m.get(i, 1)));
    }
    return out;
  }

  @Test
  void noneLeavesTheRowsAlone() {
    FeatureMatrix m = imbalanced(1);
    assertSame(m, Resampling.NONE.apply(m));
    assertEquals("none", Resampling.NONE.name());
  }

  @Test
  void oversamplingRepeatsRowsOfTheRarerClassUntilTheClassesAreEqual() {
    FeatureMatrix m = imbalanced(1);
    FeatureMatrix out = new Resampling.RandomOversampling(7).apply(m);
    assertEquals(60, out.size());
    assertEquals(30, churned(out));
    Map<String, List<Double>> original = byId(m);
    for (int i = 40; i < 60; i++) {
      String source = out.ids().get(i).value().split("#")[0];
      assertEquals(original.get(source), List.of(out.get(i, 0), out.get(i, 1)));
    }
  }

  @Test
  void smoteRowsLieBetweenTwoRowsOfTheRarerClass() {
    FeatureMatrix out = new Resampling.Smote(3, 7).apply(imbalanced(1));
    assertEquals(60, out.size());
    assertEquals(30, churned(out));
    for (int i = 40; i < 60; i++) {
      double x = out.get(i, 0);
      assertTrue(x >= 5.0 && x <= 5.09, "synthetic x " + x);
      assertEquals(ChurnLabel.CHURNED, out.labels().get(i));
    }
  }

  @Test
  void syntheticRowsDoNotDependOnTheInputOrder() {
    for (Resampling r : List.of(new Resampling.Smote(3, 7), new Resampling.RandomOversampling(7))) {
      Map<String, List<Double>> a = byId(r.apply(imbalanced(1)));
      Map<String, List<Double>> b = byId(r.apply(imbalanced(2)));
      assertEquals(a, b, r.name());
    }
  }

  @Test
  void theRetainedClassIsToppedUpWhenItIsTheRarerOne() {
    FeatureMatrix m = imbalanced(1);
    List<ChurnLabel> flipped =
        m.labels().stream()
            .map(l -> l == ChurnLabel.CHURNED ? ChurnLabel.RETAINED : ChurnLabel.CHURNED)
            .toList();
    double[][] rows = new double[m.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = m.row(i).toArray();
    }
    FeatureMatrix out =
        new Resampling.Smote(5, 1).apply(new FeatureMatrix(m.schema(), m.ids(), rows, flipped));
    assertEquals(30, out.size() - churned(out));
  }

  @Test
  void unlabelledRowsAndASingleClassAreRejected() {
    FeatureMatrix m = imbalanced(1);
    List<ChurnLabel> labels = new ArrayList<>(m.labels());
    labels.set(0, ChurnLabel.UNKNOWN);
    double[][] rows = new double[m.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = m.row(i).toArray();
    }
    FeatureMatrix partly = new FeatureMatrix(m.schema(), m.ids(), rows, labels);
    assertThrows(IllegalArgumentException.class, () -> new Resampling.Smote(5, 1).apply(partly));
    FeatureMatrix one =
        new FeatureMatrix(
            m.schema(), m.ids(), rows, Collections.nCopies(m.size(), ChurnLabel.RETAINED));
    assertThrows(
        IllegalArgumentException.class, () -> new Resampling.RandomOversampling(1).apply(one));
    assertThrows(IllegalArgumentException.class, () -> new Resampling.Smote(0, 1));
  }
}
