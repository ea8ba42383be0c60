package io.retention.ml.tribuo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PcaTest {

  @Test
  void findsTheEigenvectorsOfATwoByTwoCovariance() {
    // [[2, 1], [1, 2]] has eigenvalues 3 along (1, 1) and 1 along (1, -1).
    Pca.Components all = Pca.components(new double[][] {{2, 1}, {1, 2}}, 1.0);
    double r = Math.sqrt(0.5);

    assertArrayEquals(new double[] {3, 1}, all.variances(), 1e-12);
    assertArrayEquals(new double[] {r, r}, all.vectors()[0], 1e-12);
    assertEquals(r, Math.abs(all.vectors()[1][0]), 1e-12);
    assertEquals(-all.vectors()[1][0], all.vectors()[1][1], 1e-12);
  }

  @Test
  void keepsTheFewestComponentsThatReachTheShare() {
    double[][] cov = {{4, 0, 0}, {0, 1, 0}, {0, 0, 0.5}};

    assertEquals(1, Pca.components(cov, 0.7).vectors().length);
    assertEquals(2, Pca.components(cov, 0.9).vectors().length);
    assertEquals(5.0 / 5.5, Pca.components(cov, 0.9).keptShare(), 1e-12);
    assertArrayEquals(new double[] {1, 0, 0}, Pca.components(cov, 0.7).vectors()[0], 0.0);
  }

  @Test
  void diagonalisesALargerMatrix() {
    double[][] cov = {{4, 2, 0.6}, {2, 3, 0.4}, {0.6, 0.4, 1}};
    Pca.Components pcs = Pca.components(cov, 1.0);

    for (int c = 0; c < 3; c++) {
      double[] v = pcs.vectors()[c];
      for (int i = 0; i < 3; i++) {
        double av = cov[i][0] * v[0] + cov[i][1] * v[1] + cov[i][2] * v[2];
        assertEquals(pcs.variances()[c] * v[i], av, 1e-10);
      }
    }
    assertEquals(8.0, pcs.variances()[0] + pcs.variances()[1] + pcs.variances()[2], 1e-10);
  }
}
