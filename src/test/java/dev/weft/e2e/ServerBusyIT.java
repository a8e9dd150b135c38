package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.weft.App;
import dev.weft.Weft;
import dev.weft.server.WeftConfig;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An instance full at {@code limits.sessions} = 1: a second browser is refused with 1013 and says
 * the server is busy (a role="status" live region, at once, no reload needed), keeps trying on its
 * slower backoff, and gets in by itself once the first user's session ends — the notice then goes.
 */
class ServerBusyIT extends BrowserBase {

  /** The busy backoff doubles from 1 s; the page gets in on the next attempt after room frees. */
  private static final LocatorAssertions.IsVisibleOptions IN_TIME =
      new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

  @Test
  void aRefusedPageSaysTheServerIsBusyAndGetsInOnceASessionEnds() throws Exception {
    App app = page -> page.add(new Text("Welcome"), new Button("Leave", e -> page.close()));
    Weft weft = Weft.create(server.vertx, WeftConfig.defaults().with("http.host", "127.0.0.1")
        .with("http.port", 0).with("limits.sessions", 1), Map.of("/", app));
    HttpServer http = null;
    BrowserContext first = newContext();
    try {
      E2eServer.await(weft.start());
      http = E2eServer.await(server.vertx.createHttpServer(weft.serverOptions())
          .requestHandler(weft.router()).listen());
      String url = "http://127.0.0.1:" + http.actualPort() + "/";
      Page occupant = first.newPage();
      occupant.navigate(url);
      assertThat(exactText(occupant, "Welcome")).isVisible();

      page.navigate(url);
      Locator busy = page.locator(".weft-busy-banner");
      assertThat(busy).isVisible();
      assertThat(busy).hasAttribute("role", "status");
      assertThat(busy).containsText("The server is busy");
      assertThat(exactText(page, "Welcome")).hasCount(0);
      assertThat(page.locator(".weft-reconnect-banner")).hasCount(0);
      page.waitForTimeout(1_500); // at least one more refused attempt: still one notice
      assertThat(busy).hasCount(1);
      assertThat(weft.liveSessions()).isEqualTo(1);

      long freed = System.nanoTime();
      button(occupant, "Leave").click(); // the first user's session ends: room for one
      assertThat(occupant.locator(".weft-ended-banner")).isVisible();
      assertThat(exactText(page, "Welcome")).isVisible(IN_TIME);
      System.out.printf("[e2e busy] the refused page got in %d ms after a session ended%n",
          (System.nanoTime() - freed) / 1_000_000);
      assertThat(busy).hasCount(0);
      assertThat(weft.liveSessions()).isEqualTo(1);
      button(page, "Leave").click(); // the page works: its handler runs
      assertThat(page.locator(".weft-ended-banner")).isVisible();
      watch.assertClean(PageWatch::isWebSocketConnectFailure);
    } finally {
      first.close();
      if (http != null) {
        E2eServer.await(http.close());
      }
      E2eServer.await(weft.close());
    }
  }
}
