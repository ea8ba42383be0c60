package io.retention.adapters.csv;

import io.retention.core.InvalidDataException;
import io.retention.core.domain.ChurnScore;
import io.retention.core.domain.ContentId;
import io.retention.core.domain.Contribution;
import io.retention.core.domain.CustomerId;
import io.retention.core.domain.Explanation;
import io.retention.core.domain.ExplanationSpace;
import io.retention.core.domain.Recommendation;
import io.retention.core.domain.Segment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads back the per-customer result files that this module's writers write: {@link CsvScoreSink
 * scores}, {@link CsvSegmentWriter segments}, {@link CsvExplanationWriter explanations} and {@link
 * CsvRecommendationWriter recommendations}. Each reader finds its columns through its writer's
 * column constants and requires the writer's exact header, so that a file of another kind is
 * refused before any row is read. Every problem is an {@link InvalidDataException} naming the file,
 * the line, the column and the value; nothing is skipped but empty lines.
 */
public final class ResultReader {
  private ResultReader() {}

  /**
   * The churn scores of a {@code scores.csv}, in file order.
   *
   * @param file the file
   * @return one score per customer
   * @throws InvalidDataException if the file is not a scores file, a probability is not in [0, 1],
   *     or a customer appears twice
   * @throws io.retention.core.RetentionIoException if the file cannot be read
   */
  public static List<ChurnScore> scores(Path file) {
    List<ChurnScore> out = new ArrayList<>();
    Set<CustomerId> seen = new HashSet<>();
    each(
        file,
        CsvScoreSink.HEADER,
        (in, row) -> {
          CustomerId id = customer(in, row, CsvScoreSink.CUSTOMER_ID);
          unique(in, seen, id, CsvScoreSink.CUSTOMER_ID);
          seen.add(id);
          double p = number(in, row, CsvScoreSink.CHURN_PROBABILITY);
          out.add(checked(in, row, CsvScoreSink.CHURN_PROBABILITY, () -> new ChurnScore(id, p)));
        });
    return out;
  }

  /**
   * The segments of a {@code segments.csv}, in file order.
   *
   * @param file the file
   * @return each customer's segment
   * @throws InvalidDataException if the file is not a segments file, a segment number is not a
   *     whole number from 0, a name is blank, or a customer appears twice
   * @throws io.retention.core.RetentionIoException if the file cannot be read
   */
  public static Map<CustomerId, Segment> segments(Path file) {
    Map<CustomerId, Segment> out = new LinkedHashMap<>();
    each(
        file,
        CsvSegmentWriter.HEADER,
        (in, row) -> {
          CustomerId id = customer(in, row, CsvSegmentWriter.CUSTOMER_ID);
          unique(in, out.keySet(), id, CsvSegmentWriter.CUSTOMER_ID);
          int index = whole(in, row, CsvSegmentWriter.SEGMENT_ID);
          String name = text(in, row, CsvSegmentWriter.SEGMENT_NAME);
          out.put(
              id, checked(in, row, CsvSegmentWriter.SEGMENT_NAME, () -> new Segment(index, name)));
        });
    return out;
  }

  /**
   * The explanations of an {@code explanations.csv}, in file order, each with its contributions in
   * file order.
   *
   * @param file the file
   * @return each explained customer's explanation
   * @throws InvalidDataException if the file is not an explanations file, a number is missing or
   *     not finite, a customer's rows are not together, or they disagree on the base value, the
   *     prediction or the scale
   * @throws io.retention.core.RetentionIoException if the file cannot be read
   */
  public static Map<CustomerId, Explanation> explanations(Path file) {
    Map<CustomerId, Explanation> out = new LinkedHashMap<>();
    List<Contribution> current = new ArrayList<>();
    Explanation[] first = new Explanation[1];
    CustomerId[] currentId = new CustomerId[1];
    each(
        file,
        CsvExplanationWriter.HEADER,
        (in, row) -> {
          CustomerId id = customer(in, row, CsvExplanationWriter.CUSTOMER_ID);
          double base = number(in, row, CsvExplanationWriter.BASE_VALUE);
          double prediction = number(in, row, CsvExplanationWriter.PREDICTION);
          ExplanationSpace space = space(in, row);
          Explanation totals =
              checked(
                  in,
                  row,
                  CsvExplanationWriter.BASE_VALUE,
                  () -> new Explanation(base, List.of(), prediction, space));
          if (!id.equals(currentId[0])) {
            if (currentId[0] != null) {
              out.put(currentId[0], withContributions(first[0], current));
            }
            unique(in, out.keySet(), id, CsvExplanationWriter.CUSTOMER_ID);
            current.clear();
            currentId[0] = id;
            first[0] = totals;
          } else {
            agree(in, row, first[0], totals);
          }
          String feature = text(in, row, CsvExplanationWriter.FEATURE);
          double value = number(in, row, CsvExplanationWriter.VALUE);
          double contribution = number(in, row, CsvExplanationWriter.CONTRIBUTION);
          current.add(
              checked(
                  in,
                  row,
                  CsvExplanationWriter.FEATURE,
                  () -> new Contribution(feature, value, contribution)));
        });
    if (currentId[0] != null) {
      out.put(currentId[0], withContributions(first[0], current));
    }
    return out;
  }

