package io.retention.core.analysis;

import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.CustomerId;
import io.retention.core.port.out.CustomerSource;
import io.retention.core.port.out.ProgressListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Passes over a customer source after the first: every pass checks that the source gives the same
 * customers in the same order as the first did, and hands them over in chunks. Immutable.
 */
final class CustomerPasses {
  private final CustomerSource source;
  private final CustomerId[] ids;
  private final int chunk;
  private final ProgressListener progress;

  CustomerPasses(CustomerSource source, CustomerId[] ids, int chunk, ProgressListener progress) {
    this.source = source;
    this.ids = ids;
    this.chunk = chunk;
    this.progress = progress;
  }

  /** Receives consecutive customers of a pass; {@code start} is the first one's position. */
  @FunctionalInterface
  interface ChunkAction {
    void accept(int start, List<Customer> chunk);
  }

  /** The customers' layout. */
  io.retention.core.domain.CustomerSchema schema() {
    return source.schema();
  }

  /** How many customers the first pass found. */
  int size() {
    return ids.length;
  }

  /** The customer id at a position of the first pass. */
  CustomerId id(int position) {
    return ids[position];
  }

  /** Calls the action for every chunk of customers, checking that the source did not change. */
  void forEachChunk(String task, ChunkAction action) {
    int n = ids.length;
    progress.started(task, n);
    List<Customer> batch = new ArrayList<>(chunk);
    int start = 0;
    int index = 0;
    try (Stream<Customer> stream = source.customers()) {
      Iterator<Customer> it = stream.iterator();
      while (it.hasNext()) {
        Customer c = it.next();
        if (index >= n || !c.id().equals(ids[index])) {
          throw new RetentionException(
              source
                  + " gave customer "
                  + c.id()
                  + " at position "
                  + index
                  + " on a later pass, not "
                  + (index < n ? ids[index] : "the end")
                  + ": a run needs the same customers in the same order on every pass");
        }
        batch.add(c);
        index++;
        if (batch.size() == chunk) {
          action.accept(start, batch);
          start = index;
          batch.clear();
          progress.advanced(index);
        }
      }
    }
    if (index != n) {
      throw new RetentionException(
          source + " gave " + index + " customers on a later pass, " + n + " on the first");
    }
    if (!batch.isEmpty()) {
      action.accept(start, batch);
      progress.advanced(index);
    }
    progress.finished();
  }

  /**
   * The customers a seeded, id-based sample of at most about {@code limit} keeps.
   *
   * @param limit the sample size wanted
   * @param population how many customers the sample is drawn from
   * @param labelledOnly whether only labelled customers are drawn
   * @param seed the seed
   */
  List<Customer> sample(int limit, long population, boolean labelledOnly, long seed) {
    double share = Math.min(1.0, (double) limit / population);
    List<Customer> kept = new ArrayList<>();
    forEachChunk(
        "Sampling customers",
        (start, batch) -> {
          for (Customer c : batch) {
            if ((!labelledOnly || c.isLabelled())
                && (share >= 1.0 || unit(seed, c.id().value()) < share)) {
              kept.add(c);
            }
          }
        });
    return kept;
  }

  /** A number in [0, 1) fixed by the seed and the customer id: the id-based sample. */
  static double unit(long seed, String id) {
    long z = seed * 0x9e3779b97f4a7c15L + id.hashCode() * 0xc2b2ae3d27d4eb4fL;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-53;
  }
}
