package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.Navigate;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over a real WebSocket: {@code page.launchUrl} sends a numbered {@code navigate}, a URL it
 * refuses is the handler's error and sends nothing, and {@code page.login} on a server without
 * providers ends in a login event that says so (no navigate, no exception).
 */
class NavigateTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private ItServer server;

  @BeforeEach
  void start() {
    App app = page -> {
      Text said = new Text("").key("said");
      page.onLogin(e -> said.value(e.succeeded() ? "signed in" : e.error() + ": " + e.errorDescription()));
      page.add(said,
          new Button("docs", e -> page.launchUrl("https://example.com/docs?x=1")),
          new Button("tab", e -> page.launchUrl("help/", true)),
          new Button("script", e -> page.launchUrl("javascript:alert(1)")),
          new Button("login", e -> page.login("github")));
    };
    server = ItServer.start(Map.of("/", app));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void launchUrlSendsANavigateMessage() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("docs"));
      Navigate go = client.awaitNavigate(WAIT);
      assertThat(go.url()).isEqualTo("https://example.com/docs?x=1");
      assertThat(go.newTab()).isFalse();
      assertThat(go.seq()).isGreaterThan(1);
      assertThat(go.ack()).as("acknowledges the click").isEqualTo(client.messages().get(0).ack() + 1);
      client.click(client.find("tab"));
      Navigate tab = client.awaitNavigate(WAIT);
      assertThat(tab.url()).isEqualTo("help/");
      assertThat(tab.newTab()).isTrue();
      assertThat(client.failures()).isEmpty();
    }
  }

  @Test
  void aUrlThatRunsScriptIsRefusedOnTheServer() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("script"));
      assertThat(client.awaitAppError(WAIT).message())
          .startsWith("IllegalArgumentException: launchUrl opens http, https, mailto and tel URLs");
      assertThat(client.navigations()).isEmpty();
    }
  }

  @Test
  void aLoginWithoutProvidersEndsInAnErrorEvent() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("login"));
      client.awaitText("unavailable: no sign-in provider is configured (oauth.providers)", WAIT);
      assertThat(client.navigations()).isEmpty();
      assertThat(client.appErrors()).isEmpty();
    }
  }
}
