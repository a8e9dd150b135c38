package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.controls.Text;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weft's own server takes the WebSocket upgrades it will accept before its router
 * ({@code UpgradeShortcut}). The very same Weft instance is served twice: by its verticle's server
 * (the shortcut) and by a plain server whose handler is {@code weft.router()} (every request
 * through the router, as when a host mounts it). A route put in front of the router's own notes
 * every request the router sees, so the tests know which way each upgrade went, and compare what
 * the app sees of its browser, and what a refused browser is answered, both ways.
 */
class UpgradeShortcutTest {

  /** Behind a trusted proxy that says where the browser is, under which prefix and host. */
  private static final Map<String, String> PROXIED = Map.of(
      "X-Forwarded-For", "203.0.113.7, 10.0.0.2",
      "X-Forwarded-Proto", "https",
      "X-Forwarded-Host", "app.example",
      "X-Forwarded-Prefix", "/weft",
      "Cookie", "theme=dark; lang=fr",
      "X-Test", "kept");

  private final BlockingQueue<ClientInfo> seen = new LinkedBlockingQueue<>();
  private final ConcurrentLinkedQueue<String> routed = new ConcurrentLinkedQueue<>();
  private ItServer server;
  private HttpServer throughRouter;

  @BeforeEach
  void start() {
    App main = page -> {
      seen.add(page.client());
      page.add(new Text("main"));
    };
    App sub = page -> {
      seen.add(page.client());
      page.add(new Text("sub"));
    };
    server = ItServer.start(ItServer.config("http.trustProxy", true), Map.of("/", main, "/sub-app/", sub));
    server.weft().router().route().order(-1).handler(ctx -> {
      routed.add(ctx.request().path());
      ctx.next();
    });
    throughRouter = ItServer.await(server.vertx.createHttpServer(server.weft().serverOptions().setPort(0))
        .requestHandler(server.weft().router()).listen());
  }

  @AfterEach
  void stop() {
    ItServer.await(throughRouter.close());
    server.close();
  }

  @Test
  void anAcceptedUpgradeSkipsTheRouterAndTheAppSeesTheSameBrowser() throws Exception {
    ClientInfo shortcut = clientSeenThrough(server.port, "/sub-app/");
    assertThat(routed).as("the upgrade did not go through the router").isEmpty();
    ClientInfo routedInfo = clientSeenThrough(throughRouter.actualPort(), "/sub-app/");
    assertThat(routed).as("the router saw the second").containsExactly("/sub-app/ws");

    assertThat(shortcut.clientIp()).isEqualTo("203.0.113.7").isEqualTo(routedInfo.clientIp());
    assertThat(shortcut.appUrl()).isEqualTo("https://app.example/weft/sub-app/")
        .isEqualTo(routedInfo.appUrl());
    assertThat(shortcut.header("X-Test")).isEqualTo("kept").isEqualTo(routedInfo.header("X-Test"));
    assertThat(shortcut.cookies()).isEqualTo(Map.of("theme", "dark", "lang", "fr"))
        .isEqualTo(routedInfo.cookies());
    assertThat(shortcut.headers().names()).isEqualTo(routedInfo.headers().names());
    assertThat(shortcut.path()).isEqualTo(routedInfo.path());
  }

  @Test
  void theHandshakeCarriesTheSameSecurityHeadersEitherWay() {
    MultiMap shortcut = handshakeHeaders(server.port);
    assertThat(routed).isEmpty();
    MultiMap routedHeaders = handshakeHeaders(throughRouter.actualPort());
    assertThat(routed).containsExactly("/ws");
    for (String name : List.of("X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy")) {
      assertThat(shortcut.get(name)).as(name).isNotNull().isEqualTo(routedHeaders.get(name));
    }
  }

  @Test
  void aForeignOriginIsRefusedByTheRouterWithItsHeadersAndText() {
    Refusal refused = upgradeFrom(server.port, "/ws", "https://evil.example");
    assertThat(routed).as("the refusal was the router's").containsExactly("/ws");
    Refusal reference = upgradeFrom(throughRouter.actualPort(), "/ws", "https://evil.example");

    assertThat(refused.status).isEqualTo(403);
    assertThat(refused.body).isEqualTo("Forbidden: WebSocket connections are accepted from this site only\n");
    assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(refused.header("Content-Security-Policy")).contains("default-src");
    assertThat(refused.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(refused).isEqualTo(reference);
  }

  @Test
  void theServersOwnAddressBehindATrustedProxyIsRefusedByTheRouterToo() {
    // the proxy says https://app.example: the server's own address is then a foreign origin
    Refusal refused = upgradeFrom(server.port, "/ws", "http://localhost:" + server.port);
    assertThat(refused.status).isEqualTo(403);
    assertThat(routed).containsExactly("/ws");
  }

  @Test
  void whatIsNotAnUpgradeOrNotAnEndpointGoesToTheRouter() {
    assertThat(upgradeFrom(server.port, "/ws", null, false).status).isEqualTo(426);
    assertThat(upgradeFrom(server.port, "/nowhere/ws", null).status).isEqualTo(200); // the SPA fallback
    assertThat(routed).containsExactly("/ws", "/nowhere/ws");
  }

  // ------------------------------------------------------------------ helpers

  private ClientInfo clientSeenThrough(int port, String mount) throws InterruptedException {
    ConnectOptions options = ConnectOptions.of("http://localhost:" + port + mount).origin("https://app.example");
    PROXIED.forEach(options::header);
    try (WeftTestClient client = WeftTestClient.connect(options)) {
      assertThat(client.find(mount.equals("/") ? "main" : "sub")).isNotNull();
      ClientInfo info = seen.poll(10, TimeUnit.SECONDS);
      assertThat(info).as("the app's main ran").isNotNull();
      return info;
    }
  }

  private MultiMap handshakeHeaders(int port) {
    WebSocketClient client = server.vertx.createWebSocketClient();
    try {
      var socket = ItServer.await(client.connect(new WebSocketConnectOptions()
          .setHost("localhost").setPort(port).setURI("/ws")));
      MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(socket.headers());
      ItServer.await(socket.close());
      return headers;
    } finally {
      ItServer.await(client.close());
    }
  }

  /** An answer to a request, with the headers a refusal must carry. */
  private record Refusal(int status, String body, List<String> headers) {

    static final List<String> NAMES = List.of("Content-Type", "Cache-Control",
        "X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy");

    String header(String name) {
      return headers.get(NAMES.indexOf(name));
    }
  }

  private Refusal upgradeFrom(int port, String path, String origin) {
    return upgradeFrom(port, path, origin, true);
  }

  /**
   * A WebSocket handshake by hand (or a plain GET) on a socket of its own, read to the end of the
   * answer's body, so a refusal's answer is seen whole.
   */
  private Refusal upgradeFrom(int port, String path, String origin, boolean upgrade) {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
    if (upgrade) {
      request.append("Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
          + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
    }
    if (origin != null) {
      request.append("Origin: ").append(origin).append("\r\n");
    }
    PROXIED.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      int status = Integer.parseInt(in.readLine().split(" ")[1]);
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
      char[] body = new char[Integer.parseInt(headers.getOrDefault("Content-Length", "0"))];
      int read = 0;
      while (read < body.length) {
        int n = in.read(body, read, body.length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
      return new Refusal(status, new String(body, 0, read),
          Refusal.NAMES.stream().map(name -> String.valueOf(headers.get(name))).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
