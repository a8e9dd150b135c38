package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.TextField;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code control.focus()} over a real socket: each call raises the control's {@code focus}
 * counter in a patch, also for a control added in the same handler.
 */
class FocusCommandTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static WeftTestServer server;

  @BeforeAll
  static void start() {
    App app = page -> {
      TextField name = new TextField("name").key("name");
      Column more = new Column();
      page.add(name, more,
          new Button("focus name", e -> name.focus()),
          new Button("add and focus", e -> {
            TextField added = new TextField("added").key("added");
            more.controls().add(added);
            added.focus();
          }));
    };
    server = WeftTestServer.start(app);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void eachFocusRaisesTheCounter() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThat(client.findByKey("name").prop("focus")).isNull();
      client.click(client.find("focus name"));
      client.awaitControl(e -> "name".equals(e.prop("key")) && Integer.valueOf(1).equals(e.prop("focus")), WAIT);
      client.click(client.find("focus name"));
      client.awaitControl(e -> "name".equals(e.prop("key")) && Integer.valueOf(2).equals(e.prop("focus")), WAIT);
    }
  }

  @Test
  void aControlAddedInTheSameHandlerIsFocusedInALaterPatch() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("add and focus"));
      client.awaitControl(e -> "added".equals(e.prop("key")) && Integer.valueOf(1).equals(e.prop("focus")), WAIT);
      assertThat(client.failures()).isEmpty();
    }
  }
}
