package io.retention.adapters.csv;

import io.retention.core.domain.ActivityEvent;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes activity events as a CSV file that {@link CsvActivitySource} reads back with the same
 * {@link ActivityCsvMapping}: the customer and time columns, then the type, amount and content
 * columns the mapping names (a mapping without a type column needs every event to be of its fixed
 * type). Times are written in the mapping's {@link TimestampFormat}; an event without a title has a
 * blank content cell. Events are written as the stream yields them, in constant memory; the file
 * appears atomically when complete.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CsvActivityWriter {
  private static final DateTimeFormatter COMPACT_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final ActivityCsvMapping mapping;

  /**
   * A writer for one file layout.
   *
   * @param mapping the layout that reads the file back; comma-delimited
   * @throws IllegalArgumentException if the mapping is not comma-delimited
   */
  public CsvActivityWriter(ActivityCsvMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    if (mapping.delimiter() != Delimiter.COMMA) {
      throw new IllegalArgumentException(
          "only comma-delimited activity files can be written, got " + mapping.delimiter());
    }
  }

  /**
   * Writes events, replacing the file.
   *
   * @param file the target file; its folder is created if needed
   * @param events the events; the stream is consumed but not closed
   * @return how many events were written
   * @throws IllegalArgumentException if an event cannot be represented in the layout (another type
   *     than the fixed one without a type column, a title without a content column, or a time with
   *     a fraction of a second or not at the start of a day in a coarser format)
   * @throws io.retention.core.RetentionException if the file cannot be written
   */
  public long write(Path file, Stream<ActivityEvent> events) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(events, "events");
    List<String> header = new ArrayList<>(List.of(mapping.customerColumn(), mapping.timeColumn()));
    boolean type = !mapping.typeColumn().isEmpty();
    boolean amount = !mapping.amountColumn().isEmpty();
    boolean content = !mapping.contentColumn().isEmpty();
    if (type) {
      header.add(mapping.typeColumn());
    }
    if (amount) {
      header.add(mapping.amountColumn());
    }
    if (content) {
      header.add(mapping.contentColumn());
    }
    long[] written = {0};
    Iterator<ActivityEvent> it = events.iterator();
    TableWriter.write(
        file,
        header,
        // A data file, read back by the sources exactly as written.
        CellEscaping.RAW,
        out -> {
          String[] cells = new String[header.size()];
          while (it.hasNext()) {
            ActivityEvent e = it.next();
            int i = 0;
            cells[i++] = e.customer().value();
            cells[i++] = time(e);
            if (type) {
              cells[i++] = e.type().name().toLowerCase(Locale.ROOT);
            } else if (e.type() != mapping.fixedType()) {
              throw new IllegalArgumentException(
                  "the layout has no type column and fixes " + mapping.fixedType() + ": " + e);
            }
            if (amount) {
              cells[i++] = TableWriter.number(e.amount());
            }
            if (content) {
              cells[i] = e.content().map(c -> c.value()).orElse("");
            } else if (e.content().isPresent()) {
              throw new IllegalArgumentException("the layout has no content column: " + e);
            }
            out.row(cells);
            written[0]++;
          }
        });
    return written[0];
  }

  private String time(ActivityEvent e) {
    if (e.at().getNano() != 0) {
      throw new IllegalArgumentException("times are written in whole seconds: " + e);
    }
    return switch (mapping.timeFormat()) {
      case ISO -> e.at().toString();
      case UNIX_SECONDS -> Long.toString(e.at().getEpochSecond());
      case YYYYMMDD -> {
        if (e.at().getEpochSecond() % 86_400 != 0) {
          throw new IllegalArgumentException("a yyyyMMdd layout holds whole days only: " + e);
        }
        yield COMPACT_DATE.format(e.at());
      }
    };
  }

  @Override
  public String toString() {
    return "CsvActivityWriter[" + mapping.timeColumn() + ", " + mapping.timeFormat() + "]";
  }
}
