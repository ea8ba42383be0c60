package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.domain.Customer;
import io.retention.core.domain.RetentionPlan;
import io.retention.core.domain.RiskThresholds;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API and the pages, over HTTP, on a real run. */
class DashboardServerTest {
  private static final ObjectMapper JSON = RunFolder.jsonMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static DashboardData data;
  private static DashboardServer server;

  @BeforeAll
  static void start() {
    data = DashboardData.load(TestRuns.shared(), RiskThresholds.DEFAULTS);
    server = DashboardServer.start(data, DashboardConfig.DEFAULTS.withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertRefused(HttpResponse<String> r, int status, String field)
      throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(field, body.get("field").asText(), r.body());
    assertFalse(body.get("error").asText().isBlank());
    assertFalse(r.body().contains("\tat "), "no stack trace: " + r.body());
    assertFalse(r.body().contains("Exception"), "no exception names: " + r.body());
  }

  @Test
  void listensOnLoopbackAtTheFreePortItChose() {
    assertEquals("127.0.0.1", server.uri().getHost());
    assertEquals(server.port(), server.uri().getPort());
    assertTrue(server.port() > 0);
  }

  @Test
  void theSummaryCarriesTheRunsSegmentsRfmAndContent() throws Exception {
    HttpResponse<String> r = get("/api/summary");
    assertEquals(200, r.statusCode());
    JsonNode s = JSON.readTree(r.body());
    long sizes = 0;
    for (JsonNode seg : s.get("segmentation").get("segments")) {
      sizes += seg.get("customers").asLong();
    }
    assertEquals(TestRuns.CUSTOMERS, sizes);
    assertFalse(s.get("rfm").get("labels").isEmpty());
    assertFalse(s.get("content").get("churnByFavouriteGenre").isEmpty());
  }

  @Test
  void aFilteredPageHoldsOnlyMatchingRowsInRankOrderWithTheTotalOfMatches() throws Exception {
    List<RetentionPlan> plans = TestRuns.sharedPlans();
    String segment = plans.get(0).segment();
    List<RetentionPlan> expected =
        plans.stream()
            .filter(p -> p.risk().name().equals("HIGH") || p.risk().name().equals("MEDIUM"))
            .filter(p -> p.segment().equals(segment))
            .toList();

    HttpResponse<String> r =
        get(
            "/api/plans?risk=HIGH&risk=MEDIUM&segment="
                + java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                + "&offset=1&limit=5");

    assertEquals(200, r.statusCode(), r.body());
    JsonNode page = JSON.readTree(r.body());
    assertEquals(expected.size(), page.get("total").asLong());
    List<String> ids = new ArrayList<>();
    page.get("rows").forEach(row -> ids.add(row.get("customerId").asText()));
    assertEquals(expected.stream().skip(1).limit(5).map(p -> p.customer().value()).toList(), ids);
  }

  @Test
  void theCsvDownloadHoldsEveryMatchingRowAndNoOther() throws Exception {
    List<RetentionPlan> plans = TestRuns.sharedPlans();
    String label = plans.get(plans.size() / 2).rfmLabel();
    List<String> expected =
        plans.stream()
            .filter(p -> p.rfmLabel().equals(label) && p.risk().name().equals("LOW"))
            .map(p -> p.customer().value())
            .toList();

    HttpResponse<String> r =
        get(
            "/api/plans.csv?risk=LOW&rfm="
                + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8));

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    List<Map<String, String>> rows = DashboardCsv.parse(r.body());
    assertEquals(expected, rows.stream().map(row -> row.get("customer_id")).toList());
    for (Map<String, String> row : rows) {
      assertEquals("LOW", row.get("risk"));
      assertEquals(label, row.get("rfm_label"));
    }
  }

  @Test
  void aCustomerLookupScoresAndExplainsWithTheRunsModel() throws Exception {
    Customer c = TestRuns.sharedCustomers().get(7);
    HttpResponse<String> r = get("/api/customers/" + c.id().value());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = JSON.readTree(r.body());
    JsonNode p = d.get("prediction");
    double expected = TestRuns.sharedBundle().score(c).probability();
    assertEquals(expected, p.get("probability").asDouble(), 1e-12);
    RetentionPlan plan =
        TestRuns.sharedPlans().stream()
            .filter(x -> x.customer().equals(c.id()))
            .findFirst()
            .orElseThrow();
    assertEquals(plan.segment(), p.get("segment").asText());
    assertEquals(plan.rfmLabel(), p.get("rfm").get("label").asText());
    assertEquals(plan.risk().name(), p.get("risk").asText());
    JsonNode w = p.get("explanation");
    double sum = w.get("baseValue").asDouble();
    for (JsonNode step : w.get("steps")) {
      sum += step.get("contribution").asDouble();
    }
    assertEquals(w.get("prediction").asDouble(), sum, 1e-9);
    assertFalse(p.get("reasons").isEmpty());
    assertEquals(1, d.get("plan").size());
  }

