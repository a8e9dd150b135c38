package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.WebSocketRoute;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loading animation and the order of the server's messages, seen from a real page on the real
 * server. Playwright sits between the page and the server's WebSocket: the tests hold back the
 * server's frames (so "before the first render" lasts as long as it needs) or slip in frames of
 * their own (a gap in the server's sequence, a repeated seq).
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

  @Test
  void aGapInTheServersSequenceMakesThePageReRegisterWithItsSessionAndAckAndRecover() {
    Relay relay = Relay.route(page);
    page.navigate(server.url("/gallery/"));
    Locator status = byKey(page, "status");
    button(page, "Filled").click();
    assertThat(status).hasText("Filled clicked");
    page.waitForCondition(() -> relay.lastServerSeq(0) > 1);
    long applied = relay.lastServerSeq(0);
    String session = relay.fromServer(0).get(0).getString("session");

    // a patch that skips one seq: the page must not apply it, and must go back for what it missed
    relay.injectToPage(0, patchSettingValue(applied + 2, controlId("status"), "never applied"));
    page.waitForCondition(() -> relay.connections() == 2 && !relay.fromPage(1).isEmpty());
    JsonObject register = relay.fromPage(1).get(0);
    assertThat(register.getString("type")).isEqualTo("register");
    assertThat(register.getString("session")).as("the session it re-attaches to").isEqualTo(session);
    assertThat(register.getLong("ack")).as("the last server seq it applied").isEqualTo(applied);
    assertThat(watch.consoleWarnings()).anyMatch(text -> text.contains("jumped"));

    assertThat(status).hasText("Filled clicked");
    button(page, "Tonal").click();
    assertThat(status).hasText("Tonal clicked");
    assertThat(exactText(page, "never applied")).hasCount(0);
    assertThat(relay.connections()).isEqualTo(2);
    watch.assertClean();
  }

  @Test
  void aRepeatedSeqIsIgnoredAndChangesNothing() {
    Relay relay = Relay.route(page);
    page.navigate(server.url("/gallery/"));
    Locator status = byKey(page, "status");
    button(page, "Filled").click();
    assertThat(status).hasText("Filled clicked");
    page.waitForCondition(() -> relay.lastServerSeq(0) > 1);
    long last = relay.lastServerSeq(0);
    String before = page.locator("#weft-root").textContent();

    relay.injectToPage(0, patchSettingValue(last, controlId("status"), "repeated"));
    page.waitForCondition(() -> watch.consoleWarnings().stream().anyMatch(text -> text.contains("repeats")));
    assertThat(page.locator("#weft-root").textContent()).as("the page after the repeat").isEqualTo(before);

    button(page, "Tonal").click();
    assertThat(status).hasText("Tonal clicked");
    assertThat(exactText(page, "repeated")).hasCount(0);
    assertThat(relay.connections()).as("no reconnect for a repeat").isEqualTo(1);
    watch.assertClean();
  }

  private int controlId(String key) {
    return Integer.parseInt(byKey(page, key).getAttribute("data-weft-id"));
  }

  private static String patchSettingValue(long seq, int id, String value) {
    return new JsonObject().put("type", "patch").put("seq", seq).put("ack", 0)
        .put("ops", new io.vertx.core.json.JsonArray().add(new JsonObject().put("op", "set").put("id", id)
            .put("props", new JsonObject().put("value", value))))
        .encode();
  }

  /**
   * Relays every connection of the page to the real server, keeping what went each way (parsed),
   * and lets a test slip frames of its own to the page. Playwright calls the handlers on the test's
   * thread, inside its own calls, so the lists need no locks.
   */
  static final class Relay {
    private final List<WebSocketRoute> pageSides = new ArrayList<>();
    private final List<List<JsonObject>> fromPage = new ArrayList<>();
    private final List<List<JsonObject>> fromServer = new ArrayList<>();

    static Relay route(com.microsoft.playwright.Page page) {
      Relay relay = new Relay();
      page.routeWebSocket(Pattern.compile(".*/ws$"), ws -> {
        List<JsonObject> up = new ArrayList<>();
        List<JsonObject> down = new ArrayList<>();
        relay.pageSides.add(ws);
        relay.fromPage.add(up);
        relay.fromServer.add(down);
        WebSocketRoute serverSide = ws.connectToServer();
        ws.onMessage(frame -> {
          up.add(new JsonObject(frame.text()));
          serverSide.send(frame.text());
        });
        serverSide.onMessage(frame -> {
          down.add(new JsonObject(frame.text()));
          ws.send(frame.text());
        });
      });
      return relay;
    }

    int connections() {
      return pageSides.size();
    }

    List<JsonObject> fromPage(int connection) {
      return fromPage.get(connection);
    }

    List<JsonObject> fromServer(int connection) {
      return fromServer.get(connection);
    }

    /** The highest seq the server sent on a connection (0 before any). */
    long lastServerSeq(int connection) {
      return fromServer.get(connection).stream().mapToLong(m -> m.getLong("seq", 0L)).max().orElse(0);
    }

    void injectToPage(int connection, String frame) {
      pageSides.get(connection).send(frame);
    }
  }
}
