package io.retention.examples.runners;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.Customer;
import io.retention.examples.data.SyntheticWorld;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Generates a world of customers, titles and viewing events and either writes it as {@code
 * customers.csv}, {@code titles.csv} and {@code watch_events.csv} into a folder, or, with {@code
 * --discard}, only streams it through (to measure generation alone). Prints the row counts, the
 * time taken and the JVM's peak heap use, so that a run under a small {@code -Xmx} shows that
 * memory does not grow with the number of customers:
 *
 * <pre>
 * java -Xmx64m -cp retention-examples/target/retention.jar \
 *     io.retention.examples.runners.GenerateWorld (folder | --discard) [customers [seed]]
 * </pre>
 *
 * <p>With no arguments it writes 10,000 customers (seed 7) into {@code generated-world}.
 */
public final class GenerateWorld {
  /** The folder written when none is given. */
  public static final String DEFAULT_FOLDER = "generated-world";

  /** The argument that streams the world through without writing it. */
  public static final String DISCARD = "--discard";

  /** How many customers are generated when no count is given. */
  public static final int DEFAULT_CUSTOMERS = 10_000;

  private GenerateWorld() {}

  /**
   * Streams a world through without keeping or writing it.
   *
   * @param world the world
   * @return the row counts
   */
  public static SyntheticWorld.Written discard(SyntheticWorld world) {
    long customers;
    try (Stream<Customer> s = world.customers().customers()) {
      customers = s.count();
    }
    long events;
    try (Stream<ActivityEvent> s = world.activity().events()) {
      events = s.count();
    }
    return new SyntheticWorld.Written(customers, world.catalog().size(), events);
  }

  /**
   * Runs the generator.
   *
   * @param args optional: a folder or {@code --discard}, a customer count, a seed
   */
  public static void main(String[] args) {
    String target = args.length > 0 ? args[0] : DEFAULT_FOLDER;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_CUSTOMERS;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : RunnerInput.SEED;
    SyntheticWorld world = SyntheticWorld.of(count, seed);
    long start = System.nanoTime();
    SyntheticWorld.Written w =
        target.equals(DISCARD) ? discard(world) : world.write(Path.of(target));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d customers, %d titles, %d events in %.1f s; peak heap %d MiB of %d MiB max%n",
        target.equals(DISCARD) ? "streamed" : "wrote " + target,
        w.customers(),
        w.titles(),
        w.events(),
        seconds,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
