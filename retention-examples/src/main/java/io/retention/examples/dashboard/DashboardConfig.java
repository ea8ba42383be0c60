package io.retention.examples.dashboard;

import java.util.Objects;

/**
 * Where the dashboard listens and how many requests it serves at once.
 *
 * @param host the address to bind, loopback by default so that only this machine can connect
 * @param port the TCP port, 0 for any free port
 * @param threads request threads, at least 1
 */
public record DashboardConfig(String host, int port, int threads) {
  /** The loopback address. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The largest TCP port. */
  public static final int MAX_PORT = 65_535;

  /** 127.0.0.1:8080, four request threads. */
  public static final DashboardConfig DEFAULTS = new DashboardConfig(LOOPBACK, DEFAULT_PORT, 4);

  /** Checks the fields. */
  public DashboardConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port must be 0 to " + MAX_PORT + ", got " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /**
   * A copy with another port.
   *
   * @param value the port, 0 for any free port
   * @return the config
   */
  public DashboardConfig withPort(int value) {
    return new DashboardConfig(host, value, threads);
  }

  /**
   * A copy with another address.
   *
   * @param value the address to bind
   * @return the config
   */
  public DashboardConfig withHost(String value) {
    return new DashboardConfig(value, port, threads);
  }
}
