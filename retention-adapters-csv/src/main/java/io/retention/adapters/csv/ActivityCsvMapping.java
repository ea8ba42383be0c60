package io.retention.adapters.csv;

import io.retention.core.domain.EventType;
import java.util.Objects;

/**
 * How the columns of an activity file map to {@link io.retention.core.domain.ActivityEvent}s.
 *
 * @param customerColumn the column with the customer id
 * @param timeColumn the column with the timestamp
 * @param timeFormat how timestamps are written
 * @param typeColumn the column with the event type (an {@link EventType} name, any case), or {@link
 *     #NONE} when every event has {@code fixedType}
 * @param fixedType the type of every event when there is no type column
 * @param amountColumn the column with the amount (money, minutes, rating), or {@link #NONE} for 0
 * @param contentColumn the column with the title id, or {@link #NONE} when events concern no title
 * @param delimiter how fields are separated
 */
public record ActivityCsvMapping(
    String customerColumn,
    String timeColumn,
    TimestampFormat timeFormat,
    String typeColumn,
    EventType fixedType,
    String amountColumn,
    String contentColumn,
    Delimiter delimiter) {

  /** An absent optional column. */
  public static final String NONE = "";

  /**
   * The library's own layout: {@code customer_id,timestamp,type,amount,content_id},
   * comma-separated, ISO timestamps.
   */
  public static final ActivityCsvMapping STANDARD =
      new ActivityCsvMapping(
          "customer_id",
          "timestamp",
          TimestampFormat.ISO,
          "type",
          EventType.WATCH,
          "amount",
          "content_id",
          Delimiter.COMMA);

  /**
   * CDNOW_master.txt: whitespace-separated {@code customer_id date number_of_cds dollar_value},
   * dates as yyyyMMdd; each row is a {@link EventType#PURCHASE} of {@code dollar_value}. Customer
   * ids keep their leading zeros.
   */
  public static final ActivityCsvMapping CDNOW =
      new ActivityCsvMapping(
          "customer_id",
          "date",
          TimestampFormat.YYYYMMDD,
          NONE,
          EventType.PURCHASE,
          "dollar_value",
          NONE,
          Delimiter.WHITESPACE);

  /**
   * MovieLens {@code ratings.csv}: {@code userId,movieId,rating,timestamp} with unix seconds; each
   * row is a {@link EventType#RATING} whose amount is the rating and whose content is the movie.
   */
  public static final ActivityCsvMapping MOVIELENS_RATINGS =
      new ActivityCsvMapping(
          "userId",
          "timestamp",
          TimestampFormat.UNIX_SECONDS,
          NONE,
          EventType.RATING,
          "rating",
          "movieId",
          Delimiter.COMMA);

  /** Checks the fields. */
  public ActivityCsvMapping {
    Objects.requireNonNull(customerColumn, "customerColumn");
    Objects.requireNonNull(timeColumn, "timeColumn");
    Objects.requireNonNull(timeFormat, "timeFormat");
    Objects.requireNonNull(typeColumn, "typeColumn");
    Objects.requireNonNull(fixedType, "fixedType");
    Objects.requireNonNull(amountColumn, "amountColumn");
    Objects.requireNonNull(contentColumn, "contentColumn");
    Objects.requireNonNull(delimiter, "delimiter");
    if (customerColumn.isBlank() || timeColumn.isBlank()) {
      throw new IllegalArgumentException("the customer and time columns must be named");
    }
  }

  /**
   * A copy with another delimiter.
   *
   * @param value the delimiter
   * @return the mapping
   */
  public ActivityCsvMapping withDelimiter(Delimiter value) {
    return new ActivityCsvMapping(
        customerColumn,
        timeColumn,
        timeFormat,
        typeColumn,
        fixedType,
        amountColumn,
        contentColumn,
        value);
  }

  /**
   * A preset by name: {@code standard}, {@code cdnow} or {@code movielens}.
   *
   * @param name the preset's name, case-insensitive
   * @return the mapping
   * @throws IllegalArgumentException for an unknown name
   */
  public static ActivityCsvMapping preset(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "standard" -> STANDARD;
      case "cdnow" -> CDNOW;
      case "movielens" -> MOVIELENS_RATINGS;
      default ->
          throw new IllegalArgumentException(
              "unknown preset '" + name + "'; known presets: standard, cdnow, movielens");
    };
  }
}
