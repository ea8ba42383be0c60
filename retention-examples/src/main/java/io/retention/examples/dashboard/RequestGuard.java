package io.retention.examples.dashboard;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every request to a server of this project passes before it is routed: the {@code Host}
 * header must name the server (a page on another site that rebinds its DNS name to 127.0.0.1 cannot
 * read the dashboard), a body is JSON and bounded, and every answer carries the headers that keep a
 * browser from sniffing types, framing the pages or leaking the address. Immutable and thread-safe.
 */
final class RequestGuard {
  /** The largest request body, in bytes. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /** The only media type a POST body may have. */
  static final String JSON_MEDIA_TYPE = "application/json";

  /**
   * The page policy: the dashboard's own scripts, styles and API, nothing inline, nothing from
   * elsewhere, never framed.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> hosts;
  private final int port;

  /**
   * A guard for a server on a port.
   *
   * @param allowedHosts the host names (without port) a request may address besides the loopback
   *     names, lower case
   * @param port the port the server listens on
   */
  RequestGuard(Set<String> allowedHosts, int port) {
    this.hosts = Set.copyOf(allowedHosts);
    this.port = port;
  }

  /**
   * Sets the security headers of the answer and refuses a request whose {@code Host} header names
   * another server.
   *
   * @param exchange the request
   * @throws ApiException 421 naming the host
   */
  void check(HttpExchange exchange) {
    Headers out = exchange.getResponseHeaders();
    out.set("X-Content-Type-Options", "nosniff");
    out.set("X-Frame-Options", "DENY");
    out.set("Referrer-Policy", "no-referrer");
    out.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !allowed(host.trim().toLowerCase(Locale.ROOT))) {
      throw new ApiException(
          ApiException.MISDIRECTED,
          "Host",
          "this server answers only requests addressed to it, not to '" + host + "'");
    }
  }

  private boolean allowed(String host) {
    int colon = host.lastIndexOf(':');
    String name = host;
    if (colon > host.lastIndexOf(']')) {
      if (!host.substring(colon + 1).equals(Integer.toString(port))) {
        return false;
      }
      name = host.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(name) || hosts.contains(name);
  }

  /**
   * Reads a JSON request body, refusing another media type (415) and a body larger than {@link
   * #MAX_BODY_BYTES} (413), whether declared or sent.
   *
   * @param exchange the request
   * @return the body's bytes
   * @throws IOException when the connection fails
   * @throws ApiException 413 or 415
   */
  static byte[] jsonBody(HttpExchange exchange) throws IOException {
    Headers in = exchange.getRequestHeaders();
    String type = in.getFirst("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!media.equals(JSON_MEDIA_TYPE)) {
      throw new ApiException(
          ApiException.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type",
          "the body must be " + JSON_MEDIA_TYPE + ", got " + (type == null ? "none" : type));
    }
    String declared = in.getFirst("Content-Length");
    if (declared != null && tooLong(declared)) {
      throw tooLarge();
    }
    byte[] bytes;
    try (InputStream body = exchange.getRequestBody()) {
      bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return bytes;
  }

  private static boolean tooLong(String declared) {
    try {
      return Long.parseLong(declared.trim()) > MAX_BODY_BYTES;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(
        ApiException.PAYLOAD_TOO_LARGE,
        "body",
        "the request body is larger than " + MAX_BODY_BYTES + " bytes");
  }

  /**
   * The host names a server bound to an address answers besides the loopback names.
   *
   * @param bound the address the server binds
   * @param extra names configured by the user
   * @return lower-case names
   */
  static Set<String> hostsFor(String bound, List<String> extra) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    String b = bound.toLowerCase(Locale.ROOT);
    out.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
    for (String e : extra) {
      out.add(e.trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
