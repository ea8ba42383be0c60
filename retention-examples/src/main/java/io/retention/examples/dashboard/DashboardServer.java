package io.retention.examples.dashboard;

import com.sun.net.httpserver.HttpServer;
import io.retention.core.RetentionException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dashboard's web server: the JDK's embedded HTTP server serving the four pages, their static
 * files (Chart.js from its WebJar, so the pages need no network) and the JSON API over a run's
 * {@link DashboardData}. Request threads are daemon threads.
 *
 * <p>Hardened for a shared machine: loopback unless {@link DashboardConfig#allowRemote} is set,
 * requests addressed to another host name refused (421), security headers on every answer, a
 * bounded request queue, a limit on open connections and on the time a client may take to send its
 * request, so that stalled clients hold a thread for {@link #MAX_REQUEST_SECONDS} at most. The
 * limits are the JDK server's system properties, set when this class is first used unless already
 * set, and so hold for every JDK server in the process.
 *
 * <p>Thread-safe; {@link #close} stops it.
 */
public final class DashboardServer implements AutoCloseable {
  /**
   * The JDK server's switch for TCP_NODELAY. It writes a response's headers and body separately;
   * without it, Nagle's algorithm holds the body back until the client's delayed acknowledgement,
   * which added about 40 ms to every answer here. Read once, when the JDK's server is first used.
   */
  static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  /**
   * The JDK server's limit, in seconds, on receiving a request (its line, headers and body): a
   * client that declares a body and stalls is disconnected after it, freeing its thread.
   */
  static final String MAX_REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";

  /** The JDK server's limit, in seconds, on sending an answer to a client that stops reading. */
  static final String MAX_RESPONSE_SECONDS_PROPERTY = "sun.net.httpserver.maxRspTime";

  /** The JDK server's limit on open connections; it closes the ones over it at once. */
  static final String MAX_CONNECTIONS_PROPERTY = "sun.net.httpserver.maxConnections";

  /** Seconds a client has to send its whole request. */
  public static final int MAX_REQUEST_SECONDS = 10;

  /** Seconds a client has to take its whole answer (the CSV download of a large plan included). */
  public static final int MAX_RESPONSE_SECONDS = 120;

  /** Open connections at most. */
  public static final int MAX_CONNECTIONS = 128;

  /** Requests waiting for a thread at most; a connection over it is closed. */
  public static final int MAX_QUEUED_REQUESTS = 64;

  static {
    setUnlessSet(NO_DELAY_PROPERTY, "true");
    setUnlessSet(MAX_REQUEST_SECONDS_PROPERTY, Integer.toString(MAX_REQUEST_SECONDS));
    setUnlessSet(MAX_RESPONSE_SECONDS_PROPERTY, Integer.toString(MAX_RESPONSE_SECONDS));
    setUnlessSet(MAX_CONNECTIONS_PROPERTY, Integer.toString(MAX_CONNECTIONS));
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Seconds that {@link #close} lets running requests finish. */
  public static final int STOP_GRACE_SECONDS = 1;

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI uri;

  private DashboardServer(HttpServer server, ExecutorService executor, URI uri) {
    this.server = server;
    this.executor = executor;
    this.uri = uri;
  }

  /**
   * Starts a server.
   *
   * @param data the run's loaded results
   * @param config where to listen
   * @return the running server
   * @throws RetentionException when the address cannot be bound (for example a port in use), or
   *     other machines could reach it and {@link DashboardConfig#allowRemote} is not set
   */
  public static DashboardServer start(DashboardData data, DashboardConfig config) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(config, "config");
    checkAddress(config);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    } catch (IOException e) {
      throw new RetentionException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = new Thread(r, "dashboard-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ExecutorService executor =
        new ThreadPoolExecutor(
            config.threads(),
            config.threads(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_QUEUED_REQUESTS),
            threads);
    server.setExecutor(executor);
    RequestGuard guard =
        new RequestGuard(
            RequestGuard.hostsFor(config.host(), config.allowedHosts()),
            server.getAddress().getPort());
    server.createContext("/", new DashboardHandler(data, StaticFiles.load(), guard));
    server.start();
    URI uri =
        URI.create(
            "http://" + hostForUri(config.host()) + ":" + server.getAddress().getPort() + "/");
    return new DashboardServer(server, executor, uri);
  }

  /**
   * Refuses an address other machines reach unless the configuration allows it.
   *
   * @param config where to listen
   * @return true when the address is reachable from this machine only
   * @throws RetentionException when the address is not loopback and not allowed, or unresolvable
   */
  public static boolean checkAddress(DashboardConfig config) {
    boolean loopback = isLoopback(config.host());
    if (!loopback && !config.allowRemote()) {
      throw new RetentionException(
          "binding "
              + config.host()
              + " lets other machines reach the dashboard and its customers' data; pass"
              + " --allow-remote if that is meant");
    }
    return loopback;
  }

  /**
   * Whether an address is reachable from this machine only.
   *
   * @param host a name or address
   * @return true for a loopback address
   * @throws RetentionException when the name cannot be resolved
   */
  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new RetentionException("cannot resolve the address '" + host + "'", e);
    }
  }

  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * The dashboard's address, ending in "/".
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The port the server listens on (the free port chosen when 0 was asked).
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the server, letting running requests finish for {@link #STOP_GRACE_SECONDS}. */
  @Override
  public void close() {
    server.stop(STOP_GRACE_SECONDS);
    executor.shutdownNow();
  }
}
