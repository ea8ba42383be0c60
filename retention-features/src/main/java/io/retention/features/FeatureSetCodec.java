package io.retention.features;

import static io.retention.core.persistence.BinaryFields.readCount;
import static io.retention.core.persistence.BinaryFields.readString;
import static io.retention.core.persistence.BinaryFields.writeString;

import io.retention.core.RetentionException;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedFeaturesCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores fitted {@link StandardFeatures} in a model bundle file: a {@link CompositeFeaturePipeline}
 * (or a single part) made of tabular, behavioural and RFM features, with every learned statistic
 * (medians, percentile grids, flag cuts, RFM rules), so a loaded bundle transforms customers, flags
 * them and scores their RFM exactly as the saved one. Content features hold a catalog and are not
 * supported. Stateless and thread-safe.
 */
public final class FeatureSetCodec implements FittedFeaturesCodec {
  /** The format identifier written into bundle files. */
  public static final String FORMAT = "feature-set/1";

  private static final String TABULAR = "tabular";
  private static final String BEHAVIOURAL = "behavioural";
  private static final String RFM = "rfm";

  private final TabularFeaturesCodec tabular = new TabularFeaturesCodec();

  /** Creates the codec. */
  public FeatureSetCodec() {
    // Stateless apart from the stateless tabular codec.
  }

  @Override
  public String format() {
    return FORMAT;
  }

  private static List<FittedFeatures> parts(FittedFeatures features) {
    return features instanceof CompositeFeaturePipeline.Fitted c ? c.parts() : List.of(features);
  }

  private boolean supportsPart(FittedFeatures part) {
    return tabular.supports(part)
        || part instanceof FittedBehaviouralFeatures
        || part instanceof FittedRfm;
  }

  @Override
  public boolean supports(FittedFeatures features) {
    return parts(features).stream().allMatch(this::supportsPart);
  }

  @Override
  public byte[] encode(FittedFeatures features) {
    if (!supports(features)) {
      throw new IllegalArgumentException(
          "only tabular, behavioural and RFM features (alone or combined) can be stored, not "
              + features);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      List<FittedFeatures> parts = parts(features);
      out.writeBoolean(features instanceof CompositeFeaturePipeline.Fitted);
      out.writeInt(parts.size());
      for (FittedFeatures part : parts) {
        if (part instanceof FittedBehaviouralFeatures b) {
          writeString(out, BEHAVIOURAL);
          writeBehavioural(out, b);
        } else if (part instanceof FittedRfm r) {
          writeString(out, RFM);
          writeRfm(out, r);
        } else {
          writeString(out, TABULAR);
          byte[] inner = tabular.encode(part);
          out.writeInt(inner.length);
          out.write(inner);
        }
      }
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  @Override
  public FittedFeatures decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      boolean composite = in.readBoolean();
      int count = in.readInt();
      if (count < 1 || count > 64) {
        throw new IOException("bad part count " + count);
      }
      List<FittedFeatures> parts = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        String kind = readString(in);
        switch (kind) {
          case BEHAVIOURAL -> parts.add(readBehavioural(in));
          case RFM -> parts.add(readRfm(in));
          case TABULAR -> {
            parts.add(tabular.decode(in.readNBytes(readCount(in))));
          }
          default -> throw new IOException("unknown feature part '" + kind + "'");
        }
      }
      if (in.available() > 0) {
        throw new IOException(in.available() + " unexpected trailing bytes");
      }
      return composite ? new CompositeFeaturePipeline.Fitted(parts) : parts.get(0);
    } catch (IOException | IllegalArgumentException e) {
      throw new RetentionException("not a valid " + FORMAT + " encoding: " + e.getMessage(), e);
    }
  }

  /** Writes fitted behavioural features, as {@link #readBehavioural} reads them. */
  static void writeBehavioural(DataOutputStream out, FittedBehaviouralFeatures b)
      throws IOException {
    for (Optional<NumericColumn> c : b.columns()) {
      out.writeBoolean(c.isPresent());
      if (c.isPresent()) {
        writeColumn(out, c.get());
      }
    }
    BehaviouralConfig config = b.config();
    out.writeDouble(config.lowEngagementPercentile());
    out.writeDouble(config.highInactivityPercentile());
    out.writeDouble(config.priceSensitivityPercentile());
    writeString(out, config.missingNumbers().name());
    for (double cut : b.cuts()) {
      out.writeDouble(cut);
    }
  }

  /** Writes fitted RFM scores, as {@link #readRfm} reads them. */
  static void writeRfm(DataOutputStream out, FittedRfm r) throws IOException {
    for (NumericColumn c : r.columns()) {
      writeColumn(out, c);
    }
    RfmConfig config = r.config();
    out.writeInt(config.rules().size());
    for (RfmRule rule : config.rules()) {
      writeString(out, rule.label());
      for (int v :
          new int[] {
            rule.minRecency(), rule.maxRecency(), rule.minFrequency(),
            rule.maxFrequency(), rule.minMonetary(), rule.maxMonetary()
          }) {
        out.writeInt(v);
      }
    }
    writeString(out, config.fallbackLabel());
    writeString(out, config.missingNumbers().name());
  }

  static FittedBehaviouralFeatures readBehavioural(DataInputStream in) throws IOException {
    List<Optional<NumericColumn>> columns = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      columns.add(in.readBoolean() ? Optional.of(readColumn(in)) : Optional.empty());
    }
    BehaviouralConfig config =
        new BehaviouralConfig(
            in.readDouble(),
            in.readDouble(),
            in.readDouble(),
            TabularFeatureConfig.MissingNumbers.valueOf(readString(in)));
    return new FittedBehaviouralFeatures(
        columns.get(0),
        columns.get(1),
        columns.get(2),
        columns.get(3),
        columns.get(4),
        config,
        in.readDouble(),
        in.readDouble(),
        in.readDouble());
  }

  static FittedRfm readRfm(DataInputStream in) throws IOException {
    NumericColumn recency = readColumn(in);
    NumericColumn frequency = readColumn(in);
    NumericColumn monetary = readColumn(in);
    int rules = in.readInt();
    if (rules < 0 || rules > 1000) {
      throw new IOException("bad rule count " + rules);
    }
    List<RfmRule> list = new ArrayList<>();
    for (int i = 0; i < rules; i++) {
      list.add(
          new RfmRule(
              readString(in),
              in.readInt(),
              in.readInt(),
              in.readInt(),
              in.readInt(),
              in.readInt(),
              in.readInt()));
    }
    RfmConfig config =
        new RfmConfig(
            list, readString(in), TabularFeatureConfig.MissingNumbers.valueOf(readString(in)));
    return new FittedRfm(recency, frequency, monetary, config);
  }

  private static void writeColumn(DataOutputStream out, NumericColumn c) throws IOException {
    writeString(out, c.attribute());
    out.writeInt(c.missing());
    out.writeInt(c.n());
    for (double v : c.quantiles().grid()) {
      out.writeDouble(v);
    }
  }

  private static NumericColumn readColumn(DataInputStream in) throws IOException {
    String attribute = readString(in);
    int missing = in.readInt();
    int n = in.readInt();
    double[] grid = new double[101];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = in.readDouble();
    }
    return NumericColumn.restore(attribute, Quantiles.fromGrid(grid), missing, n);
  }
}
