package io.retention.examples.dashboard;

import com.sun.net.httpserver.HttpServer;
import io.retention.core.RetentionException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dashboard's web server: the JDK's embedded HTTP server serving the four pages, their static
 * files (Chart.js from its WebJar, so the pages need no network) and the JSON API over a run's
 * {@link DashboardData}. Request threads are daemon threads.
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

  static {
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
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
   * @throws RetentionException when the address cannot be bound (for example a port in use)
   */
  public static DashboardServer start(DashboardData data, DashboardConfig config) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(config, "config");
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
    ExecutorService executor = Executors.newFixedThreadPool(config.threads(), threads);
    server.setExecutor(executor);
    server.createContext("/", new DashboardHandler(data, StaticFiles.load()));
    server.start();
    URI uri =
        URI.create(
            "http://" + hostForUri(config.host()) + ":" + server.getAddress().getPort() + "/");
    return new DashboardServer(server, executor, uri);
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
