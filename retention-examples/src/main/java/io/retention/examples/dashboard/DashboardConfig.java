package io.retention.examples.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * Where the dashboard listens, how many requests it serves at once and which host names it answers.
 *
 * @param host the address to bind, loopback by default so that only this machine can connect
 * @param port the TCP port, 0 for any free port
 * @param threads request threads, at least 1
 * @param allowRemote whether binding an address other machines can reach is meant; the server
 *     refuses to start on such an address without it
 * @param allowedHosts host names (without port) that requests may address besides the loopback
 *     names and the bound address, for a dashboard reached through a name
 */
public record DashboardConfig(
    String host, int port, int threads, boolean allowRemote, List<String> allowedHosts) {
  /** The loopback address. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The largest TCP port. */
  public static final int MAX_PORT = 65_535;

  /** Request threads by default: more than a few stalled clients can hold at once. */
  public static final int DEFAULT_THREADS = 16;

  /** 127.0.0.1:8080, sixteen request threads, loopback only. */
  public static final DashboardConfig DEFAULTS =
      new DashboardConfig(LOOPBACK, DEFAULT_PORT, DEFAULT_THREADS, false, List.of());

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
    allowedHosts = List.copyOf(allowedHosts);
    for (String h : allowedHosts) {
      if (h.isBlank() || h.contains(":") && !h.startsWith("[")) {
        throw new IllegalArgumentException(
            "an allowed host is a name or address without port, got '" + h + "'");
      }
    }
  }

  /**
   * A copy with another port.
   *
   * @param value the port, 0 for any free port
   * @return the config
   */
  public DashboardConfig withPort(int value) {
    return new DashboardConfig(host, value, threads, allowRemote, allowedHosts);
  }

  /**
   * A copy with another address.
   *
   * @param value the address to bind
   * @return the config
   */
  public DashboardConfig withHost(String value) {
    return new DashboardConfig(value, port, threads, allowRemote, allowedHosts);
  }

  /**
   * A copy that may, or may not, bind an address other machines reach.
   *
   * @param value whether a non-loopback address is meant
   * @return the config
   */
  public DashboardConfig withAllowRemote(boolean value) {
    return new DashboardConfig(host, port, threads, value, allowedHosts);
  }

  /**
   * A copy that answers requests addressed to these host names too.
   *
   * @param value host names without port
   * @return the config
   */
  public DashboardConfig withAllowedHosts(List<String> value) {
    return new DashboardConfig(host, port, threads, allowRemote, value);
  }
}
