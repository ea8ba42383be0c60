package io.retention.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of valid inputs for the fuzz tests of every reader: pieces that break parsers
 * inserted (separators, quotes, line breaks, odd numbers, a NUL, a byte-order mark), bytes deleted
 * or replaced, the start cut off.
 */
public final class Mutations {
  private static final String[] PIECES = {
    ",", "\"", "\n", "\r\n", "\r", "x", "0", "-1", "1e309", "NaN", "0x1p3", "é", "\u0000", "\uFEFF",
    " ", "\"\"", "yes", "=", "#", "{", "}", "[", ":", "null", "\\u12"
  };

  private Mutations() {}

  /**
   * Applies one to six seeded edits to a copy of the bytes.
   *
   * @param original the valid input
   * @param seed the seed; the same seed gives the same mutation
   * @return the mutated bytes
   */
  public static byte[] mutate(byte[] original, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Byte> bytes = new ArrayList<>(original.length + 16);
    for (byte b : original) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
      switch (random.nextInt(4)) {
        case 0 -> {
          byte[] piece = PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8);
          for (int i = piece.length - 1; i >= 0; i--) {
            bytes.add(at, piece[i]);
          }
        }
        case 1 -> {
          int n = Math.min(bytes.size() - at, 1 + random.nextInt(8));
          for (int i = 0; i < n; i++) {
            bytes.remove(at);
          }
        }
        case 2 -> {
          if (!bytes.isEmpty()) {
            bytes.set(at, (byte) random.nextInt(256));
          }
        }
        default -> bytes.subList(0, at).clear();
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }
}
