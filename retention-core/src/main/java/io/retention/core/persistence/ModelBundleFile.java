package io.retention.core.persistence;

import static io.retention.core.persistence.BinaryFields.readString;
import static io.retention.core.persistence.BinaryFields.writeString;

import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.port.out.ChurnModel;
import io.retention.core.port.out.ChurnModelBundle;
import io.retention.core.port.out.ChurnModelCodec;
import io.retention.core.port.out.FittedFeatures;
import io.retention.core.port.out.FittedFeaturesCodec;
import io.retention.core.port.out.FittedSignalsCodec;
import io.retention.core.port.out.RetentionModel;
import io.retention.core.port.out.SegmentationModelCodec;
import io.retention.core.training.CalibratedChurnModel;
import io.retention.core.training.Calibration;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The single-file form of a {@link ChurnModelBundle}.
 *
 * <p>Layout: the 8-byte magic {@code RETNBNDL}, the format version as a 4-byte big-endian integer,
 * a ZIP payload, and the SHA-256 of everything before it (32 bytes). The payload holds a {@code
 * manifest} entry (library version, the codecs used, the feature schema, the calibration and the
 * bundle's metadata, which carries the metrics and the training-data fingerprint), a {@code
 * features} entry written by a {@link FittedFeaturesCodec} and a {@code model} entry written by a
 * {@link ChurnModelCodec}. A {@link CalibratedChurnModel} is stored as its raw model plus the
 * calibration's parameters. The file of a run ({@link #write(RetentionModel)}) also holds an {@code
 * analysis} entry with the fitted signals and the segmentation, each written by its own codec;
 * files without it stay readable as churn bundles.
 *
 * <p>Reading checks, in order: the magic (a foreign file), the length and checksum (a truncated or
 * corrupted file), the format version, the payload's entries (only the four known names, each once,
 * each inflating to at most {@link #MAX_ENTRY_BYTES} and all to at most {@link #MAX_TOTAL_BYTES},
 * measured before anything is kept, so that a small file that inflates to gigabytes is refused
 * without running out of memory), then the codecs, whose counts and lengths are checked against the
 * bytes left; every failure is a {@link RetentionException} that says which. {@link #readFile}
 * refuses files over {@link #MAX_FILE_BYTES} before reading them. Immutable and thread-safe.
 */
public final class ModelBundleFile {
  /** The version of the layout this class writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The metadata key under which a loaded bundle reports the library version that wrote it. */
  public static final String WRITTEN_BY_KEY = "bundle.library.version";

  /** The largest bundle file read: 256 MiB, far beyond any model this library trains. */
  public static final long MAX_FILE_BYTES = 256L << 20;

  /** The largest inflated size of one entry of a bundle: 256 MiB. */
  public static final long MAX_ENTRY_BYTES = 256L << 20;

  /** The largest inflated size of all entries of a bundle together: 512 MiB. */
  public static final long MAX_TOTAL_BYTES = 512L << 20;

  private static final String ANALYSIS = "analysis";
  private static final Set<String> ENTRY_NAMES = Set.of("manifest", "features", "model", ANALYSIS);
  private static final byte[] MAGIC = "RETNBNDL".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH_BYTES = 32;
  private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES;

  private final List<FittedFeaturesCodec> featureCodecs;
  private final List<ChurnModelCodec> modelCodecs;
  private final AnalysisEntry analysis;
  private final BundleKeys keys;

  /**
   * Creates the format with the codecs of the modules in use, for churn model bundles only.
   *
   * @param featureCodecs codecs for fitted feature pipelines
   * @param modelCodecs codecs for churn models
   */
  public ModelBundleFile(
      List<FittedFeaturesCodec> featureCodecs, List<ChurnModelCodec> modelCodecs) {
    this(featureCodecs, modelCodecs, List.of(), List.of());
  }

  /**
   * Creates the format with the codecs of the modules in use, for churn model bundles and the
   * {@link RetentionModel} of a run.
   *
   * @param featureCodecs codecs for fitted feature pipelines
   * @param modelCodecs codecs for churn models
   * @param signalCodecs codecs for fitted signals
   * @param segmentationCodecs codecs for segmentation models
   */
  public ModelBundleFile(
      List<FittedFeaturesCodec> featureCodecs,
      List<ChurnModelCodec> modelCodecs,
      List<FittedSignalsCodec> signalCodecs,
      List<SegmentationModelCodec> segmentationCodecs) {
    this.featureCodecs = List.copyOf(featureCodecs);
    this.modelCodecs = List.copyOf(modelCodecs);
    this.analysis =
        new AnalysisEntry(
            this.featureCodecs, List.copyOf(signalCodecs), List.copyOf(segmentationCodecs));
    this.keys = BundleKeys.NONE;
  }

  private ModelBundleFile(ModelBundleFile format, BundleKeys keys) {
    this.featureCodecs = format.featureCodecs;
    this.modelCodecs = format.modelCodecs;
    this.analysis = format.analysis;
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * Creates the format with the codecs every installed module contributes (a DI container gathers
   * them into sets); they are tried in the order of their format names, so the choice does not
   * depend on the order the modules were installed in.
   *
   * @param featureCodecs codecs for fitted feature pipelines
   * @param modelCodecs codecs for churn models
   * @param signalCodecs codecs for fitted signals
   * @param segmentationCodecs codecs for segmentation models
   * @param keys the keys new files are signed with and loaded files checked against
   */
  @Inject
  public ModelBundleFile(
      Set<FittedFeaturesCodec> featureCodecs,
      Set<ChurnModelCodec> modelCodecs,
      Set<FittedSignalsCodec> signalCodecs,
      Set<SegmentationModelCodec> segmentationCodecs,
      BundleKeys keys) {
    this(
        new ModelBundleFile(
            featureCodecs.stream()
                .sorted(Comparator.comparing(FittedFeaturesCodec::format))
                .toList(),
            modelCodecs.stream().sorted(Comparator.comparing(ChurnModelCodec::format)).toList(),
            signalCodecs.stream().sorted(Comparator.comparing(FittedSignalsCodec::format)).toList(),
            segmentationCodecs.stream()
                .sorted(Comparator.comparing(SegmentationModelCodec::format))
                .toList()),
        keys);
  }

  /**
   * This format with keys: new files are signed with the signing key, and a loaded file must carry
   * a signature that the verifying key accepts (see {@link BundleSignature}).
   *
   * @param value the keys
   * @return the format
   */
  public ModelBundleFile withKeys(BundleKeys value) {
    return new ModelBundleFile(this, value);
  }

  /**
   * The keys this format signs and checks with.
   *
   * @return the keys
   */
  public BundleKeys keys() {
    return keys;
  }

  /**
   * The version of this library, as recorded in new files: the jar's implementation version, or
   * {@code "development"} when running from class directories.
   *
   * @return the version
   */
  public static String libraryVersion() {
    String v = ModelBundleFile.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /**
   * Encodes a bundle.
   *
   * @param bundle the bundle
   * @return the file's bytes
   * @throws RetentionException if no codec supports the bundle's features or model
   */
  public byte[] write(ChurnModelBundle bundle) {
    return write(bundle, null);
  }

  /**
   * Encodes what a run learned: the churn bundle as {@link #write(ChurnModelBundle)} does, plus an
   * {@code analysis} entry with the fitted signals and the segmentation. Readers that only want the
   * churn model ({@link #read}) ignore that entry.
   *
   * @param model the run's model
   * @return the file's bytes
   * @throws RetentionException if no codec supports one of the parts
   */
  public byte[] write(RetentionModel model) {
    return write(model.churn(), analysis.encode(model.signals(), model.segmentation()));
  }

  private byte[] write(ChurnModelBundle bundle, byte[] analysisEntry) {
    FittedFeatures features = bundle.features();
    ChurnModel model = bundle.model();
    Calibration calibration = new Calibration.Identity();
    if (model instanceof CalibratedChurnModel calibrated) {
      calibration = calibrated.calibration();
      model = calibrated.raw();
    }
    FittedFeaturesCodec fc = featureCodecFor(features);
    ChurnModelCodec mc = modelCodecFor(model);
    ByteArrayOutputStream manifest = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(manifest)) {
      writeString(out, libraryVersion());
      writeString(out, fc.format());
      writeString(out, mc.format());
      List<String> names = features.schema().names();
      out.writeInt(names.size());
      for (String name : names) {
        writeString(out, name);
      }
      writeCalibration(out, calibration);
      Map<String, String> sorted = new TreeMap<>(bundle.metadata());
      out.writeInt(sorted.size());
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        writeString(out, e.getKey());
        writeString(out, e.getValue());
      }
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(MAGIC);
    file.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(FORMAT_VERSION).array());
    try (ZipOutputStream zip = new ZipOutputStream(file)) {
      entry(zip, "manifest", manifest.toByteArray());
      entry(zip, "features", fc.encode(features));
      entry(zip, "model", mc.encode(model));
      if (analysisEntry != null) {
        entry(zip, ANALYSIS, analysisEntry);
      }
    } catch (IOException e) {
      throw new AssertionError("writing to memory cannot fail", e);
    }
    byte[] body = file.toByteArray();
    byte[] hash = DataFingerprint.sha256().digest(body);
    byte[] out = Arrays.copyOf(body, body.length + HASH_BYTES);
    System.arraycopy(hash, 0, out, body.length, HASH_BYTES);
    return keys.signing().map(k -> BundleSignature.sign(out, k)).orElse(out);
  }

  /**
   * Decodes and checks a bundle.
   *
   * @param bytes the file's bytes
   * @param source where the bytes came from, for messages
   * @return the bundle, scoring exactly as the saved one; its metadata also holds {@link
   *     #WRITTEN_BY_KEY}
   * @throws RetentionException if the file is foreign, truncated, corrupted, of another format
   *     version, or needs a codec that is not available
   */
  public ChurnModelBundle read(byte[] bytes, String source) {
    return churn(entries(bytes, source), source);
  }

  /**
   * Whether a checked file holds a run's signals and segments besides its churn model, so that
   * {@link #readModel} can read it.
   *
   * @param bytes the file's bytes
   * @param source where the bytes came from, for messages
   * @return true for the file of a run, false for one written by training alone
   * @throws RetentionException if the file cannot be read as {@link #read} says
   */
  public boolean holdsRunModel(byte[] bytes, String source) {
    return entries(bytes, source).containsKey(ANALYSIS);
  }

  /**
   * Decodes and checks the file of a run: the churn bundle and the run's signals and segmentation.
   *
   * @param bytes the file's bytes
   * @param source where the bytes came from, for messages
   * @return the model, placing every customer exactly as the saved one
   * @throws RetentionException if the file cannot be read as {@link #read} says, or holds a churn
   *     model only (written by training alone, not by a run)
   */
  public RetentionModel readModel(byte[] bytes, String source) {
    Map<String, byte[]> entries = entries(bytes, source);
    ChurnModelBundle churn = churn(entries, source);
    byte[] entry = entries.get(ANALYSIS);
    if (entry == null) {
      throw new RetentionException(
          source
              + " holds a churn model only, without a run's signals and segments: save it from a"
              + " run of the whole analysis");
    }
    AnalysisEntry.Decoded parts = analysis.decode(entry, source);
    return new RetentionModel(churn, parts.signals(), parts.segmentation());
  }

  private Map<String, byte[]> entries(byte[] file, String source) {
    byte[] bytes = BundleSignature.open(file, keys.verifying().orElse(null), source);
    if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new RetentionException(source + " is not a retention model bundle (wrong file type)");
    }
    if (bytes.length < HEADER_BYTES + HASH_BYTES) {
      throw new RetentionException(source + " is truncated: only " + bytes.length + " bytes");
    }
    int bodyLength = bytes.length - HASH_BYTES;
    byte[] expected = Arrays.copyOfRange(bytes, bodyLength, bytes.length);
    MessageDigest sha = DataFingerprint.sha256();
    sha.update(bytes, 0, bodyLength);
    if (!MessageDigest.isEqual(expected, sha.digest())) {
      throw new RetentionException(
          source + " fails its checksum: the file is truncated or corrupted");
    }
    int version = ByteBuffer.wrap(bytes, MAGIC.length, Integer.BYTES).getInt();
    if (version != FORMAT_VERSION) {
      throw new RetentionException(
          source
              + " has bundle format version "
              + version
              + ", but this library ("
              + libraryVersion()
              + ") reads version "
              + FORMAT_VERSION);
    }
    return BundlePayload.unzip(
        bytes, HEADER_BYTES, bodyLength, ENTRY_NAMES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, source);
  }

  private ChurnModelBundle churn(Map<String, byte[]> entries, String source) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(entries.get("manifest")))) {
      String writtenBy = readString(in);
      FittedFeaturesCodec fc = featureCodecNamed(readString(in), source);
      ChurnModelCodec mc = modelCodecNamed(readString(in), source);
      // Counts are checked against the bytes left before anything is allocated.
      int n = BinaryFields.readCount(in);
      List<String> names = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        names.add(readString(in));
      }
      FeatureSchema schema = new FeatureSchema(names);
      Calibration calibration = readCalibration(in);
      int m = BinaryFields.readCount(in);
      Map<String, String> metadata = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) {
        metadata.put(readString(in), readString(in));
      }
      metadata.put(WRITTEN_BY_KEY, writtenBy);
      FittedFeatures features = fc.decode(entries.get("features"));
      ChurnModel model = mc.decode(entries.get("model"));
      if (!features.schema().equals(schema) || !model.schema().equals(schema)) {
        throw new RetentionException(
            source + " is inconsistent: the stored schema does not match its features or model");
      }
      if (!(calibration instanceof Calibration.Identity)) {
        model = new CalibratedChurnModel(model, calibration);
      }
      return new ChurnModelBundle(features, model, metadata);
    } catch (IOException | IllegalArgumentException e) {
      throw new RetentionException(source + " has an unreadable manifest: " + e.getMessage(), e);
    }
  }

  private FittedFeaturesCodec featureCodecFor(FittedFeatures features) {
    return featureCodecs.stream()
        .filter(c -> c.supports(features))
        .findFirst()
        .orElseThrow(
            () ->
                new RetentionException(
                    "no codec can store fitted features of type " + features.getClass().getName()));
  }

  private ChurnModelCodec modelCodecFor(ChurnModel model) {
    return modelCodecs.stream()
        .filter(c -> c.supports(model))
        .findFirst()
        .orElseThrow(
            () ->
                new RetentionException(
                    "no codec can store a churn model of type " + model.getClass().getName()));
  }

  private FittedFeaturesCodec featureCodecNamed(String format, String source) {
    return featureCodecs.stream()
        .filter(c -> c.format().equals(format))
        .findFirst()
        .orElseThrow(
            () ->
                new RetentionException(
                    source + " needs the feature codec '" + format + "', which is not available"));
  }

  private ChurnModelCodec modelCodecNamed(String format, String source) {
    return modelCodecs.stream()
        .filter(c -> c.format().equals(format))
        .findFirst()
        .orElseThrow(
            () ->
                new RetentionException(
                    source + " needs the model codec '" + format + "', which is not available"));
  }

  private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(0L); // no timestamps: the same bundle gives the same bytes
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }

  /**
   * Reads a bundle file's bytes, refusing a file larger than any bundle this library writes before
   * reading it.
   *
   * @param file the file
   * @return its bytes
   * @throws IOException if the file is missing or cannot be read
   * @throws RetentionException if the file is larger than {@link #MAX_FILE_BYTES}
   */
  public static byte[] readFile(Path file) throws IOException {
    return BundlePayload.readFile(file, MAX_FILE_BYTES);
  }

  private static void writeCalibration(DataOutputStream out, Calibration calibration)
      throws IOException {
    if (calibration instanceof Calibration.Platt platt) {
      writeString(out, "platt");
      out.writeDouble(platt.a());
      out.writeDouble(platt.b());
    } else if (calibration instanceof Calibration.Isotonic iso) {
      writeString(out, "isotonic");
      double[] knots = iso.knots();
      double[] values = iso.values();
      out.writeInt(knots.length);
      for (int i = 0; i < knots.length; i++) {
        out.writeDouble(knots[i]);
        out.writeDouble(values[i]);
      }
    } else {
      writeString(out, "none");
    }
  }

  private static Calibration readCalibration(DataInputStream in) throws IOException {
    String kind = readString(in);
    switch (kind) {
      case "platt":
        return new Calibration.Platt(in.readDouble(), in.readDouble());
      case "isotonic":
        int n = in.readInt();
        if (n < 1 || n > in.available() / (2 * Double.BYTES)) {
          throw new IOException("bad isotonic knot count " + n);
        }
        double[] knots = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          knots[i] = in.readDouble();
          values[i] = in.readDouble();
        }
        return new Calibration.Isotonic(knots, values);
      case "none":
        return new Calibration.Identity();
      default:
        throw new IOException("unknown calibration '" + kind + "'");
    }
  }

  @Override
  public String toString() {
    return "ModelBundleFile[v"
        + FORMAT_VERSION
        + ", "
        + Objects.toString(modelCodecs.size())
        + " model codecs]";
  }
}
