package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.RetentionException;
import io.retention.core.domain.RiskThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests a hostile page or client on the same machine would send, over raw sockets. */
class DashboardHardeningTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = RunFolder.jsonMapper();
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

  /** An answer read off the socket: the status line, the header block and the body. */
  private record Raw(int status, String headers, String body) {
    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private static Raw raw(DashboardServer to, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", to.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("the connection closed inside the headers: " + head);
        }
        head.append((char) b);
      }
      String block = head.substring(0, head.length() - 4);
      int status = Integer.parseInt(block.split(" ")[1]);
      Raw headers = new Raw(status, block.substring(block.indexOf("\r\n") + 2), "");
      String length = headers.header("Content-Length");
      // A sized answer is read by its length: the server may hold the connection open after it.
      byte[] body =
          length != null && !request.startsWith("HEAD")
              ? in.readNBytes(Integer.parseInt(length))
              : in.readAllBytes();
      return new Raw(status, headers.headers(), new String(body, StandardCharsets.UTF_8));
    }
  }

  private static String request(String method, String path, String host, String... headers) {
    StringBuilder sb = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    sb.append("Host: ").append(host).append("\r\n");
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("Connection: close\r\n\r\n").toString();
  }

  private static String field(Raw r) throws IOException {
    return JSON.readTree(r.body()).get("field").asText();
  }

  private static String local() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void aRequestAddressedToAnotherHostNameIsMisdirected() throws IOException {
    Raw rebound = raw(server, request("GET", "/api/summary", "attacker.example:" + server.port()));
    assertEquals(421, rebound.status(), rebound.body());
    assertEquals("Host", field(rebound), rebound.body());
    assertEquals(421, raw(server, request("GET", "/api/meta", "127.0.0.1:1")).status());
    for (String host :
        List.of(local(), "localhost:" + server.port(), "LOCALHOST:" + server.port())) {
      assertEquals(200, raw(server, request("GET", "/api/meta", host)).status(), host);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws IOException {
    for (String path : List.of("/segments", "/api/meta", "/nowhere")) {
      Raw r = raw(server, request("GET", path, local()));
      assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
      assertEquals("DENY", r.header("X-Frame-Options"), path);
      assertEquals("no-referrer", r.header("Referrer-Policy"), path);
      assertEquals(RequestGuard.CONTENT_SECURITY_POLICY, r.header("Content-Security-Policy"), path);
    }
  }

  @Test
  void aPostThatIsNotJsonIsRefused() throws IOException {
    String body = "{}";
    Raw plain =
        raw(
            server,
            request(
                    "POST",
                    "/api/predict",
                    local(),
                    "Content-Type: text/plain",
                    "Content-Length: 2")
                + body);
    assertEquals(415, plain.status(), plain.body());
    assertEquals("Content-Type", field(plain), plain.body());
    Raw none = raw(server, request("POST", "/api/predict", local(), "Content-Length: 2") + body);
    assertEquals(415, none.status(), none.body());
  }

  @Test
  void anOversizedBodyIsRefusedWhetherDeclaredOrSent() throws IOException {
    Raw declared =
        raw(
            server,
            request(
                "POST",
                "/api/predict",
                local(),
                "Content-Type: application/json",
                "Content-Length: 100000000"));
    assertEquals(413, declared.status(), declared.body());
    String big = "{\"x\":\"" + "a".repeat(RequestGuard.MAX_BODY_BYTES) + "\"}";
    String chunked =
        request(
                "POST",
                "/api/predict",
                local(),
                "Content-Type: application/json",
                "Transfer-Encoding: chunked")
            + Integer.toHexString(big.length())
            + "\r\n"
            + big
            + "\r\n0\r\n\r\n";
    Raw sent = raw(server, chunked);
    assertEquals(413, sent.status(), sent.body());
  }

  @Test
  void headIsAnsweredLikeGetWithoutABody() throws IOException {
    for (String path : List.of("/segments", "/api/meta", "/api/plans.csv")) {
      Raw get = raw(server, request("GET", path, local()));
      Raw head = raw(server, request("HEAD", path, local()));
      assertEquals(get.status(), head.status(), path);
      assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
      assertEquals("", head.body(), path);
      if (get.header("Content-Length") != null) {
        assertEquals(get.header("Content-Length"), head.header("Content-Length"), path);
      }
    }
  }

  @Test
  void stalledClientsDoNotStarveOthers() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        stalled.add(stall(server));
      }
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/meta"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        best = Math.min(best, System.nanoTime() - t0);
        assertEquals(200, r.statusCode());
      }
      assertTrue(best < 100_000_000L, "best of five took " + best / 1_000_000 + " ms");
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  @Test
  void aStalledClientIsCutOffAfterTheRequestTimeLimit() throws Exception {
    try (DashboardServer one =
            DashboardServer.start(data, new DashboardConfig("127.0.0.1", 0, 1, false, List.of()));
        Socket s = stall(one)) {
      // A request waiting for the thread counts against the limit too, so this one comes later.
      Thread.sleep(2_000);
      long t0 = System.nanoTime();
      Raw r = raw(one, request("GET", "/api/meta", "127.0.0.1:" + one.port()));
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertEquals(200, r.status());
      assertTrue(
          seconds < DashboardServer.MAX_REQUEST_SECONDS + 5,
          "the only thread was freed after " + seconds + " s");
      InputStream in = s.getInputStream();
      s.setSoTimeout(5_000);
      assertEquals(-1, in.read(), "the stalled connection is closed");
    }
  }

  private static Socket stall(DashboardServer to) throws IOException {
    Socket s = new Socket("127.0.0.1", to.port());
    s.getOutputStream()
        .write(
            ("POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1:"
                    + to.port()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                .getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
    return s;
  }

  @Test
  void anAddressOtherMachinesReachNeedsToBeAllowed() {
    DashboardConfig wide = DashboardConfig.DEFAULTS.withHost("0.0.0.0").withPort(0);
    RetentionException e =
        assertThrows(RetentionException.class, () -> DashboardServer.start(data, wide));
    assertTrue(e.getMessage().contains("--allow-remote"), e.getMessage());
    try (DashboardServer open = DashboardServer.start(data, wide.withAllowRemote(true))) {
      assertTrue(open.port() > 0);
    }
  }
}
