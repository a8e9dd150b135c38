package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code http.allowedOrigins}: pages of the listed origins may open WebSockets besides the app's
 * own pages (compared as origins: case and default ports do not matter); every other origin gets
 * 403 over a real WebSocket upgrade.
 */
class AllowedOriginsTest {

  private ItServer server;

  @BeforeEach
  void start() {
    App main = page -> page.add(new Text("main"));
    server = ItServer.start(ItServer.config("http.allowedOrigins",
        List.of("https://portal.example", "http://localhost:3000")), Map.of("/", main));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aListedOriginIsUpgraded() {
    assertConnects("https://portal.example");
    assertConnects("https://PORTAL.example:443");
    assertConnects("http://localhost:3000");
  }

  @Test
  void thePagesOwnOriginStillIs() {
    assertConnects("http://localhost:" + server.port);
  }

  @Test
  void anyOtherOriginIsRefusedWith403() {
    assertRefused("https://evil.example");
    assertRefused("http://portal.example");
    assertRefused("https://portal.example.evil.example");
    assertRefused("http://localhost:3001");
    assertRefused("null");
  }

  private void assertConnects(String origin) {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).origin(origin))) {
      assertThat(client.find("main")).as(origin).isNotNull();
    }
  }

  private void assertRefused(String origin) {
    assertThatThrownBy(() -> WeftTestClient.connect(ConnectOptions.of(server.url()).origin(origin)))
        .as(origin)
        .isInstanceOfSatisfying(ConnectFailedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }
}
