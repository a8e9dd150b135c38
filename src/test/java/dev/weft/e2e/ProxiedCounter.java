package dev.weft.e2e;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.chaos.ChaosProxy;
import dev.weft.examples.Counter;
import dev.weft.server.WeftConfig;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Text;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo's {@link Counter} at {@code /counter/} on a Weft of its own, reached only through a
 * {@link ChaosProxy}; it remembers each session's page (so a test can read the count the server
 * holds) and, per session, when the server saw its connection drop.
 */
final class ProxiedCounter implements AutoCloseable {

  final Weft weft;
  final ChaosProxy proxy;
  private final HttpServer http;
  private final List<Page> pages = new CopyOnWriteArrayList<>();
  private final Map<String, List<Long>> disconnectNanos = new ConcurrentHashMap<>();

  private ProxiedCounter(Vertx vertx, WeftConfig config) throws Exception {
    App counter = page -> {
      pages.add(page);
      List<Long> disconnects = disconnectNanos.computeIfAbsent(page.sessionId(), id -> new CopyOnWriteArrayList<>());
      page.onDisconnect(() -> disconnects.add(System.nanoTime()));
      new Counter().main(page);
    };
    weft = Weft.create(vertx, config.with("http.host", "127.0.0.1").with("http.port", 0),
        Map.of("/counter/", counter));
    HttpServer listening = null;
    try {
      listening = E2eServer.await(vertx.createHttpServer(weft.serverOptions())
          .requestHandler(weft.router()).listen());
      proxy = ChaosProxy.start(listening.actualPort());
    } catch (Exception | Error e) {
      if (listening != null) {
        E2eServer.await(listening.close());
      }
      E2eServer.await(weft.close());
      throw e;
    }
    http = listening;
  }

  static ProxiedCounter start(Vertx vertx, WeftConfig config) throws Exception {
    return new ProxiedCounter(vertx, config);
  }

  /** The counter's URL through the proxy. */
  String url() {
    return proxy.url("/counter/");
  }

  /** The sessions opened so far. */
  int sessions() {
    return pages.size();
  }

  /** The count the server holds for the first session (the test's browser), or null before one. */
  String serverCount() {
    if (pages.isEmpty()) {
      return null;
    }
    return ((Text) pages.get(0).find("count")).value();
  }

  /** When the server noticed a session's connection go, each time (System.nanoTime()). */
  List<Long> disconnects(String sessionId) {
    return List.copyOf(disconnectNanos.getOrDefault(sessionId, List.of()));
  }

  /** Writes the proxy's transcript under target/chaos/, returning the file. */
  Path saveTranscript(String name, List<String> extraLines) throws IOException {
    Path dir = Path.of(System.getProperty("weft.buildDir", "target"), "chaos");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".txt");
    List<String> lines = new ArrayList<>(proxy.transcript());
    lines.addAll(extraLines);
    Files.write(file, lines);
    return file;
  }

  @Override
  public void close() throws Exception {
    try {
      proxy.close();
    } finally {
      try {
        E2eServer.await(http.close());
      } finally {
        E2eServer.await(weft.close());
      }
    }
  }
}
