package io.retention.examples.bench;

import io.retention.adapters.csv.ActivityCsvMapping;
import io.retention.adapters.csv.CsvActivitySource;
import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.EventType;
import io.retention.core.testing.SharedDatasets;
import io.retention.features.ActivityAggregator;
import io.retention.features.ActivityWindowConfig;
import io.retention.features.AnchoredChurnLabels;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Event-window aggregation and anchored labels over CDNOW's 69,659 purchases (read once in setup;
 * needs the shared datasets), beside the reference of merely reading the file into events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CdnowAggregationBenchmark {
  private static final Instant SNAPSHOT = Instant.parse("1997-09-30T00:00:00Z");

  private java.nio.file.Path file;
  private List<ActivityEvent> events;
  private final ActivityAggregator aggregator =
      new ActivityAggregator(ActivityWindowConfig.DEFAULTS);

  /** Reads the events once. */
  @Setup
  public void setUp() {
    file = SharedDatasets.require("cdnow/CDNOW_master.txt");
    events = read();
  }

  private List<ActivityEvent> read() {
    try (Stream<ActivityEvent> s = new CsvActivitySource(file, ActivityCsvMapping.CDNOW).events()) {
      return s.toList();
    }
  }

  /**
   * Summarises every customer's event windows as of the snapshot.
   *
   * @return the summaries
   */
  @Benchmark
  public Object aggregate() {
    return aggregator.summarise(events.stream(), SNAPSHOT);
  }

  /**
   * Labels every customer for a 180-day horizon.
   *
   * @return the labels
   */
  @Benchmark
  public Object label() {
    return new AnchoredChurnLabels(
            SNAPSHOT, SNAPSHOT.plusSeconds(180L * 86_400), EnumSet.of(EventType.PURCHASE))
        .label(events.stream());
  }

  /**
   * The reference: reading and parsing the file into events.
   *
   * @return the events
   */
  @Benchmark
  public Object readFileOnly() {
    return read();
  }
}
