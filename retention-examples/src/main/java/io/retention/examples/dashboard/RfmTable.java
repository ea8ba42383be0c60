package io.retention.examples.dashboard;

import io.retention.adapters.csv.CsvRowReader;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.CustomerId;
import io.retention.features.RfmConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A run's RFM scores ({@code rfm.csv}: customer_id, recency, frequency, monetary, r_score, f_score,
 * m_score, rfm_label, found by header name), column by column. It also scores values the run never
 * saw, as the run scored the nearest value it did see, so that a customer typed into the form gets
 * the run's RFM label.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class RfmTable {
  private final String[] ids;
  private final double[][] values;
  private final byte[][] scores;
  private final int[] label;
  private final Codes labels;
  private final int[] byId;
  private final double[][] sortedValues;
  private final byte[][] sortedScores;
  private final Map<Integer, String> labelByScores;

  private RfmTable(String[] ids, double[][] values, byte[][] scores, int[] label, Codes labels) {
    this.ids = ids;
    this.values = values;
    this.scores = scores;
    this.label = label;
    this.labels = labels;
    this.byId =
        IntStream.range(0, ids.length)
            .boxed()
            .sorted(Comparator.comparing(i -> ids[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    sortedValues = new double[3][];
    sortedScores = new byte[3][];
    for (int d = 0; d < 3; d++) {
      double[] v = values[d];
      int[] order =
          IntStream.range(0, v.length)
              .filter(i -> !Double.isNaN(v[i]))
              .boxed()
              .sorted(Comparator.comparingDouble(i -> v[i]))
              .mapToInt(Integer::intValue)
              .toArray();
      sortedValues[d] = new double[order.length];
      sortedScores[d] = new byte[order.length];
      for (int k = 0; k < order.length; k++) {
        sortedValues[d][k] = v[order[k]];
        sortedScores[d][k] = scores[d][order[k]];
      }
    }
    Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      counts
          .computeIfAbsent(key(scores[0][i], scores[1][i], scores[2][i]), k -> new HashMap<>())
          .merge(label[i], 1, Integer::sum);
    }
    labelByScores = new HashMap<>();
    counts.forEach(
        (k, byLabel) ->
            labelByScores.put(
                k,
                labels.decode(
                    byLabel.entrySet().stream()
                        .sorted(
                            Map.Entry.<Integer, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .findFirst()
                        .orElseThrow()
                        .getKey())));
  }

  private static int key(int r, int f, int m) {
    return r * 100 + f * 10 + m;
  }

  /**
   * Reads {@code rfm.csv}; a run whose customers have no recency, frequency and spend attributes
   * writes none, and then the table is empty.
   *
   * @param file the file
   * @return the table, empty when the file does not exist
   * @throws io.retention.core.InvalidDataException when a column is missing or a cell is bad
   */
  public static RfmTable read(Path file) {
    if (!Files.exists(file)) {
      return new RfmTable(
          new String[0],
          new double[][] {new double[0], new double[0], new double[0]},
          new byte[][] {new byte[0], new byte[0], new byte[0]},
          new int[0],
          new Codes());
    }
    List<String> ids = new ArrayList<>();
    double[][] values = {new double[1024], new double[1024], new double[1024]};
    byte[][] scores = {new byte[1024], new byte[1024], new byte[1024]};
    int[] label = new int[1024];
    Codes labels = new Codes();
    String[] valueColumns = {
      RunFolder.RFM_RECENCY, RunFolder.RFM_FREQUENCY, RunFolder.RFM_MONETARY
    };
    String[] scoreColumns = {RunFolder.RFM_R_SCORE, RunFolder.RFM_F_SCORE, RunFolder.RFM_M_SCORE};
    try (CsvRowReader rows = CsvRowReader.open(file)) {
      int id = rows.column(RunFolder.RFM_CUSTOMER_ID);
      int[] v = new int[3];
      int[] s = new int[3];
      for (int d = 0; d < 3; d++) {
        v[d] = rows.column(valueColumns[d]);
        s[d] = rows.column(scoreColumns[d]);
      }
      int l = rows.column(RunFolder.RFM_LABEL);
      for (List<String> row = rows.next(); row != null; row = rows.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        int n = ids.size();
        if (n == label.length) {
          for (int d = 0; d < 3; d++) {
            values[d] = Arrays.copyOf(values[d], 2 * n);
            scores[d] = Arrays.copyOf(scores[d], 2 * n);
          }
          label = Arrays.copyOf(label, 2 * n);
        }
        ids.add(rows.cell(row, id));
        for (int d = 0; d < 3; d++) {
          values[d][n] = rows.number(row, v[d]);
          double score = rows.number(row, s[d]);
          if (!(score >= 1 && score <= 5 && score == Math.rint(score))) {
            throw rows.bad(scoreColumns[d], rows.cell(row, s[d]), "an RFM score is 1 to 5");
          }
          scores[d][n] = (byte) score;
        }
        label[n] = labels.encode(rows.cell(row, l));
      }
    }
    int n = ids.size();
    for (int d = 0; d < 3; d++) {
      values[d] = Arrays.copyOf(values[d], n);
      scores[d] = Arrays.copyOf(scores[d], n);
    }
    return new RfmTable(
        ids.toArray(String[]::new), values, scores, Arrays.copyOf(label, n), labels);
  }

  /**
   * The number of customers.
   *
   * @return the size
   */
  public int size() {
    return ids.length;
  }

  /**
   * A customer's RFM entry.
   *
   * @param customer the customer
   * @return the entry, or empty when the file has no such customer
   */
  public Optional<RfmEntry> find(CustomerId customer) {
    String id = customer.value();
    int lo = 0;
    int hi = byId.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = ids[byId[mid]].compareTo(id);
      if (cmp == 0) {
        int i = byId[mid];
        return Optional.of(
            new RfmEntry(
                values[0][i],
                values[1][i],
                values[2][i],
                scores[0][i],
                scores[1][i],
                scores[2][i],
                labels.decode(label[i])));
      }
      if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Scores values the run may never have seen: each score is the one the run gave the nearest value
   * it saw (the run's scores are monotone in the value), and the label is the one the run gave most
   * often to that combination of scores, or the default rules' label for a combination it never
   * gave.
   *
   * @param recency the recency value
   * @param frequency the frequency value
   * @param monetary the monetary value
   * @return the entry
   * @throws IllegalStateException when the table is empty
   */
  public RfmEntry estimate(double recency, double frequency, double monetary) {
    double[] x = {recency, frequency, monetary};
    int[] s = new int[3];
    for (int d = 0; d < 3; d++) {
      s[d] = nearestScore(d, x[d]);
    }
    String name =
        labelByScores.getOrDefault(
            key(s[0], s[1], s[2]), RfmConfig.DEFAULTS.labelOf(s[0], s[1], s[2]));
    return new RfmEntry(recency, frequency, monetary, s[0], s[1], s[2], name);
  }

  private int nearestScore(int d, double value) {
    double[] v = sortedValues[d];
    if (v.length == 0) {
      throw new IllegalStateException("the RFM file has no values to compare with");
    }
    int k = Arrays.binarySearch(v, value);
    if (k >= 0) {
      return sortedScores[d][k];
    }
    int after = -k - 1;
    if (after == 0) {
      return sortedScores[d][0];
    }
    if (after == v.length) {
      return sortedScores[d][v.length - 1];
    }
    return value - v[after - 1] <= v[after] - value
        ? sortedScores[d][after - 1]
        : sortedScores[d][after];
  }
}
