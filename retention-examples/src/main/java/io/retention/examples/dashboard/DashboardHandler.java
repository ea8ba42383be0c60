package io.retention.examples.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.retention.adapters.csv.CellEscaping;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.domain.RiskBucket;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Routes the dashboard's requests: pages and static files, and the JSON API. A bad request is
 * answered 400 with the field that is wrong, an unknown customer 404, and an unexpected failure 500
 * with a short message; no answer ever carries a stack trace. Thread-safe (stateless but for the
 * immutable data).
 */
final class DashboardHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(DashboardHandler.class.getName());
  private static final ObjectMapper JSON = RunFolder.jsonMapper();
  private static final int OK = 200;
  private static final int FOUND = 302;
  private static final int SERVER_ERROR = 500;
  private static final String HEAD = "HEAD";
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final String CUSTOMERS = "/api/customers/";
  private static final Set<String> FILTERS = Set.of("risk", "segment", "rfm");
  private static final Set<String> PAGE = Set.of("offset", "limit");

  /** The columns of the CSV download, in order. */
  static final List<String> CSV_HEADER =
      List.of(
          "rank",
          "customer_id",
          "churn_probability",
          "risk",
          "clv",
          "expected_loss",
          "priority",
          "segment",
          "rfm_label",
          "action_code",
          "action_description",
          "top_drivers");

  private final DashboardData data;
  private final StaticFiles files;
  private final RequestGuard guard;

  DashboardHandler(DashboardData data, StaticFiles files, RequestGuard guard) {
    this.data = data;
    this.files = files;
    this.guard = guard;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        guard.check(exchange);
        route(exchange);
      } catch (ApiException e) {
        error(exchange, e.status(), e.field(), e.getMessage());
      } catch (RetentionException | IllegalArgumentException e) {
        // A domain failure on valid input (for example a customer the features cannot transform).
        LOG.log(System.Logger.Level.WARNING, "request failed: " + e.getMessage());
        error(exchange, SERVER_ERROR, "", e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "request failed", e);
        error(exchange, SERVER_ERROR, "", "internal error (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/api/predict")) {
      requireMethod(method, "POST");
      json(exchange, data.predict(body(exchange)));
      return;
    }
    if (!method.equals(HEAD)) {
      requireMethod(method, "GET");
    }
    Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
    if (path.equals("/")) {
      exchange.getResponseHeaders().set("Location", "/segments");
      exchange.sendResponseHeaders(FOUND, -1);
    } else if (path.equals("/api/summary")) {
      json(exchange, data.summary());
    } else if (path.equals("/api/meta")) {
      json(exchange, meta());
    } else if (path.equals("/api/plans")) {
      json(exchange, data.plans().page(planQuery(query, true)));
    } else if (path.equals("/api/plans.csv")) {
      csv(exchange, planQuery(query, false));
    } else if (path.startsWith(CUSTOMERS) && path.length() > CUSTOMERS.length()) {
      String id = path.substring(CUSTOMERS.length());
      json(
          exchange,
          data.customer(id)
              .orElseThrow(
                  () ->
                      new ApiException(
                          ApiException.NOT_FOUND,
                          "customer",
                          "no customer '" + id + "' in this run")));
    } else {
      StaticFiles.Asset asset =
          files
              .get(path)
              .orElseThrow(
                  () -> new ApiException(ApiException.NOT_FOUND, "path", "no page at " + path));
      exchange.getResponseHeaders().set("Content-Type", asset.contentType());
      reply(exchange, OK, asset.bytes());
    }
  }

  private static void requireMethod(String method, String expected) {
    if (!method.equals(expected)) {
      throw new ApiException(
          ApiException.METHOD_NOT_ALLOWED, "method", method + " not allowed here; use " + expected);
    }
  }

  private Map<String, Object> meta() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customers", data.customers().size());
    m.put("plans", data.plans().size());
    m.put("risks", data.plans().risks());
    m.put("segments", data.plans().segments());
    m.put("rfmLabels", data.plans().rfmLabels());
    m.put("model", data.modelDescription());
    m.put("form", data.form());
    m.put("maxLimit", PlanQuery.MAX_LIMIT);
    m.put("missing", data.missing());
    return m;
  }

  private PlanQuery planQuery(Map<String, List<String>> query, boolean paged) {
    for (String name : query.keySet()) {
      if (!FILTERS.contains(name) && !(paged && PAGE.contains(name))) {
        throw ApiException.badField(name, "unknown parameter '" + name + "'");
      }
    }
    List<String> risks = query.getOrDefault("risk", List.of());
    List<String> names = Arrays.stream(RiskBucket.values()).map(Enum::name).toList();
    for (String r : risks) {
      if (!names.contains(r)) {
        throw ApiException.badField("risk", "risk must be one of " + names + ", got '" + r + "'");
      }
    }
    Set<String> segments = known(query, "segment", data.plans().segments());
    Set<String> rfm = known(query, "rfm", data.plans().rfmLabels());
    int offset = integer(query, "offset", 0);
    int limit = integer(query, "limit", PlanQuery.DEFAULT_LIMIT);
    if (offset < 0) {
      throw ApiException.badField("offset", "offset must be >= 0, got " + offset);
    }
    if (limit < 1 || limit > PlanQuery.MAX_LIMIT) {
      throw ApiException.badField(
          "limit", "limit must be between 1 and " + PlanQuery.MAX_LIMIT + ", got " + limit);
    }
    return new PlanQuery(new HashSet<>(risks), segments, rfm, offset, limit);
  }

  private static Set<String> known(
      Map<String, List<String>> query, String field, List<String> values) {
    Set<String> out = new HashSet<>();
    for (String v : query.getOrDefault(field, List.of())) {
      if (!values.contains(v)) {
        throw ApiException.badField(field, "no " + field + " '" + v + "' in this run");
      }
      out.add(v);
    }
    return out;
  }

  private static int integer(Map<String, List<String>> query, String field, int fallback) {
    List<String> values = query.get(field);
    if (values == null) {
      return fallback;
    }
    if (values.size() != 1) {
      throw ApiException.badField(field, field + " given " + values.size() + " times");
    }
    try {
      return Integer.parseInt(values.get(0).trim());
    } catch (NumberFormatException e) {
      throw ApiException.badField(
          field, field + " must be a whole number, got '" + values.get(0) + "'");
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!value.isEmpty()) {
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        out.computeIfAbsent(name, k -> new ArrayList<>());
      }
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("query", "malformed query string: " + e.getMessage());
    }
  }

  private static Map<String, Object> body(HttpExchange exchange) throws IOException {
    byte[] bytes = RequestGuard.jsonBody(exchange);
    try {
      Map<String, Object> m = JSON.readValue(bytes, new TypeReference<Map<String, Object>>() {});
      if (m == null) {
        throw ApiException.badField("body", "the body must be a JSON object of attributes");
      }
      return m;
    } catch (JsonProcessingException e) {
      throw ApiException.badField(
          "body", "the body must be a JSON object of attributes: " + e.getOriginalMessage());
    }
  }

  private static void json(HttpExchange exchange, Object value) throws IOException {
    send(exchange, OK, JSON.writeValueAsBytes(value));
  }

  private static void error(HttpExchange exchange, int status, String field, String message)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status);
    m.put("field", field);
    m.put("error", message == null ? "" : message);
    send(exchange, status, JSON.writeValueAsBytes(m));
  }

  private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    reply(exchange, status, bytes);
  }

  /** Sends an answer; to a HEAD request, its headers only. */
  private static void reply(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    if (exchange.getRequestMethod().equals(HEAD)) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void csv(HttpExchange exchange, PlanQuery query) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"retention-actions.csv\"");
    if (exchange.getRequestMethod().equals(HEAD)) {
      exchange.sendResponseHeaders(OK, -1);
      return;
    }
    exchange.sendResponseHeaders(OK, 0);
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8))) {
      out.write(String.join(",", CSV_HEADER));
      out.write("\r\n");
      try {
        data.plans()
            .forEachMatch(
                query,
                e -> {
                  try {
                    out.write(csvRow(e));
                  } catch (IOException x) {
                    throw new UncheckedIOException(x);
                  }
                });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  private static String csvRow(PlanEntry e) {
    List<String> cells =
        List.of(
            Integer.toString(e.rank()),
            e.customerId(),
            number(e.churnProbability()),
            e.risk(),
            number(e.clv()),
            number(e.expectedLoss()),
            number(e.priority()),
            e.segment(),
            e.rfmLabel(),
            e.action(),
            e.actionDescription(),
            String.join("; ", e.topDrivers()));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = CellEscaping.NEUTRALISE_FORMULAS.write(cells.get(i));
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append("\r\n").toString();
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%s", v) : "";
  }
}
