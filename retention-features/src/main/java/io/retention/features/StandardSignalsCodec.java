package io.retention.features;

import static io.retention.core.persistence.BinaryFields.readString;
import static io.retention.core.persistence.BinaryFields.writeString;

import io.retention.core.RetentionException;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.port.out.FittedSignalsCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Stores the signals of {@link StandardSignals} in model bundles: the fitted RFM scores and
 * behavioural features in the same encoding as {@link FeatureSetCodec} gives them, then the usage
 * attribute and the mean and standard deviation of engagement. Stateless and thread-safe.
 */
public final class StandardSignalsCodec implements FittedSignalsCodec {
  /** The format identifier written into bundle files. */
  public static final String FORMAT = "standard-signals/1";

  /** Creates the codec. */
  public StandardSignalsCodec() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean supports(FittedSignals signals) {
    return signals instanceof FittedStandardSignals;
  }

  @Override
  public byte[] encode(FittedSignals signals) {
    if (!(signals instanceof FittedStandardSignals s)) {
      throw new IllegalArgumentException("only the standard signals can be stored, not " + signals);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(s.rfmPart().isPresent());
      if (s.rfmPart().isPresent()) {
        FeatureSetCodec.writeRfm(out, s.rfmPart().get());
      }
      out.writeBoolean(s.behaviourPart().isPresent());
      if (s.behaviourPart().isPresent()) {
        FeatureSetCodec.writeBehavioural(out, s.behaviourPart().get());
      }
      out.writeBoolean(s.usageAttribute().isPresent());
      if (s.usageAttribute().isPresent()) {
        writeString(out, s.usageAttribute().get());
      }
      double[] stats = s.usageStats();
      out.writeDouble(stats[0]);
      out.writeDouble(stats[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public FittedSignals decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      Optional<FittedRfm> rfm =
          in.readBoolean() ? Optional.of(FeatureSetCodec.readRfm(in)) : Optional.empty();
      Optional<FittedBehaviouralFeatures> behaviour =
          in.readBoolean() ? Optional.of(FeatureSetCodec.readBehavioural(in)) : Optional.empty();
      Optional<String> usage = in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
      double mean = in.readDouble();
      double sd = in.readDouble();
      if (!Double.isFinite(mean) || !(sd >= 0.0 && Double.isFinite(sd))) {
        throw new IOException("bad engagement statistics " + mean + ", " + sd);
      }
      if (in.available() > 0) {
        throw new IOException(in.available() + " unexpected trailing bytes");
      }
      return new FittedStandardSignals(rfm, behaviour, usage, new double[] {mean, sd});
    } catch (IOException | IllegalArgumentException e) {
      throw new RetentionException("not a valid " + FORMAT + " encoding: " + e.getMessage(), e);
    }
  }
}
