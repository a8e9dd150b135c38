package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolError;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code page.onKeyboardEvent} over a real socket: the page says it listens, a key press reaches
 * the handler with its modifiers, removing the handler stops it, bad data is a protocol error.
 */
class KeyboardEventTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static WeftTestServer server;

  @BeforeAll
  static void start() {
    App app = page -> {
      Text last = new Text("none");
      page.onKeyboardEvent(e -> last.value(e.key() + (e.ctrl() ? "+ctrl" : "") + (e.shift() ? "+shift" : "")
          + (e.alt() ? "+alt" : "") + (e.meta() ? "+meta" : "")));
      page.add(last, new Button("stop", e -> page.onKeyboardEvent(null)));
    };
    server = WeftTestServer.start(app);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aKeyPressReachesTheHandlerWithItsModifiers() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.awaitText("none", WAIT);
      assertThat(client.tree().root().prop("events")).isEqualTo(List.of("keyboard"));
      assertThat(client.pressKey("k", false, true, false, false)).isPositive();
      client.awaitText("k+ctrl", WAIT);
      client.pressKey("Enter", true, false, true, true);
      client.awaitText("Enter+shift+alt+meta", WAIT);
      assertThat(client.failures()).isEmpty();
    }
  }

  @Test
  void withoutAHandlerNothingIsSent() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("stop"));
      client.awaitTree(t -> t.root().prop("events") == null, WAIT);
      assertThat(client.pressKey("k", false, false, false, false)).isZero();
    }
  }

  @Test
  void badKeyboardDataIsAProtocolError() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.awaitText("none", WAIT);
      client.sendEvent(0, "keyboard", "{\"shift\":true}");
      ProtocolError e = client.awaitProtocolError(WAIT);
      assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE.wire());
      assertThat(e.message()).contains("key");
      client.sendEvent(0, "keyboard", "not json");
      assertThat(client.awaitProtocolError(WAIT).message()).contains("not JSON");
      client.pressKey("x", false, false, false, false);
      client.awaitText("x", WAIT); // the session lives on
    }
  }
}
