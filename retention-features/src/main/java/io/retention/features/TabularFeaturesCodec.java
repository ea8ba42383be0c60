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

/**
 * Stores the fitted form of a {@link TabularFeaturePipeline} (medians, missing counts, category
 * levels, fit notes) in a model bundle file, so that a loaded bundle transforms customers exactly
 * as the saved one. Stateless and thread-safe.
 */
public final class TabularFeaturesCodec implements FittedFeaturesCodec {
  /** The format identifier written into bundle files. */
  public static final String FORMAT = "tabular-features/1";

  /** Creates the codec. */
  public TabularFeaturesCodec() {
    // Stateless.
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean supports(FittedFeatures features) {
    return features instanceof FittedTabularFeatures;
  }

  @Override
  public byte[] encode(FittedFeatures features) {
    if (!(features instanceof FittedTabularFeatures fitted)) {
      throw new IllegalArgumentException(
          "not fitted tabular features: " + features.getClass().getName());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, fitted.missingNumbers().name());
      out.writeInt(fitted.numericColumns().size());
      for (FittedTabularFeatures.NumericColumn c : fitted.numericColumns()) {
        writeString(out, c.attribute());
        out.writeDouble(c.median());
        out.writeInt(c.missing());
        out.writeInt(c.n());
        out.writeBoolean(c.kept());
        out.writeBoolean(c.indicator());
      }
      out.writeInt(fitted.categoricalColumns().size());
      for (FittedTabularFeatures.OneHotColumn c : fitted.categoricalColumns()) {
        writeString(out, c.attribute());
        out.writeInt(c.n());
        out.writeInt(c.levels().size());
        for (int i = 0; i < c.levels().size(); i++) {
          writeString(out, c.levels().get(i));
          out.writeInt(c.counts()[i]);
        }
      }
      out.writeInt(fitted.fitNotes().size());
      for (String note : fitted.fitNotes()) {
        writeString(out, note);
      }
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  @Override
  public FittedFeatures decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      TabularFeatureConfig.MissingNumbers missing =
          TabularFeatureConfig.MissingNumbers.valueOf(readString(in));
      int numericCount = readCount(in);
      List<FittedTabularFeatures.NumericColumn> numeric = new ArrayList<>(numericCount);
      for (int i = 0; i < numericCount; i++) {
        numeric.add(
            new FittedTabularFeatures.NumericColumn(
                readString(in),
                in.readDouble(),
                in.readInt(),
                in.readInt(),
                in.readBoolean(),
                in.readBoolean()));
      }
      int categoricalCount = readCount(in);
      List<FittedTabularFeatures.OneHotColumn> categorical = new ArrayList<>(categoricalCount);
      for (int i = 0; i < categoricalCount; i++) {
        String attribute = readString(in);
        int n = in.readInt();
        int levelCount = readCount(in);
        List<String> levels = new ArrayList<>(levelCount);
        int[] counts = new int[levelCount];
        for (int l = 0; l < levelCount; l++) {
          levels.add(readString(in));
          counts[l] = in.readInt();
        }
        categorical.add(new FittedTabularFeatures.OneHotColumn(attribute, levels, counts, n));
      }
      int noteCount = readCount(in);
      List<String> notes = new ArrayList<>(noteCount);
      for (int i = 0; i < noteCount; i++) {
        notes.add(readString(in));
      }
      if (in.available() != 0) {
        throw new IOException(in.available() + " unexpected trailing bytes");
      }
      return new FittedTabularFeatures(numeric, categorical, missing, notes);
    } catch (IOException | IllegalArgumentException e) {
      throw new RetentionException("the stored tabular features cannot be read: " + e, e);
    }
  }
}
