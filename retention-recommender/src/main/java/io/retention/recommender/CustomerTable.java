package io.retention.recommender;

import io.retention.core.domain.CustomerId;
import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers customers 0, 1, 2, … in the order they are first added, in an open-addressing hash table:
 * an {@code int} slot per entry (kept at most half full) and the ids in number order, about 12
 * bytes per customer beside the ids themselves, where a {@code HashMap<CustomerId, Integer>} needs
 * about 50. Not thread-safe while customers are added; {@link #freeze()} gives the read-only table
 * a built recommender shares between threads.
 */
final class CustomerTable {
  private static final int FIRST_SLOTS = 64;
  private static final int EMPTY = -1;

  private CustomerId[] ids;
  private int[] slots; // a customer number, or EMPTY
  private int size;
  private final boolean frozen;

  CustomerTable() {
    this(new CustomerId[FIRST_SLOTS / 2], emptySlots(FIRST_SLOTS), 0, false);
  }

  private CustomerTable(CustomerId[] ids, int[] slots, int size, boolean frozen) {
    this.ids = ids;
    this.slots = slots;
    this.size = size;
    this.frozen = frozen;
  }

  private static int[] emptySlots(int count) {
    int[] s = new int[count];
    Arrays.fill(s, EMPTY);
    return s;
  }

  /** How many customers the table holds. */
  int size() {
    return size;
  }

  /**
   * The number of a customer, adding them when new.
   *
   * @param id the customer
   * @return their number, from 0
   */
  int add(CustomerId id) {
    Objects.requireNonNull(id, "id");
    if (frozen) {
      throw new IllegalStateException("the table is read-only");
    }
    checkOpen();
    int mask = slots.length - 1;
    for (int s = spread(id.hashCode()) & mask; ; s = (s + 1) & mask) {
      int c = slots[s];
      if (c == EMPTY) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, 2 * size);
        }
        ids[size] = id;
        slots[s] = size;
        if (++size * 2 > slots.length) {
          rehash();
        }
        return size - 1;
      }
      if (ids[c].equals(id)) {
        return c;
      }
    }
  }

  /**
   * The number of a customer.
   *
   * @param id the customer
   * @return their number, or -1 when the table does not hold them
   */
  int find(CustomerId id) {
    checkOpen();
    int mask = slots.length - 1;
    for (int s = spread(id.hashCode()) & mask; ; s = (s + 1) & mask) {
      int c = slots[s];
      if (c == EMPTY) {
        return EMPTY;
      }
      if (ids[c].equals(id)) {
        return c;
      }
    }
  }

  /**
   * The same customers and numbers, read-only and trimmed. This table hands its slots over and can
   * no longer be used, so nothing can change the frozen table behind its back.
   *
   * @return the frozen table
   * @throws IllegalStateException if this table was already frozen
   */
  CustomerTable freeze() {
    checkOpen();
    CustomerTable frozenTable = new CustomerTable(Arrays.copyOf(ids, size), slots, size, true);
    ids = null;
    slots = null;
    return frozenTable;
  }

  private void checkOpen() {
    if (slots == null) {
      throw new IllegalStateException("the table was frozen and handed over");
    }
  }

  private void rehash() {
    int[] bigger = emptySlots(2 * slots.length);
    int mask = bigger.length - 1;
    for (int c = 0; c < size; c++) {
      int s = spread(ids[c].hashCode()) & mask;
      while (bigger[s] != EMPTY) {
        s = (s + 1) & mask;
      }
      bigger[s] = c;
    }
    slots = bigger;
  }

  /** Mixes the hash's high bits into the low ones that choose the slot. */
  private static int spread(int h) {
    int x = h * 0x9E37_79B9;
    return x ^ (x >>> 16);
  }
}
