package io.retention.ml.tribuo;

import static io.retention.core.persistence.BinaryFields.readString;
import static io.retention.core.persistence.BinaryFields.writeString;

import io.retention.core.RetentionException;
import io.retention.core.domain.FeatureSchema;
import io.retention.core.port.out.SegmentationModel;
import io.retention.core.port.out.SegmentationModelCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores the k-means segmentations of {@link TribuoKMeansSegmenter} in model bundles: the feature
 * names, the clustering space (columns, standardisation, principal components) and the centres, as
 * doubles, so that a loaded segmentation assigns every row exactly as the saved one. Stateless and
 * thread-safe.
 */
public final class KMeansSegmentationCodec implements SegmentationModelCodec {
  /** The format identifier written into bundle files. */
  public static final String FORMAT = "kmeans-segmentation/1";

  /** Most features and segments a stored segmentation may have. */
  private static final int MAX_FEATURES = 100_000;

  private static final int MAX_SEGMENTS = 256;

  /** Creates the codec. */
  public KMeansSegmentationCodec() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean supports(SegmentationModel model) {
    return model instanceof KMeansSegmentation;
  }

  @Override
  public byte[] encode(SegmentationModel model) {
    if (!(model instanceof KMeansSegmentation kmeans)) {
      throw new IllegalArgumentException("only k-means segmentations can be stored, not " + model);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      List<String> names = kmeans.schema().names();
      out.writeInt(names.size());
      for (String name : names) {
        writeString(out, name);
      }
      kmeans.space().write(out);
      double[][] centroids = kmeans.centroids();
      out.writeInt(centroids.length);
      out.writeInt(kmeans.space().dimension());
      for (double[] centre : centroids) {
        for (double v : centre) {
          out.writeDouble(v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public SegmentationModel decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int n = in.readInt();
      if (n < 1 || n > MAX_FEATURES) {
        throw new IOException("bad feature count " + n);
      }
      List<String> names = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        names.add(readString(in));
      }
      ClusteringSpace space = ClusteringSpace.read(in, n);
      int k = in.readInt();
      int d = in.readInt();
      if (k < 1 || k > MAX_SEGMENTS || d != space.dimension()) {
        throw new IOException(k + " centres of dimension " + d + " for a space of " + space);
      }
      if ((long) k * d * Double.BYTES != in.available()) {
        throw new IOException("the centres do not fill the rest of the entry");
      }
      double[][] centroids = new double[k][d];
      for (double[] centre : centroids) {
        for (int j = 0; j < d; j++) {
          centre[j] = in.readDouble();
        }
      }
      return new KMeansSegmentation(new FeatureSchema(names), space, centroids);
    } catch (IOException | IllegalArgumentException e) {
      throw new RetentionException("not a valid " + FORMAT + " encoding: " + e.getMessage(), e);
    }
  }
}
