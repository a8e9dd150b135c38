package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.WebSocketRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loading animation: {@code #weft-loading} shows until the first render and goes away with
 * it. The test holds back the server's frames (Playwright sits between the page and the server's
 * WebSocket), so "before the first render" lasts as long as it needs.
 */
class LoadingIT extends BrowserBase {

  private static final Pattern READY = Pattern.compile("(^|\\s)weft-ready(\\s|$)");

  @Test
  void theLoadingAnimationShowsUntilTheFirstRender() {
    List<String> held = new ArrayList<>();
    WebSocketRoute[] pageSide = new WebSocketRoute[1];
    boolean[] released = {false};
    // Playwright calls these handlers on this test's thread, inside its own calls: no races.
    page.routeWebSocket(Pattern.compile(".*/ws$"), ws -> {
      pageSide[0] = ws;
      WebSocketRoute serverSide = ws.connectToServer();
      serverSide.onMessage(frame -> {
        if (released[0]) {
          ws.send(frame.text());
        } else {
          held.add(frame.text());
        }
      });
    });

    page.navigate(server.url("/"));
    Locator loading = page.locator("#weft-loading");
    assertThat(loading).isVisible();
    assertThat(loading).hasAttribute("role", "status");
    page.waitForTimeout(1_000);
    assertThat(held).as("frames the server sent meanwhile").isNotEmpty();
    assertThat(held.get(0)).contains("\"type\":\"render\"");
    // still loading: no render has reached the page
    assertThat(loading).isVisible();
    assertThat(page.locator("#weft-root [data-weft-id]")).hasCount(0);
    assertThat(page.locator("html")).not().hasClass(READY);

    released[0] = true;
    for (String frame : held) {
      pageSide[0].send(frame);
    }
    held.clear();
    assertThat(button(page, "Call handler")).isVisible();
    assertThat(loading).isHidden();
    assertThat(page.locator("html")).hasClass(READY);
    watch.assertClean();
  }

  @Test
  void theIndexPageShipsTheLoadingElementAndARenderHidesIt() {
    APIResponse index = page.request().get(server.url("/"));
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.headers().get("content-type")).startsWith("text/html");
    assertThat(index.text()).contains("id=\"weft-loading\"");

    page.navigate(server.url("/sub-app/"));
    assertThat(exactText(page, "This is sub app!")).isVisible();
    assertThat(page.locator("#weft-loading")).isHidden();
    watch.assertClean();
  }
}
