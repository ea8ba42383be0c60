package io.retention.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retention.examples.dashboard.DashboardTestRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DashboardCommandTest {
  @Test
  void servesTheRunOnAFreeLoopbackPortAndPrintsItsUrl() throws Exception {
    Path results = DashboardTestRun.folder();
    assertTrue(
        RetentionCli.commandLine().getSubcommands().get("dashboard").getCommandSpec().userObject()
            instanceof DashboardCommand);
    // This test's own instance of the command, to reach its server and stop it.
    DashboardCommand command = new DashboardCommand();
    StringWriter out = new StringWriter();
    CommandLine own = new CommandLine(command);
    own.setOut(new PrintWriter(out));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> own.execute("--results", results.toString(), "--port", "0"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (command.server == null && System.nanoTime() < deadline && !exit.isDone()) {
      Thread.sleep(50);
    }
    try {
      assertTrue(command.server != null, "the server did not start: " + out);
      URI uri = command.server.uri();
      assertEquals("127.0.0.1", uri.getHost());
      assertTrue(out.toString().contains("Dashboard at " + uri), out.toString());
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri.resolve("/api/meta")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
    } finally {
      command.stop.countDown();
    }
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aMissingResultsFolderFailsWithAMessageAndABadPortIsAUsageError() {
    CommandLine cli = RetentionCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertEquals(
        RetentionCli.FAILED,
        cli.execute("dashboard", "--results", "no-such-folder", "--port", "0"));
    assertTrue(
        err.toString().contains("no-such-folder holds no results: neither metrics.json"),
        err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertEquals(RetentionCli.USAGE, cli.execute("dashboard", "--port", "70000"));
    assertTrue(
        err.toString().contains("Invalid value for option '--port': '70000' is not a port"),
        err.toString());
    assertEquals(RetentionCli.USAGE, cli.execute("dashboard", "--port", "-1"));
    assertFalse(err.toString().contains("\tat "), err.toString());
  }
}
