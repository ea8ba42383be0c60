package io.retention.examples.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retention.adapters.csv.RunFolder;
import io.retention.core.domain.Customer;
import io.retention.core.domain.RiskThresholds;
import io.retention.core.testing.Mutations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated prediction bodies and mutated raw requests: the dashboard's JSON parsing and validation
 * answer a prediction or a 400 naming a field, and the server answers every request with a status
 * below 500, never a stack trace. Tries: {@code jqwik.tries.default}.
 */
class DashboardFuzzTest {
  private static final ObjectMapper JSON = RunFolder.jsonMapper();
  private static DashboardData data;
  private static DashboardServer server;
  private static byte[] validBody;

  @BeforeContainer
  static void start() throws JsonProcessingException {
    data = DashboardData.load(TestRuns.shared(), RiskThresholds.DEFAULTS);
    server = DashboardServer.start(data, DashboardConfig.DEFAULTS.withPort(0));
    Customer c = TestRuns.sharedCustomers().get(3);
    Map<String, Object> body = new LinkedHashMap<>();
    for (FormField f : data.form()) {
      if (f.kind().equals(FormField.NUMERIC)) {
        body.put(f.name(), c.numericValue(f.name()).orElse(1.0));
      } else {
        body.put(f.name(), c.categoricalValue(f.name()).orElseThrow());
      }
    }
    validBody = JSON.writeValueAsBytes(body);
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property
  void aMutatedBodyIsPredictedOrRefusedNamingAField(@ForAll long seed) {
    byte[] bytes = Mutations.mutate(validBody, seed);
    Map<String, Object> input;
    try {
      input = JSON.readValue(bytes, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      return; // answered 400 "the body must be a JSON object of attributes"
    }
    if (input == null) {
      return;
    }
    try {
      Prediction p = data.predict(input);
      assertTrue(p.probability() >= 0.0 && p.probability() <= 1.0);
    } catch (ApiException e) {
      assertFalse(e.getMessage().isBlank());
      assertNotEquals(500, e.status());
    }
  }

  @Property
  void aMutatedRawRequestIsAnsweredBelow500(@ForAll long seed) throws IOException {
    String head =
        "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1:"
            + server.port()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + validBody.length
            + "\r\nConnection: close\r\n\r\n";
    byte[] request = new byte[head.length() + validBody.length];
    System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, request, 0, head.length());
    System.arraycopy(validBody, 0, request, head.length(), validBody.length);
    byte[] mutated = Mutations.mutate(request, seed);
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(15_000);
      OutputStream out = s.getOutputStream();
      out.write(mutated);
      out.flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      String answer = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
      if (answer.isEmpty()) {
        return; // the JDK server closed a request it could not parse
      }
      assertTrue(answer.startsWith("HTTP/1.1 "), answer);
      int status = Integer.parseInt(answer.substring(9, 12));
      assertTrue(status < 500, answer);
      assertFalse(answer.contains("\tat "), answer);
    } catch (SocketException e) {
      // the server reset a connection whose request it could not parse
    }
  }
}
