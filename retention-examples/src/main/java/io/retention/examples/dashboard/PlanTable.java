package io.retention.examples.dashboard;

import io.retention.adapters.csv.CsvPlanSink;
import io.retention.adapters.csv.CsvRowReader;
import io.retention.core.analysis.RunSummary;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A run's ranked retention plan ({@code plans.csv}, columns {@link CsvPlanSink#HEADER}) held column
 * by column: numbers in {@code double[]}, repeated labels as {@code int[]} codes, so that a million
 * rows take a few tens of megabytes and a filter is one pass over integer arrays. Columns are found
 * by header name; a missing column fails the load with the file and the column named.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class PlanTable {
  private final String[] ids;
  private final double[] probability;
  private final double[] clv;
  private final double[] expectedLoss;
  private final double[] priority;
  private final int[] risk;
  private final int[] segment;
  private final int[] rfmLabel;
  private final int[] action;
  private final int[] drivers;
  private final double[] cost;
  private final double[] saveRate;
  private final int[] rule;
  private final int[] ruleDrivers;
  private final Codes riskCodes;
  private final Codes segmentCodes;
  private final Codes rfmCodes;
  private final Codes actionCodes;
  private final Codes driverCodes;
  private final Codes ruleCodes;
  private final String[] actionDescriptions;
  private final int[] byId;

  private PlanTable(Builder b) {
    int n = b.size;
    ids = Arrays.copyOf(b.ids, n);
    probability = Arrays.copyOf(b.probability, n);
    clv = Arrays.copyOf(b.clv, n);
    expectedLoss = Arrays.copyOf(b.expectedLoss, n);
    priority = Arrays.copyOf(b.priority, n);
    risk = Arrays.copyOf(b.risk, n);
    segment = Arrays.copyOf(b.segment, n);
    rfmLabel = Arrays.copyOf(b.rfmLabel, n);
    action = Arrays.copyOf(b.action, n);
    drivers = Arrays.copyOf(b.drivers, n);
    cost = Arrays.copyOf(b.cost, n);
    saveRate = Arrays.copyOf(b.saveRate, n);
    rule = Arrays.copyOf(b.rule, n);
    ruleDrivers = Arrays.copyOf(b.ruleDrivers, n);
    riskCodes = b.riskCodes;
    segmentCodes = b.segmentCodes;
    rfmCodes = b.rfmCodes;
    actionCodes = b.actionCodes;
    driverCodes = b.driverCodes;
    ruleCodes = b.ruleCodes;
    actionDescriptions = b.actionDescriptions.toArray(String[]::new);
    byId =
        java.util.stream.IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparing(i -> ids[i]))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /**
   * Reads {@code plans.csv}, whose rows are in rank order.
   *
   * @param file the file
   * @return the table
   * @throws io.retention.core.InvalidDataException when a column is missing, a number does not
   *     parse or an id repeats
   */
  public static PlanTable read(Path file) {
    Builder b = new Builder();
    try (CsvRowReader rows = CsvRowReader.open(file)) {
      int id = rows.column(CsvPlanSink.CUSTOMER_ID);
      int p = rows.column(CsvPlanSink.CHURN_PROBABILITY);
      int r = rows.column(CsvPlanSink.RISK);
      int c = rows.column(CsvPlanSink.CLV);
      int l = rows.column(CsvPlanSink.EXPECTED_LOSS);
      int pr = rows.column(CsvPlanSink.PRIORITY);
      int s = rows.column(CsvPlanSink.SEGMENT);
      int f = rows.column(CsvPlanSink.RFM_LABEL);
      int a = rows.column(CsvPlanSink.ACTION_CODE);
      int d = rows.column(CsvPlanSink.ACTION_DESCRIPTION);
      int t = rows.column(CsvPlanSink.TOP_DRIVERS);
      int cost = rows.column(CsvPlanSink.ACTION_COST);
      int save = rows.column(CsvPlanSink.ACTION_SAVE_RATE);
      int rule = rows.column(CsvPlanSink.RULE);
      int ruleDrivers = rows.column(CsvPlanSink.RULE_DRIVERS);
      for (List<String> row = rows.next(); row != null; row = rows.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        b.add(
            rows.cell(row, id),
            rows.number(row, p),
            rows.cell(row, r),
            rows.number(row, c),
            rows.number(row, l),
            rows.number(row, pr),
            rows.cell(row, s),
            rows.cell(row, f),
            rows.cell(row, a),
            rows.cell(row, d),
            rows.cell(row, t));
        b.addAction(
            rows.number(row, cost),
            rows.number(row, save),
            rows.cell(row, rule),
            rows.cell(row, ruleDrivers));
      }
    }
    PlanTable table = new PlanTable(b);
    for (int k = 1; k < table.byId.length; k++) {
      if (table.ids[table.byId[k]].equals(table.ids[table.byId[k - 1]])) {
        throw new io.retention.core.InvalidDataException(
            file.toString(),
            io.retention.core.InvalidDataException.NO_LINE,
            CsvPlanSink.CUSTOMER_ID,
            table.ids[table.byId[k]],
            "the customer has more than one plan row");
      }
    }
    return table;
  }

  /**
   * The number of rows.
   *
   * @return the size
   */
  public int size() {
    return ids.length;
  }

  /**
   * The risk buckets present, in order of first appearance.
   *
   * @return the names
   */
  public List<String> risks() {
    return riskCodes.values();
  }

  /**
   * The segment names present, in order of first appearance.
   *
   * @return the names
   */
  public List<String> segments() {
    return segmentCodes.values();
  }

  /**
   * The RFM labels present, in order of first appearance.
   *
   * @return the labels
   */
  public List<String> rfmLabels() {
    return rfmCodes.values();
  }

  /**
   * The plan row of a customer.
   *
   * @param customerId the customer
   * @return the row, or empty when the plan has no such customer
   */
  public Optional<PlanEntry> find(String customerId) {
    int lo = 0;
    int hi = byId.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = ids[byId[mid]].compareTo(customerId);
      if (cmp == 0) {
        return Optional.of(entry(byId[mid]));
      }
      if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * One page of the rows that match a query's filters, in rank order, with the number of matches.
   *
   * @param query the filters and the page
   * @return the page
   */
  public PlanPage page(PlanQuery query) {
    Filter filter = new Filter(query);
    List<PlanEntry> rows = new java.util.ArrayList<>(Math.min(query.limit(), size()));
    long total = 0;
    int end = query.offset() + query.limit();
    for (int i = 0; i < ids.length; i++) {
      if (filter.matches(i)) {
        if (total >= query.offset() && total < end) {
          rows.add(entry(i));
        }
        total++;
      }
    }
    return new PlanPage(total, query.offset(), query.limit(), rows);
  }

  /**
   * Every row that matches a query's filters, in rank order, whatever its page.
   *
   * @param query the filters (its page is ignored)
   * @param sink receives each matching row
   * @return how many rows matched
   */
  public long forEachMatch(PlanQuery query, Consumer<PlanEntry> sink) {
    Filter filter = new Filter(query);
    long total = 0;
    for (int i = 0; i < ids.length; i++) {
      if (filter.matches(i)) {
        sink.accept(entry(i));
        total++;
      }
    }
    return total;
  }

  /**
   * How many customers each action covers, with its total cost and expected saved value (churn
   * probability × lifetime value × save rate, summed), most customers first: the figures a run
   * records in its summary, counted from the file.
   *
   * @return one count per action
   */
  public List<RunSummary.ActionCount> actions() {
    int k = actionCodes.values().size();
    long[] customers = new long[k];
    double[] spent = new double[k];
    double[] saved = new double[k];
    for (int i = 0; i < ids.length; i++) {
      int a = action[i];
      customers[a]++;
      spent[a] += cost[i];
      saved[a] += probability[i] * clv[i] * saveRate[i];
    }
    List<RunSummary.ActionCount> out = new java.util.ArrayList<>();
    for (int a = 0; a < k; a++) {
      out.add(
          new RunSummary.ActionCount(
              actionCodes.decode(a), actionDescriptions[a], customers[a], spent[a], saved[a]));
    }
    out.sort(
        Comparator.comparingLong(RunSummary.ActionCount::customers)
            .reversed()
            .thenComparing(RunSummary.ActionCount::action));
    return List.copyOf(out);
  }

  /**
   * The head of the plan as a run's summary keeps it, each reason the rule and the drivers it
   * matched (or the strongest drivers when it matched none).
   *
   * @param n how many rows, at most
   * @return the rows, in rank order
   */
  public List<RunSummary.PlanRow> top(int n) {
    List<RunSummary.PlanRow> out = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(n, ids.length); i++) {
      String matched = driverCodes.decode(ruleDrivers[i]);
      String drivers = matched.isEmpty() ? driverCodes.decode(this.drivers[i]) : matched;
      String reason = ruleCodes.decode(rule[i]);
      if (!drivers.isEmpty()) {
        reason += ": " + String.join(", ", drivers.split(CsvPlanSink.LIST_SEPARATOR, -1));
      }
      out.add(
          new RunSummary.PlanRow(
              i + 1,
              ids[i],
              probability[i],
              riskCodes.decode(risk[i]),
              clv[i],
              priority[i],
              segmentCodes.decode(segment[i]),
              rfmCodes.decode(rfmLabel[i]),
              actionCodes.decode(action[i]),
              reason));
    }
    return List.copyOf(out);
  }

  private PlanEntry entry(int i) {
    String cell = driverCodes.decode(drivers[i]);
    List<String> top =
        cell.isEmpty() ? List.of() : List.of(cell.split(CsvPlanSink.LIST_SEPARATOR, -1));
    return new PlanEntry(
        i + 1,
        ids[i],
        probability[i],
        riskCodes.decode(risk[i]),
        clv[i],
        expectedLoss[i],
        priority[i],
        segmentCodes.decode(segment[i]),
        rfmCodes.decode(rfmLabel[i]),
        actionCodes.decode(action[i]),
        actionDescriptions[action[i]],
        top);
  }

  /** A query's filters as per-code flags; a null array lets every code through. */
  private final class Filter {
    private final boolean[] risk;
    private final boolean[] segment;
    private final boolean[] rfm;

    Filter(PlanQuery q) {
      risk = allowed(q.risks(), riskCodes);
      segment = allowed(q.segments(), segmentCodes);
      rfm = allowed(q.rfmLabels(), rfmCodes);
    }

    boolean matches(int i) {
      return (risk == null || risk[PlanTable.this.risk[i]])
          && (segment == null || segment[PlanTable.this.segment[i]])
          && (rfm == null || rfm[rfmLabel[i]]);
    }

    private boolean[] allowed(Set<String> values, Codes codes) {
      if (values.isEmpty()) {
        return null;
      }
      boolean[] ok = new boolean[codes.values().size()];
      for (String v : values) {
        codes.find(v).ifPresent(code -> ok[code] = true);
      }
      return ok;
    }
  }

  /** Growable columns filled while the file is read. */
  private static final class Builder {
    private static final int INITIAL = 1 << 12;
    private int size;
    private String[] ids = new String[INITIAL];
    private double[] probability = new double[INITIAL];
    private double[] clv = new double[INITIAL];
    private double[] expectedLoss = new double[INITIAL];
    private double[] priority = new double[INITIAL];
    private int[] risk = new int[INITIAL];
    private int[] segment = new int[INITIAL];
    private int[] rfmLabel = new int[INITIAL];
    private int[] action = new int[INITIAL];
    private int[] drivers = new int[INITIAL];
    private double[] cost = new double[INITIAL];
    private double[] saveRate = new double[INITIAL];
    private int[] rule = new int[INITIAL];
    private int[] ruleDrivers = new int[INITIAL];
    private final Codes riskCodes = new Codes();
    private final Codes segmentCodes = new Codes();
    private final Codes rfmCodes = new Codes();
    private final Codes actionCodes = new Codes();
    private final Codes driverCodes = new Codes();
    private final Codes ruleCodes = new Codes();
    private final List<String> actionDescriptions = new java.util.ArrayList<>();

    @SuppressWarnings("TooManyParameters")
    void add(
        String id,
        double p,
        String r,
        double c,
        double l,
        double pr,
        String s,
        String f,
        String a,
        String d,
        String t) {
      if (size == ids.length) {
        int n = size * 2;
        ids = Arrays.copyOf(ids, n);
        probability = Arrays.copyOf(probability, n);
        clv = Arrays.copyOf(clv, n);
        expectedLoss = Arrays.copyOf(expectedLoss, n);
        priority = Arrays.copyOf(priority, n);
        risk = Arrays.copyOf(risk, n);
        segment = Arrays.copyOf(segment, n);
        rfmLabel = Arrays.copyOf(rfmLabel, n);
        action = Arrays.copyOf(action, n);
        drivers = Arrays.copyOf(drivers, n);
        cost = Arrays.copyOf(cost, n);
        saveRate = Arrays.copyOf(saveRate, n);
        rule = Arrays.copyOf(rule, n);
        ruleDrivers = Arrays.copyOf(ruleDrivers, n);
      }
      ids[size] = id;
      probability[size] = p;
      risk[size] = riskCodes.encode(r);
      clv[size] = c;
      expectedLoss[size] = l;
      priority[size] = pr;
      segment[size] = segmentCodes.encode(s);
      rfmLabel[size] = rfmCodes.encode(f);
      int code = actionCodes.encode(a);
      if (code == actionDescriptions.size()) {
        actionDescriptions.add(d);
      }
      action[size] = code;
      drivers[size] = driverCodes.encode(t);
      size++;
    }

    /** The action's cost and save rate and the rule behind it, of the row just added. */
    void addAction(double c, double rate, String r, String rd) {
      int i = size - 1;
      cost[i] = c;
      saveRate[i] = rate;
      rule[i] = ruleCodes.encode(r);
      ruleDrivers[i] = driverCodes.encode(rd);
    }
  }
}
