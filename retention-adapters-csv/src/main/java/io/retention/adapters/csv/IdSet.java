package io.retention.adapters.csv;

/**
 * The ids seen so far in one pass, to detect duplicates in 32 to 64 bytes per id instead of the
 * hundred or so of a {@code HashSet<String>}: each id is kept as a 128-bit fingerprint (two
 * independent 64-bit hashes of its characters) in an open-addressing table.
 *
 * <p>Two distinct ids share a fingerprint with probability about n²/2¹²⁹ for n ids (below 10⁻²⁴ for
 * ten million), far below the rate of hardware faults, so a reported duplicate is a duplicate. Not
 * thread-safe; one instance serves one stream.
 */
final class IdSet {
  private static final int INITIAL_CAPACITY = 1 << 10;
  private static final long SEED_A = 0x9E3779B97F4A7C15L;
  private static final long SEED_B = 0xC2B2AE3D27D4EB4FL;

  private long[] slots = new long[2 * INITIAL_CAPACITY];
  private int size;

  /**
   * Adds an id.
   *
   * @param id the id
   * @return true if it was not there yet
   */
  boolean add(String id) {
    long a = hash(id, SEED_A, SEED_B);
    long b = hash(id, SEED_B, SEED_A);
    if (a == 0 && b == 0) {
      b = 1; // (0, 0) marks an empty slot
    }
    if (2 * (size + 1) > slots.length / 2) {
      grow();
    }
    if (!insert(slots, a, b)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private static boolean insert(long[] table, long a, long b) {
    int mask = table.length / 2 - 1;
    int i = (int) (a ^ (a >>> 32)) & mask;
    while (true) {
      long sa = table[2 * i];
      long sb = table[2 * i + 1];
      if (sa == 0 && sb == 0) {
        table[2 * i] = a;
        table[2 * i + 1] = b;
        return true;
      }
      if (sa == a && sb == b) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0 || slots[i + 1] != 0) {
        insert(bigger, slots[i], slots[i + 1]);
      }
    }
    slots = bigger;
  }

  /** A 64-bit hash of the characters, mixed per character and finalised (SplitMix64 style). */
  private static long hash(String s, long seed, long multiplier) {
    long h = seed ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = mix(h + s.charAt(i) * multiplier);
    }
    return mix(h ^ seed);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
