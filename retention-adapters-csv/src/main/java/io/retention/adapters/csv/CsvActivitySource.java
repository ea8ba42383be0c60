package io.retention.adapters.csv;

import io.retention.core.domain.ActivityEvent;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.EventType;
import io.retention.core.port.out.ActivitySource;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads activity events from a delimited text file with a header row, mapped by an {@link
 * ActivityCsvMapping}: comma-, tab- or whitespace-separated, timestamps as ISO dates or date-times,
 * {@code yyyyMMdd} or unix seconds.
 *
 * <p>Events are streamed in file order and nothing is kept between rows, so a file of any length is
 * read in constant memory. Rows are rejected, under the options' {@link BadRowPolicy}, for a blank
 * customer, an unreadable timestamp, an unknown event type, or a blank, non-numeric or infinite
 * amount; a blank content cell gives an event about no title.
 */
public final class CsvActivitySource implements ActivitySource {
  private static final DateTimeFormatter COMPACT_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final Path file;
  private final ActivityCsvMapping mapping;
  private final CsvReadOptions options;

  /**
   * Creates a fail-fast source over a UTF-8 file.
   *
   * @param file the activity file
   * @param mapping how its columns map to events
   */
  public CsvActivitySource(Path file, ActivityCsvMapping mapping) {
    this(file, mapping, CsvReadOptions.DEFAULTS);
  }

  /**
   * Creates a source.
   *
   * @param file the activity file
   * @param mapping how its columns map to events
   * @param options character set, bad-row policy and report listener
   */
  public CsvActivitySource(Path file, ActivityCsvMapping mapping, CsvReadOptions options) {
    this.file = Objects.requireNonNull(file, "file");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Stream<ActivityEvent> events() {
    return CsvTable.stream(file, options, mapping.delimiter(), this::bind);
  }

  private CsvTable.RowMapper<ActivityEvent> bind(CsvTable.Header header) {
    int customer = header.index(mapping.customerColumn());
    int time = header.index(mapping.timeColumn());
    int type = mapping.typeColumn().isEmpty() ? -1 : header.index(mapping.typeColumn());
    int amount = mapping.amountColumn().isEmpty() ? -1 : header.index(mapping.amountColumn());
    int content = mapping.contentColumn().isEmpty() ? -1 : header.index(mapping.contentColumn());
    return row -> {
      String id = row.get(customer).trim();
      if (id.isEmpty()) {
        throw row.reject(mapping.customerColumn(), row.get(customer), "the customer id is blank");
      }
      Instant at = instant(row, row.get(time).trim());
      EventType kind = type < 0 ? mapping.fixedType() : type(row, row.get(type).trim());
      double value = 0.0;
      if (amount >= 0) {
        String raw = row.get(amount).trim();
        if (raw.isEmpty()) {
          throw row.reject(mapping.amountColumn(), row.get(amount), "blank amount");
        }
        value = Numbers.parseFinite(row, mapping.amountColumn(), raw);
      }
      String title = content < 0 ? "" : row.get(content).trim();
      return title.isEmpty()
          ? ActivityEvent.of(CustomerId.of(id), at, kind, value)
          : ActivityEvent.about(CustomerId.of(id), at, kind, value, ContentId.of(title));
    };
  }

  private Instant instant(CsvTable.Row row, String raw) {
    try {
      return switch (mapping.timeFormat()) {
        case UNIX_SECONDS -> Instant.ofEpochSecond(Long.parseLong(raw));
        case YYYYMMDD ->
            LocalDate.parse(raw, COMPACT_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        case ISO -> iso(raw);
      };
    } catch (DateTimeException | NumberFormatException e) {
      throw row.reject(
          mapping.timeColumn(), raw, "not a timestamp in the " + mapping.timeFormat() + " format");
    }
  }

  private static Instant iso(String raw) {
    if (raw.indexOf('T') < 0) {
      return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    TemporalAccessor t =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(raw, OffsetDateTime::from, LocalDateTime::from);
    return t instanceof OffsetDateTime o
        ? o.toInstant()
        : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
  }

  private EventType type(CsvTable.Row row, String raw) {
    try {
      return EventType.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.reject(
          mapping.typeColumn(),
          raw,
          "not an event type; expected one of " + java.util.Arrays.toString(EventType.values()));
    }
  }

  @Override
  public String toString() {
    return "CsvActivitySource[" + file + "]";
  }
}
