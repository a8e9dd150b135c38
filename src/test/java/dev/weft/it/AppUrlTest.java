package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code page.client().appUrl()}, the app's public base URL that sign-in redirect URIs are made
 * of, over a real WebSocket: from the upgrade's {@code Host}; from a trusted proxy's
 * {@code X-Forwarded-Proto/Host/Prefix} (and not from an untrusted one's); from
 * {@code http.publicUrl}, whatever the request says; and again after a re-attach.
 */
class AppUrlTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final App SHOWS_IT = page -> page.add(new Text("app " + page.client().appUrl()));

  @Test
  void fromTheHostHeader() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", SHOWS_IT, "/shop/", SHOWS_IT));
         WeftTestClient client = WeftTestClient.connect(server.url("/shop/"))) {
      client.awaitText("app http://localhost:" + server.port + "/shop/", WAIT);
    }
  }

  @Test
  void fromATrustedProxysHeadersOnly() throws Exception {
    ConnectOptions proxied = null;
    try (ItServer trusting = ItServer.start(ItServer.config("http.trustProxy", true),
        Map.of("/shop/", SHOWS_IT));
         ItServer untrusting = ItServer.start(Map.of("/shop/", SHOWS_IT))) {
      for (ItServer server : new ItServer[] {trusting, untrusting}) {
        proxied = ConnectOptions.of(server.url("/shop/"))
            .origin("https://example.com")
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "example.com")
            .header("X-Forwarded-Prefix", "/weft");
        if (server == untrusting) {
          proxied = ConnectOptions.of(server.url("/shop/"))
              .header("X-Forwarded-Proto", "https")
              .header("X-Forwarded-Host", "example.com")
              .header("X-Forwarded-Prefix", "/weft");
        }
        try (WeftTestClient client = WeftTestClient.connect(proxied)) {
          client.awaitText(server == trusting ? "app https://example.com/weft/shop/"
              : "app http://localhost:" + server.port + "/shop/", WAIT);
        }
      }
    }
  }

  @Test
  void fromHttpPublicUrlWhateverTheRequestSays() throws Exception {
    try (ItServer server = ItServer.start(ItServer.config("http.publicUrl", "https://example.com/apps/",
        "http.trustProxy", true), Map.of("/shop/", SHOWS_IT));
         WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url("/shop/"))
             .origin("https://elsewhere.example")
             .header("X-Forwarded-Proto", "https")
             .header("X-Forwarded-Host", "elsewhere.example"))) {
      client.awaitText("app https://example.com/apps/shop/", WAIT);
    }
  }

  @Test
  void aReattachedPageHasItToo() throws Exception {
    App later = page -> {
      Text shown = new Text("app " + page.client().appUrl());
      page.add(shown, new dev.weft.ui.controls.Button("again",
          e -> shown.value("again " + page.client().appUrl())));
    };
    try (ItServer server = ItServer.start(Map.of("/shop/", later));
         WeftTestClient client = WeftTestClient.connect(server.url("/shop/"))) {
      client.awaitText("app http://localhost:" + server.port + "/shop/", WAIT);
      client.disconnect();
      client.reconnect();
      client.click(client.find("again"));
      client.awaitText("again http://localhost:" + server.port + "/shop/", WAIT);
    }
  }
}
