package io.retention.core.persistence;

import io.retention.core.domain.FeatureMatrix;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.IntStream;

/**
 * A SHA-256 fingerprint of labelled training rows, kept with a model so that one can tell later
 * which data trained it. It covers the feature names and every row's identifier, values and label,
 * and does not depend on row order.
 */
public final class DataFingerprint {
  private DataFingerprint() {}

  /**
   * Fingerprints rows.
   *
   * @param rows the rows
   * @return the fingerprint as 64 lower-case hexadecimal digits
   */
  public static String of(FeatureMatrix rows) {
    MessageDigest sha = sha256();
    for (String name : rows.schema().names()) {
      update(sha, name);
    }
    int[] order =
        IntStream.range(0, rows.size())
            .boxed()
            .sorted(Comparator.comparing(i -> rows.ids().get(i)))
            .mapToInt(Integer::intValue)
            .toArray();
    ByteBuffer value = ByteBuffer.allocate(Long.BYTES);
    for (int i : order) {
      update(sha, rows.ids().get(i).value());
      update(sha, rows.labels().get(i).name());
      for (int j = 0; j < rows.schema().size(); j++) {
        value.clear();
        value.putLong(Double.doubleToLongBits(rows.get(i, j) + 0.0));
        sha.update(value.array());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(b.length).array());
    sha.update(b);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
