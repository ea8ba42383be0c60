package io.retention.core.analysis;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentItem;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.CustomerRecommendations;
import io.retention.core.domain.Recommendation;
import io.retention.core.port.out.ActivitySource;
import io.retention.core.port.out.AnalysisSink;
import io.retention.core.port.out.ProgressListener;
import io.retention.core.port.out.Recommender;
import io.retention.core.port.out.RecommenderFactory;
import io.retention.core.port.out.ResultKind;
import io.retention.core.port.out.ResultWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Recommends titles: the viewing events streamed once into the recommender's builder (counted, the
 * latest giving the snapshot day), then every customer's titles recommended on every core and
 * stored in customer order.
 */
final class RecommendationStage {
  /** Viewing events read between two progress reports. */
  static final int EVENT_PROGRESS = 1 << 20;

  private final RecommenderFactory recommenders;

  RecommendationStage(RecommenderFactory recommenders) {
    this.recommenders = recommenders;
  }

  /**
   * The recommended titles, {@code perCustomer} slots per customer position (unused slots null),
   * the rows stored, the events read and the snapshot day (empty without events).
   */
  record Recommended(String[] titles, int perCustomer, long rows, long events, String snapshot) {
    static final Recommended NONE = new Recommended(new String[0], 0, 0, 0, "");

    /** Titles recommended earlier, by customer, placed at the customers' positions. */
    static Recommended known(CustomerPasses passes, Map<CustomerId, List<String>> byCustomer) {
      int k = byCustomer.values().stream().mapToInt(List::size).max().orElse(0);
      if (k == 0) {
        return NONE;
      }
      String[] titles = new String[Math.multiplyExact(passes.size(), k)];
      long rows = 0;
      for (int i = 0; i < passes.size(); i++) {
        List<String> t = byCustomer.getOrDefault(passes.id(i), List.of());
        for (int j = 0; j < t.size(); j++) {
          titles[i * k + j] = t.get(j);
        }
        rows += t.isEmpty() ? 0 : 1;
      }
      return new Recommended(titles, k, rows, 0, "");
    }

    /** The titles recommended to the customer at a position, best first. */
    List<String> of(int i) {
      if (perCustomer == 0) {
        return List.of();
      }
      int from = i * perCustomer;
      int to = from;
      while (to < from + perCustomer && titles[to] != null) {
        to++;
      }
      return List.of(Arrays.copyOfRange(titles, from, to));
    }
  }

  Recommended run(
      CustomerPasses passes,
      List<ContentItem> catalog,
      Optional<ActivitySource> activity,
      RunConfig config,
      AnalysisSink sink,
      RunFiles files,
      ProgressListener progress) {
    RecommenderFactory.Builder builder = recommenders.builder(catalog, passes.schema());
    long[] events = {0};
    Instant[] last = {Instant.MIN};
    activity.ifPresent(a -> events[0] = readEvents(a, builder, last, progress));
    Recommender recommender = builder.build();
    int k = config.recommendations();
    String[] titles = new String[Math.multiplyExact(passes.size(), k)];
    long rows;
    try (ResultWriter<CustomerRecommendations> out = sink.recommendations()) {
      long[] written = {0};
      passes.forEachChunk(
          "Recommending titles",
          (start, chunk) -> {
            // every core recommends, then the rows are stored in customer order
            List<List<Recommendation>> recs =
                k == 0
                    ? List.of()
                    : IntStream.range(0, chunk.size())
                        .parallel()
                        .mapToObj(j -> recommender.recommend(chunk.get(j), k))
                        .toList();
            for (int j = 0; j < recs.size(); j++) {
              List<Recommendation> list = recs.get(j);
              out.write(new CustomerRecommendations(chunk.get(j).id(), list));
              written[0] += list.size();
              for (int rank = 0; rank < list.size(); rank++) {
                titles[(start + j) * k + rank] = list.get(rank).title();
              }
            }
          });
      rows = written[0];
      out.commit();
    }
    files.add(ResultKind.RECOMMENDATIONS);
    String snapshot = events[0] > 0 ? last[0].atZone(ZoneOffset.UTC).toLocalDate().toString() : "";
    return new Recommended(titles, k, rows, events[0], snapshot);
  }

  /** Streams the events once into the builder; the events are not kept. */
  private static long readEvents(
      ActivitySource activity,
      RecommenderFactory.Builder builder,
      Instant[] last,
      ProgressListener progress) {
    long count = 0;
    progress.started("Reading viewing events", -1);
    try (Stream<ActivityEvent> stream = activity.events()) {
      Iterator<ActivityEvent> it = stream.iterator();
      while (it.hasNext()) {
        ActivityEvent e = it.next();
        builder.add(e);
        count++;
        if (e.at().isAfter(last[0])) {
          last[0] = e.at();
        }
        if (count % EVENT_PROGRESS == 0) {
          progress.advanced(count);
        }
      }
    }
    progress.finished();
    return count;
  }
}