  @Test
  void theFormPredictsForTypedAttributes() throws Exception {
    Customer c = TestRuns.sharedCustomers().get(3);
    Map<String, Object> body = attributesOf(c);

    HttpResponse<String> r = post("/api/predict", JSON.writeValueAsString(body));

    assertEquals(200, r.statusCode(), r.body());
    JsonNode p = JSON.readTree(r.body());
    double expected = TestRuns.sharedBundle().score(c).probability();
    assertEquals(expected, p.get("probability").asDouble(), 1e-12);
    assertEquals(DashboardData.FORM_CUSTOMER, p.get("customerId").asText());
    assertFalse(p.get("rfm").get("label").asText().isBlank());
  }

  static Map<String, Object> attributesOf(Customer c) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (FormField f : data.form()) {
      if (f.kind().equals(FormField.NUMERIC)) {
        body.put(f.name(), c.numericValue(f.name()).orElse(30.0));
      } else {
        body.put(f.name(), c.categoricalValue(f.name()).orElseThrow());
      }
    }
    return body;
  }

  @Test
  void theFormRefusesImpossibleValuesNamingTheField() throws Exception {
    Map<String, Object> body = attributesOf(TestRuns.sharedCustomers().get(3));
    body.put("watch_hours", -4);
    assertRefused(post("/api/predict", JSON.writeValueAsString(body)), 400, "watch_hours");
    body.put("watch_hours", "lots");
    assertRefused(post("/api/predict", JSON.writeValueAsString(body)), 400, "watch_hours");
    body.put("watch_hours", 10);
    body.put("subscription_type", "Platinum");
    assertRefused(post("/api/predict", JSON.writeValueAsString(body)), 400, "subscription_type");
    body.remove("subscription_type");
    assertRefused(post("/api/predict", JSON.writeValueAsString(body)), 400, "subscription_type");
    assertRefused(post("/api/predict", "{not json"), 400, "body");
  }

  @Test
  void badQueryParametersAreRefusedNamingTheParameter() throws Exception {
    assertRefused(get("/api/plans?limit=0"), 400, "limit");
    assertRefused(get("/api/plans?limit=ten"), 400, "limit");
    assertRefused(get("/api/plans?offset=-1"), 400, "offset");
    assertRefused(get("/api/plans?risk=EXTREME"), 400, "risk");
    assertRefused(get("/api/plans?segment=Nobody"), 400, "segment");
    assertRefused(get("/api/plans?rfm=Nobody"), 400, "rfm");
    assertRefused(get("/api/plans?sort=clv"), 400, "sort");
    assertRefused(get("/api/plans.csv?limit=5"), 400, "limit");
  }

  @Test
  void anUnknownCustomerOrPathIsNotFoundAndAWrongMethodNotAllowed() throws Exception {
    assertRefused(get("/api/customers/NOPE"), 404, "customer");
    assertRefused(get("/nowhere"), 404, "path");
    assertRefused(post("/api/plans", "{}"), 405, "method");
    assertRefused(get("/api/predict"), 405, "method");
  }

  @Test
  void servesTheFourPagesAndChartJsWithoutTheNetwork() throws Exception {
    for (String page : StaticFiles.PAGES.keySet()) {
      HttpResponse<String> r = get(page);
      assertEquals(200, r.statusCode(), page);
      assertTrue(r.body().contains("/assets/chart.umd.js"), page);
      assertFalse(r.body().contains("http://") || r.body().contains("https://"), page);
    }
    HttpResponse<String> chart = get(StaticFiles.CHART_JS);
    assertEquals(200, chart.statusCode());
    assertTrue(chart.body().contains("Chart"));
    HttpResponse<String> root = get("/");
    assertEquals(302, root.statusCode());
  }

  @Test
  void aTakenPortIsReportedClearly() {
    DashboardConfig taken = DashboardConfig.DEFAULTS.withPort(server.port());
    RetentionException e =
        assertThrows(RetentionException.class, () -> DashboardServer.start(data, taken));
    assertTrue(e.getMessage().contains(String.valueOf(server.port())), e.getMessage());
  }
}