  /**
   * The recommendations of a {@code recommendations.csv}, in file order, each customer's best
   * first.
   *
   * @param file the file
   * @return each customer's recommendations
   * @throws InvalidDataException if the file is not a recommendations file, a customer's rows are
   *     not together or not ranked 1, 2, 3 … in order, or a cell is blank or not a number
   * @throws io.retention.core.RetentionIoException if the file cannot be read
   */
  public static Map<CustomerId, List<Recommendation>> recommendations(Path file) {
    Map<CustomerId, List<Recommendation>> out = new LinkedHashMap<>();
    CustomerId[] currentId = new CustomerId[1];
    each(
        file,
        CsvRecommendationWriter.HEADER,
        (in, row) -> {
          CustomerId id = customer(in, row, CsvRecommendationWriter.CUSTOMER_ID);
          if (!id.equals(currentId[0])) {
            unique(in, out.keySet(), id, CsvRecommendationWriter.CUSTOMER_ID);
            out.put(id, new ArrayList<>());
            currentId[0] = id;
          }
          List<Recommendation> list = out.get(id);
          int rank = whole(in, row, CsvRecommendationWriter.RANK);
          if (rank != list.size() + 1) {
            throw in.bad(
                CsvRecommendationWriter.RANK,
                Integer.toString(rank),
                "expected rank " + (list.size() + 1) + " for customer " + id.value());
          }
          String content = text(in, row, CsvRecommendationWriter.CONTENT_ID);
          String title = text(in, row, CsvRecommendationWriter.TITLE);
          double score = number(in, row, CsvRecommendationWriter.SCORE);
          String reason = text(in, row, CsvRecommendationWriter.REASON);
          list.add(
              checked(
                  in,
                  row,
                  CsvRecommendationWriter.CONTENT_ID,
                  () -> new Recommendation(ContentId.of(content), title, score, reason)));
        });
    out.replaceAll((id, list) -> List.copyOf(list));
    return out;
  }

  @FunctionalInterface
  private interface RowHandler {
    void row(CsvRowReader in, List<String> row);
  }

  /** Reads every non-empty record of a file whose header must be {@code header}. */
  private static void each(Path file, List<String> header, RowHandler handler) {
    Objects.requireNonNull(file, "file");
    try (CsvRowReader in = CsvRowReader.open(file)) {
      if (!in.names().equals(header)) {
        throw new InvalidDataException(
            file.toString(),
            1,
            "",
            String.join(",", in.names()),
            "expected the header " + String.join(",", header));
      }
      for (List<String> row = in.next(); row != null; row = in.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (row.size() != header.size()) {
          throw in.bad(
              "", "", "the record has " + row.size() + " fields, the header " + header.size());
        }
        handler.row(in, row);
      }
    }
  }

  private static String cell(CsvRowReader in, List<String> row, String column) {
    return in.cell(row, in.column(column));
  }

  /** A cell that must not be blank. */
  private static String text(CsvRowReader in, List<String> row, String column) {
    String s = cell(in, row, column);
    if (s.isBlank()) {
      throw in.bad(column, s, "must not be blank");
    }
    return s;
  }

  private static CustomerId customer(CsvRowReader in, List<String> row, String column) {
    String id = text(in, row, column);
    return checked(in, row, column, () -> CustomerId.of(id));
  }

  private static double number(CsvRowReader in, List<String> row, String column) {
    double v = in.number(row, in.column(column));
    if (!Double.isFinite(v)) {
      throw in.bad(column, cell(in, row, column), "expected a finite number");
    }
    return v;
  }

  private static int whole(CsvRowReader in, List<String> row, String column) {
    String s = cell(in, row, column).trim();
    try {
      int v = Integer.parseInt(s);
      if (v < 0) {
        throw in.bad(column, s, "expected a whole number >= 0");
      }
      return v;
    } catch (NumberFormatException e) {
      throw in.bad(column, s, "expected a whole number >= 0");
    }
  }

  private static ExplanationSpace space(CsvRowReader in, List<String> row) {
    String s = cell(in, row, CsvExplanationWriter.SPACE);
    for (ExplanationSpace space : ExplanationSpace.values()) {
      if (CsvExplanationWriter.spaceName(space).equals(s)) {
        return space;
      }
    }
    List<String> names = new ArrayList<>();
    for (ExplanationSpace space : ExplanationSpace.values()) {
      names.add(CsvExplanationWriter.spaceName(space));
    }
    throw in.bad(CsvExplanationWriter.SPACE, s, "expected one of " + names);
  }

  private static void unique(CsvRowReader in, Set<CustomerId> seen, CustomerId id, String column) {
    if (seen.contains(id)) {
      throw in.bad(
          column,
          id.value(),
          "this customer's rows appeared earlier in the file; each customer's rows are together");
    }
  }

  private static void agree(
      CsvRowReader in, List<String> row, Explanation first, Explanation here) {
    if (Double.compare(first.baseValue(), here.baseValue()) != 0) {
      throw disagree(in, row, CsvExplanationWriter.BASE_VALUE);
    }
    if (Double.compare(first.prediction(), here.prediction()) != 0) {
      throw disagree(in, row, CsvExplanationWriter.PREDICTION);
    }
    if (first.space() != here.space()) {
      throw disagree(in, row, CsvExplanationWriter.SPACE);
    }
  }

  private static InvalidDataException disagree(CsvRowReader in, List<String> row, String column) {
    return in.bad(
        column, cell(in, row, column), "differs from this customer's first row; it must repeat");
  }

  private static Explanation withContributions(Explanation totals, List<Contribution> cs) {
    return new Explanation(totals.baseValue(), cs, totals.prediction(), totals.space());
  }

  /** Builds a domain value, turning its own check's failure into an error naming the cell. */
  private static <T> T checked(
      CsvRowReader in, List<String> row, String column, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw in.bad(column, cell(in, row, column), e.getMessage());
    }
  }
}
