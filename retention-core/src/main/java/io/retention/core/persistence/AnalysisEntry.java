package io.retention.core.persistence;

import static io.retention.core.persistence.BinaryFields.readCount;
import static io.retention.core.persistence.BinaryFields.readString;
import static io.retention.core.persistence.BinaryFields.writeString;

import io.retention.core.RetentionException;
import io.retention.core.domain.Segment;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedFeaturesCodec;
import io.retention.core.port.out.FittedSegmentation;
import io.retention.core.port.out.FittedSignals;
import io.retention.core.port.out.FittedSignalsCodec;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.SegmentationModelCodec;
import io.retention.core.segmentation.NamedSegmentationModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code analysis} entry of a model bundle file: what a run fitted besides the churn model. In
 * order: the signals' codec format and bytes, the segmentation features' codec format and bytes,
 * the segmentation model's codec format and bytes, then the segment names by index. Each part is
 * written by the codec of the module that owns it.
 */
final class AnalysisEntry {
  /** The most segments an entry may name; far above any k a scan tries. */
  private static final int MAX_SEGMENTS = 256;

  private final List<FittedFeaturesCodec> featureCodecs;
  private final List<FittedSignalsCodec> signalCodecs;
  private final List<SegmentationModelCodec> segmentationCodecs;

  AnalysisEntry(
      List<FittedFeaturesCodec> featureCodecs,
      List<FittedSignalsCodec> signalCodecs,
      List<SegmentationModelCodec> segmentationCodecs) {
    this.featureCodecs = featureCodecs;
    this.signalCodecs = signalCodecs;
    this.segmentationCodecs = segmentationCodecs;
  }

  byte[] encode(FittedSignals signals, FittedSegmentation segmentation) {
    FittedSignalsCodec sc =
        signalCodecs.stream()
            .filter(c -> c.supports(signals))
            .findFirst()
            .orElseThrow(() -> noCodec("fitted signals", signals));
    FittedFeatures features = segmentation.features();
    FittedFeaturesCodec fc =
        featureCodecs.stream()
            .filter(c -> c.supports(features))
            .findFirst()
            .orElseThrow(() -> noCodec("fitted features", features));
    SegmentationModel model = unnamed(segmentation.model());
    SegmentationModelCodec mc =
        segmentationCodecs.stream()
            .filter(c -> c.supports(model))
            .findFirst()
            .orElseThrow(() -> noCodec("a segmentation model", model));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      part(out, sc.format(), sc.encode(signals));
      part(out, fc.format(), fc.encode(features));
      part(out, mc.format(), mc.encode(model));
      List<Segment> segments = segmentation.segments();
      out.writeInt(segments.size());
      for (Segment s : segments) {
        writeString(out, s.name());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  Decoded decode(byte[] bytes, String source) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      FittedSignalsCodec sc =
          named(signalCodecs, FittedSignalsCodec::format, readString(in), source, "signals");
      FittedSignals signals = sc.decode(in.readNBytes(readCount(in)));
      FittedFeaturesCodec fc =
          named(featureCodecs, FittedFeaturesCodec::format, readString(in), source, "feature");
      FittedFeatures features = fc.decode(in.readNBytes(readCount(in)));
      SegmentationModelCodec mc =
          named(
              segmentationCodecs,
              SegmentationModelCodec::format,
              readString(in),
              source,
              "segmentation");
      SegmentationModel model = mc.decode(in.readNBytes(readCount(in)));
      int k = in.readInt();
      if (k != model.segments().size() || k > MAX_SEGMENTS) {
        throw new IOException(
            k + " segment names for a model of " + model.segments().size() + " segments");
      }
      List<Segment> names = new ArrayList<>(k);
      for (int s = 0; s < k; s++) {
        names.add(new Segment(s, readString(in)));
      }
      if (in.available() > 0) {
        throw new IOException(in.available() + " unexpected trailing bytes");
      }
      return new Decoded(
          signals, new FittedSegmentation(features, new NamedSegmentationModel(model, names)));
    } catch (IOException | IllegalArgumentException e) {
      throw new RetentionException(
          source + " has an unreadable analysis entry: " + e.getMessage(), e);
    }
  }

  /** The decoded parts. */
  record Decoded(FittedSignals signals, FittedSegmentation segmentation) {}

  private static SegmentationModel unnamed(SegmentationModel model) {
    return model instanceof NamedSegmentationModel named ? named.unnamed() : model;
  }

  private static void part(DataOutputStream out, String format, byte[] data) throws IOException {
    writeString(out, format);
    out.writeInt(data.length);
    out.write(data);
  }

  private static <C> C named(
      List<C> codecs, Function<C, String> formatOf, String format, String source, String kind) {
    return codecs.stream()
        .filter(c -> formatOf.apply(c).equals(format))
        .findFirst()
        .orElseThrow(
            () ->
                new RetentionException(
                    source
                        + " needs the "
                        + kind
                        + " codec '"
                        + format
                        + "', which is not available"));
  }

  private static RetentionException noCodec(String what, Object value) {
    return new RetentionException(
        "no codec can store " + what + " of type " + value.getClass().getName());
  }
}
