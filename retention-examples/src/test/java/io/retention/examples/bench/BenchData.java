package io.retention.examples.bench;

import io.retention.core.domain.ChurnLabel;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.FeatureMatrix;
import io.retention.core.domain.FeatureSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated feature rows for the model benchmarks: 20 standard-normal features and a churn label
 * drawn from a logistic function with main effects, a square and an interaction, so that both a
 * linear model and trees have something to learn. Written to CSV as well, so that scikit-learn can
 * be timed on exactly the same rows.
 */
final class BenchData {
  static final int FEATURES = 20;

  private BenchData() {}

  static FeatureMatrix rows(int n, long seed) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < FEATURES; j++) {
      names.add(String.format(Locale.ROOT, "x%02d", j));
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][FEATURES];
    List<CustomerId> ids = new ArrayList<>(n);
    List<ChurnLabel> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < FEATURES; j++) {
        rows[i][j] = Math.round(gaussian(random) * 1000.0) / 1000.0;
      }
      double[] x = rows[i];
      double logit =
          -1.0
              + 1.2 * x[0]
              - 0.8 * x[1]
              + 0.6 * x[2] * x[3]
              + 0.7 * (x[4] * x[4] - 1.0)
              + 0.4 * x[5]
              - 0.3 * x[6];
      ids.add(CustomerId.of("r" + i));
      labels.add(ChurnLabel.of(random.nextDouble() < 1.0 / (1.0 + Math.exp(-logit))));
    }
    return new FeatureMatrix(new FeatureSchema(names), ids, rows, labels);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** Writes the rows as CSV: the feature columns, then {@code churned} as 0/1. */
  static void writeCsv(FeatureMatrix m, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(String.join(",", m.schema().names()) + ",churned\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
          sb.setLength(0);
          for (int j = 0; j < m.schema().size(); j++) {
            sb.append(m.get(i, j)).append(',');
          }
          sb.append(m.labels().get(i) == ChurnLabel.CHURNED ? '1' : '0').append('\n');
          w.write(sb.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
