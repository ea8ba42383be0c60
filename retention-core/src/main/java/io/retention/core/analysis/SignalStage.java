package io.retention.core.analysis;

import io.retention.core.analysis.RunSummary.LabelCount;
import io.retention.core.analysis.RunSummary.RfmCell;
import io.retention.core.analysis.RunSummary.RfmSummary;
import io.retention.core.domain.AttributeRole;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerRfm;
import io.retention.core.domain.CustomerSchema;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RfmScore;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.ResultWriter;
import io.retention.core.port.out.SignalPipeline;
import io.retention.core.strategy.BehaviourFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fits the derived signals on a seeded sample, then derives every customer's spend, tenure,
 * engagement, flags and RFM score in one pass, writing the RFM result.
 */
final class SignalStage {
  /** RFM scores run from 1 to this. */
  static final int RFM_LEVELS = 5;

  private final SignalPipeline pipeline;

  SignalStage(SignalPipeline pipeline) {
    this.pipeline = pipeline;
  }

  SignalTable run(
      CustomerPasses passes,
      Population population,
      RunConfig config,
      AnalysisSink sink,
      RunFiles files) {
    CustomerSchema schema = passes.schema();
    List<Customer> fit =
        passes.sample(config.fitSampleLimit(), passes.size(), false, config.seed());
    return apply(pipeline.fit(schema, fit), fit, passes, population, sink, files);
  }

  /**
   * Reads every customer's signals with signals already fitted (by this run, or saved by an earlier
   * one), writing the RFM result when there are RFM scores.
   */
  static SignalTable apply(
      FittedSignals fitted,
      List<Customer> fit,
      CustomerPasses passes,
      Population population,
      AnalysisSink sink,
      RunFiles files) {
    CustomerSchema schema = passes.schema();
    Optional<String> spendAttr = schema.attribute(AttributeRole.SPEND);
    Optional<String> tenureAttr = schema.attribute(AttributeRole.TENURE);
    Optional<String> recencyAttr = schema.attribute(AttributeRole.RECENCY);
    Optional<String> frequencyAttr = Attributes.frequency(schema);
    int n = passes.size();
    double[] spend = new double[n];
    double[] tenure = new double[n];
    double[] engagement = new double[n];
    byte[] flags = new byte[n];
    String[] rfmLabels = new String[n];
    RfmTally tally = new RfmTally();
    Map<String, String> interned = new HashMap<>();
    try (ResultWriter<CustomerRfm> out = fitted.hasRfm() ? sink.rfm() : null) {
      passes.forEachChunk(
          "RFM scores",
          (start, chunk) -> {
            for (int j = 0; j < chunk.size(); j++) {
              Customer c = chunk.get(j);
              int i = start + j;
              spend[i] = Attributes.nonNegative(Attributes.value(c, spendAttr));
              tenure[i] = Attributes.nonNegative(Attributes.value(c, tenureAttr));
              engagement[i] = fitted.engagement(c);
              flags[i] = flagBits(fitted, c);
              Optional<RfmScore> score = fitted.rfm(c);
              if (score.isEmpty()) {
                rfmLabels[i] = RetentionPlan.UNKNOWN;
                continue;
              }
              RfmScore s = score.get();
              rfmLabels[i] = interned.computeIfAbsent(s.label(), k -> k);
              double monetary = Attributes.value(c, spendAttr);
              tally.add(s, monetary, population.labels()[i]);
              out.write(
                  new CustomerRfm(
                      c.id(),
                      Attributes.value(c, recencyAttr),
                      Attributes.value(c, frequencyAttr),
                      monetary,
                      s));
            }
          });
      if (out != null) {
        out.commit();
        files.add(ResultKind.RFM);
      }
    }
    return new SignalTable(
        fitted, fit, spend, tenure, engagement, flags, rfmLabels, tally.summary());
  }

  private static byte flagBits(FittedSignals fitted, Customer c) {
    int bits = 0;
    for (BehaviourFlag flag : fitted.flags(c)) {
      bits |= 1 << flag.ordinal();
    }
    return (byte) bits;
  }

  /** Counts per RFM cell and label, for the summary. */
  private static final class RfmTally {
    private final long[][] count = new long[RFM_LEVELS + 1][RFM_LEVELS + 1];
    private final long[][] labelled = new long[RFM_LEVELS + 1][RFM_LEVELS + 1];
    private final long[][] churned = new long[RFM_LEVELS + 1][RFM_LEVELS + 1];
    private final double[][] monetary = new double[RFM_LEVELS + 1][RFM_LEVELS + 1];
    private final Map<String, long[]> labels = new LinkedHashMap<>();

    void add(RfmScore s, double value, byte label) {
      count[s.recency()][s.frequency()]++;
      monetary[s.recency()][s.frequency()] += Double.isNaN(value) ? 0 : value;
      long[] lc = labels.computeIfAbsent(s.label(), k -> new long[3]);
      lc[0]++;
      if (label != Population.UNLABELLED) {
        labelled[s.recency()][s.frequency()]++;
        lc[1]++;
        if (label == Population.CHURNED) {
          churned[s.recency()][s.frequency()]++;
          lc[2]++;
        }
      }
    }

    RfmSummary summary() {
      List<RfmCell> grid = new ArrayList<>();
      for (int r = 1; r <= RFM_LEVELS; r++) {
        for (int f = 1; f <= RFM_LEVELS; f++) {
          if (count[r][f] > 0) {
            grid.add(
                new RfmCell(
                    r,
                    f,
                    count[r][f],
                    Attributes.rate(churned[r][f], labelled[r][f]),
                    monetary[r][f] / count[r][f]));
          }
        }
      }
      List<LabelCount> rows = new ArrayList<>();
      labels.forEach((k, v) -> rows.add(new LabelCount(k, v[0], Attributes.rate(v[2], v[1]))));
      rows.sort(
          Comparator.comparingLong(LabelCount::customers)
              .reversed()
              .thenComparing(LabelCount::label));
      return new RfmSummary(grid, rows);
    }
  }
}
