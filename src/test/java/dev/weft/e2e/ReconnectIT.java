package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.weft.Weft;
import dev.weft.server.WeftConfig;
import io.vertx.core.http.HttpServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server goes away under an open page and comes back on the same port: the page shows the
 * reconnect banner ({@code .weft-reconnect-banner}, role status) while it is gone, hides it when
 * the socket is back, and goes on with the same session when the server kept it. When the server
 * did not keep it (the verticle was undeployed, which ends its sessions), the server answers the
 * page's {@code register} with 4002 and the page starts a new session by itself, saying so in a
 * short notice (docs/protocol.md, "Closing"): never silently, and with no click needed.
 */
class ReconnectIT extends BrowserBase {

  /** The client's backoff tops out at 10 s between attempts. */
  private static final LocatorAssertions.IsHiddenOptions BACK_IN_TIME =
      new LocatorAssertions.IsHiddenOptions().setTimeout(15_000);

  /** The 4002 notice's words in docs/protocol.md ("Closing"), with either apostrophe. */
  private static final Pattern SESSION_LOST_4002 = Pattern.compile("This page[’']s session was lost");

  @Test
  void theSessionResumesAfterTheHttpServerRestarts() throws Exception {
    Weft weft = Weft.create(server.vertx,
        WeftConfig.defaults().with("http.host", "127.0.0.1").with("http.port", 0), E2eServer.demoApps());
    HttpServer http = null;
    try {
      http = E2eServer.await(server.vertx.createHttpServer(weft.serverOptions())
          .requestHandler(weft.router()).listen());
      int port = http.actualPort();
      String url = "http://127.0.0.1:" + port + "/gallery/";
      page.navigate(url);
      Locator status = byKey(page, "status");
      button(page, "Filled").click();
      assertThat(status).hasText("Filled clicked");

      long down = System.nanoTime();
      E2eServer.await(http.close());
      http = null;
      Locator banner = page.locator(".weft-reconnect-banner");
      assertThat(banner).isVisible();
      assertThat(banner).hasAttribute("role", "status");
      assertThat(banner).containsText("Reconnecting");
      // a click while the server is away waits for the session to come back
      button(page, "Outlined").click();
      page.waitForTimeout(1_000);
      assertThat(banner).isVisible();

      long up = System.nanoTime();
      http = E2eServer.await(server.vertx.createHttpServer(weft.serverOptions().setPort(port))
          .requestHandler(weft.router()).listen());
      assertThat(banner).isHidden(BACK_IN_TIME);
      long back = System.nanoTime();
      System.out.printf("[e2e reconnect] server down %d ms; banner gone %d ms after the server was back%n",
          (up - down) / 1_000_000, (back - up) / 1_000_000);

      // the same session: the server kept its state, and the queued click went out
      assertThat(status).hasText("Outlined clicked");
      button(page, "Tonal").click();
      assertThat(status).hasText("Tonal clicked");
      assertThat(weft.liveSessions()).as("sessions on this Weft").isEqualTo(1);
      watch.assertClean(PageWatch::isWebSocketConnectFailure);
    } finally {
      if (http != null) {
        E2eServer.await(http.close());
      }
      weft.close();
    }
  }

  @Test
  void whatAHandlerDidWhileTheSocketWasDownShowsAfterTheReconnect() throws Exception {
    Weft weft = Weft.create(server.vertx,
        WeftConfig.defaults().with("http.host", "127.0.0.1").with("http.port", 0), E2eServer.demoApps());
    HttpServer http = null;
    try {
      http = E2eServer.await(server.vertx.createHttpServer(weft.serverOptions())
          .requestHandler(weft.router()).listen());
      int port = http.actualPort();
      page.navigate("http://127.0.0.1:" + port + "/");
      button(page, "Call handler").click(); // sleeps 3 s, then adds a text
      E2eServer.await(http.close());
      http = null;
      Locator banner = page.locator(".weft-reconnect-banner");
      assertThat(banner).isVisible();
      page.waitForTimeout(3_500); // the handler finishes while the page is away
      assertThat(exactText(page, "Handler clicked")).hasCount(0);

      http = E2eServer.await(server.vertx.createHttpServer(weft.serverOptions().setPort(port))
          .requestHandler(weft.router()).listen());
      assertThat(banner).isHidden(BACK_IN_TIME);
      assertThat(exactText(page, "Handler clicked")).isVisible();
      assertThat(exactText(page, "Handler clicked")).hasCount(1);
      watch.assertClean(PageWatch::isWebSocketConnectFailure);
    } finally {
      if (http != null) {
        E2eServer.await(http.close());
      }
      weft.close();
    }
  }

  @Test
  void aPageWhoseSessionEndedWithTheVerticleStartsAFreshOneWhenTheServerIsBack() throws Exception {
    page.navigate(server.url("/gallery/"));
    Locator status = byKey(page, "status");
    button(page, "Filled").click();
    assertThat(status).hasText("Filled clicked");

    int port = server.port();
    server.undeploy(); // ends the verticle's sessions (1012), then its HTTP server closes
    Locator banner = page.locator(".weft-reconnect-banner");
    assertThat(banner).isVisible();
    assertThat(banner).hasAttribute("role", "status");

    long up = System.nanoTime();
    server.deploy(port);
    // the new verticle does not know the page's session: 4002, the documented notice, and a new
    // session without a click
    Locator lost = page.locator(".weft-session-lost-banner");
    assertThat(lost).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    assertThat(lost).containsText(SESSION_LOST_4002);
    assertThat(status).hasText("Nothing clicked yet");
    System.out.printf("[e2e reconnect] fresh page %d ms after the verticle was redeployed%n",
        (System.nanoTime() - up) / 1_000_000);
    assertThat(banner).isHidden();
    assertThat(page.locator(".weft-ended-banner")).hasCount(0);
    button(page, "Tonal").click();
    assertThat(status).hasText("Tonal clicked");
    watch.assertClean(PageWatch::isWebSocketConnectFailure);
  }
}
