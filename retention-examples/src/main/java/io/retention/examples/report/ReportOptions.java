package io.retention.examples.report;

/**
 * How much of a run the report shows.
 *
 * @param planRows rows of the ranked plan shown in the action table
 * @param drivers global churn drivers charted
 * @param contributions attributes in each customer's waterfall (the rest are summed in one row)
 * @param genres genres charted, most titles first
 */
public record ReportOptions(int planRows, int drivers, int contributions, int genres) {

  /** Up to 25 plan rows, 15 drivers, 10 contributions per customer and 20 genres. */
  public static final ReportOptions DEFAULTS = new ReportOptions(25, 15, 10, 20);

  /** Checks that every limit is positive. */
  public ReportOptions {
    positive(planRows, "planRows");
    positive(drivers, "drivers");
    positive(contributions, "contributions");
    positive(genres, "genres");
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
