package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The browser client's side of the reliable channel (docs/protocol.md: acks, resend, liveness,
 * close codes), against a server the test plays itself: the real server serves the page and the
 * client, and Playwright answers the page's WebSocket in its place, so each test decides exactly
 * which frame arrives when, and which never does.
 */
// asserts on time (see its limits): failsafe runs it alone, with nothing beside it (pom.xml, "serial")
@Tag("serial")
class ClientChannelIT extends BrowserBase {

  private static final String SESSION = "test-session-0123456789abcdef";
  private static final String ROOT = """
      {"id":0,"type":"page","props":{"title":"Channel"},"children":[
        {"id":1,"type":"text","props":{"key":"count","value":"0"}},
        {"id":2,"type":"button","props":{"text":"+1","events":["click"]}}]}""";

  @Test
  void eventsTheServerDidNotAcknowledgeAreResentAfterResumeWithTheirOriginalSeq() {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    Locator plus = button(page, "+1");
    for (int i = 0; i < 3; i++) {
      plus.click();
    }
    page.waitForCondition(() -> fake.events(0).size() == 3);
    assertThat(seqs(fake.events(0))).containsExactly(2L, 3L, 4L);
    // the server applied event 2 only (the acks of 3 and 4 were lost on the way)
    fake.send(0, patch(2, 2, "1"));
    assertThat(byKey(page, "count")).hasText("1");

    fake.close(0, 4003);
    fake.awaitRegister(1);
    JsonObject register = fake.received(1).get(0);
    assertThat(register.getString("session")).isEqualTo(SESSION);
    assertThat(register.getLong("ack")).as("the last server seq applied").isEqualTo(2);
    assertThat(register.getLong("seq")).isEqualTo(5);
    // clicks while the page is not back on its session wait
    plus.click();
    plus.click();
    page.waitForTimeout(200);
    assertThat(fake.events(1)).as("events before the resume").isEmpty();

    // the server had accepted event 3 after all
    fake.send(1, resume(3, 20));
    page.waitForCondition(() -> fake.events(1).size() == 3);
    assertThat(seqs(fake.events(1))).as("resent in order, original seqs").containsExactly(4L, 6L, 7L);
    assertThat(fake.events(1)).allSatisfy(event -> assertThat(event.getLong("ack")).isEqualTo(2));

    // the replay continues the count where the page got to
    fake.send(1, patch(3, 7, "5"));
    assertThat(byKey(page, "count")).hasText("5");
    assertThat(fake.connections()).isEqualTo(2);
    assertThat(page.locator(".weft-ended-banner")).hasCount(0);
    watch.assertClean();
  }

  @Test
  void aRenderOfTheSameSessionDropsWhatItsAckCoversAndResendsTheRest() {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    button(page, "+1").click();
    button(page, "+1").click();
    page.waitForCondition(() -> fake.events(0).size() == 2);

    fake.close(0, 1012);
    fake.awaitRegister(1);
    fake.send(1, render(1, 2, 20).replace("\"value\":\"0\"", "\"value\":\"1\""));
    page.waitForCondition(() -> fake.events(1).size() == 1);
    assertThat(seqs(fake.events(1))).containsExactly(3L);
    assertThat(fake.events(1).get(0).getLong("ack")).as("the new render's seq").isEqualTo(1);
    assertThat(byKey(page, "count")).hasText("1");
    watch.assertClean();
  }

  @Test
  void thePageAcknowledgesWhatItAppliedAtLeastEvery32Messages() {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    int last = 100;
    for (int seq = 2; seq <= last; seq++) {
      fake.send(0, patch(seq, 1, Integer.toString(seq)));
    }
    page.waitForCondition(() -> fake.acks(0).contains((long) last));
    List<Long> acks = fake.acks(0);
    System.out.println("[e2e channel] acks for " + last + " messages: " + acks);
    long told = 0;
    for (long ack : acks) {
      assertThat(ack).as("acks only grow, never above what was sent").isGreaterThan(told).isLessThanOrEqualTo(last);
      assertThat(ack - told).as("at once when 32 are unacknowledged").isLessThanOrEqualTo(32);
      told = ack;
    }
    assertThat(byKey(page, "count")).hasText(Integer.toString(last));

    // an event carries the ack, so no separate one is needed for it
    button(page, "+1").click();
    page.waitForCondition(() -> fake.events(0).size() == 1);
    assertThat(fake.events(0).get(0).getLong("ack")).isEqualTo(last);
    watch.assertClean();
  }

  @Test
  void aSilentServerIsPingedAndThenLeftForANewConnection() {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 1)); // heartbeat 1 s
    page.waitForCondition(() -> fake.pings(0) == 1);
    fake.send(0, "{\"type\":\"pong\"}");
    page.waitForCondition(() -> fake.pings(0) == 2);
    assertThat(fake.connections()).as("answered pings keep the connection").isEqualTo(1);

    // this ping goes unanswered: after another heartbeat the page reconnects and re-attaches
    fake.awaitRegister(1);
    JsonObject register = fake.received(1).get(0);
    assertThat(register.getString("session")).isEqualTo(SESSION);
    assertThat(register.getLong("ack")).isEqualTo(1);
    fake.send(1, resume(1, 20));
    button(page, "+1").click();
    page.waitForCondition(() -> fake.events(1).size() == 1);
    assertThat(watch.consoleWarnings()).anyMatch(text -> text.contains("no answer from the server"));
    watch.assertClean();
  }

  @Test
  void aLostSessionStartsAFreshOneAtOnceWithANoticeAndNoClick() throws Exception {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    assertThat(byKey(page, "count")).hasText("0");
    button(page, "+1").click();
    page.waitForCondition(() -> fake.events(0).size() == 1);

    long lost = System.nanoTime();
    fake.close(0, 4002); // the session is gone: expired, or its instance stopped or died
    Locator notice = page.locator(".weft-session-lost-banner");
    assertThat(notice).isVisible();
    assertThat(notice).hasAttribute("role", "status");
    assertThat(notice).containsText(Pattern.compile("This page[’']s session was lost"));
    assertThat(notice).containsText("A new session has started");
    assertThat(page.locator(".weft-ended-banner")).hasCount(0); // nothing to reload by hand
    fake.awaitRegister(1);
    long registeredMs = (System.nanoTime() - lost) / 1_000_000;
    JsonObject register = fake.received(1).get(0);
    assertThat(register.getValue("session")).as("a register for a new session").isNull();
    assertThat(register.getLong("ack")).isZero();
    assertThat(registeredMs).as("registered afresh well within 3 s").isLessThan(3_000);
    screenshot("notice-4002-session-lost");

    fake.send(1, render(1, register.getLong("seq"), 20).replace(SESSION, "another-session-0123456789"));
    assertThat(byKey(page, "count")).hasText("0");
    // the click meant for the lost session is not sent to the new one, and the page says so
    assertThat(page.locator(".weft-lost-banner")).containsText("1 action");
    page.waitForTimeout(300);
    assertThat(fake.events(1)).isEmpty();
    button(page, "+1").click();
    page.waitForCondition(() -> fake.events(1).size() == 1);
    notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("OK")).click();
    assertThat(notice).hasCount(0);
    assertThat(fake.connections()).isEqualTo(2);
    watch.assertClean();
  }

  @Test
  void aNormalCloseWithWeftsReasonSaysTheSessionEndedAndDoesNotReconnect() throws Exception {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    assertThat(byKey(page, "count")).hasText("0");

    // a 1000 without a reason is the WebSocket stack's (Vert.x closing its HTTP server), not Weft's
    fake.close(0, 1000, "");
    fake.awaitRegister(1);
    fake.send(1, resume(1, 20));
    assertThat(page.locator(".weft-ended-banner")).hasCount(0);

    fake.close(1, 1000, "session ended");
    Locator notice = page.locator(".weft-ended-banner");
    assertThat(notice).hasText(Pattern.compile("This session has ended\\.\\s*Reload"));
    assertThat(notice).hasAttribute("role", "alert");
    page.waitForTimeout(1_000);
    screenshot("notice-1000-session-ended");
    assertThat(fake.connections()).as("no reconnect after Weft's 1000").isEqualTo(2);
    watch.assertClean();
  }

  @Test
  void theReconnectBannerShowsOnlyWhenADropLastsOverASecond() throws Exception {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    assertThat(byKey(page, "count")).hasText("0");
    page.evaluate("""
        () => new MutationObserver(() => {
          const banner = document.querySelector('.weft-reconnect-banner');
          if (banner && !banner.hidden) window.sawReconnectBanner = true;
        }).observe(document.getElementById('weft-banners'), {subtree: true, childList: true, attributes: true})""");

    // a quick drop: reconnected and resumed well within the second
    long dropped = System.nanoTime();
    fake.close(0, 4004);
    fake.awaitRegister(1);
    fake.send(1, resume(1, 20));
    long resumedMs = (System.nanoTime() - dropped) / 1_000_000;
    page.waitForTimeout(1_200);
    System.out.println("[e2e channel] quick drop resumed after " + resumedMs + " ms");
    if (resumedMs < 800) {
      assertThat(page.evaluate("() => window.sawReconnectBanner === true")).as("a banner for a quick drop").isEqualTo(false);
    } else {
      System.out.println("[e2e channel] the machine is too slow for the quick-drop check; skipped it");
    }

    // a longer one: the banner shows, and goes with the resume
    fake.close(1, 4003);
    fake.awaitRegister(2);
    Locator banner = page.locator(".weft-reconnect-banner");
    assertThat(banner).isVisible();
    assertThat(banner).hasAttribute("role", "status");
    assertThat(banner).hasText("Reconnecting…");
    screenshot("banner-reconnecting");
    fake.send(2, resume(1, 20));
    assertThat(banner).isHidden();
    watch.assertClean();
  }

  @Test
  void eventsBeyondTheCapAreRefusedAndTheBannerSaysHowMany() throws Exception {
    FakeServer fake = FakeServer.route(page);
    page.navigate(server.url("/"));
    fake.awaitRegister(0);
    fake.send(0, render(1, 1, 20));
    assertThat(byKey(page, "count")).hasText("0");
    String client = (String) page.evaluate("() => document.querySelector('script[type=module]').src");
    int cap = ((Number) page.evaluate("url => import(new URL('pending.js', url)).then(m => m.MAX_PENDING_EVENTS)", client)).intValue();
    assertThat(cap).as("the page keeps at least 1,000 events").isGreaterThanOrEqualTo(1_000);

    fake.close(0, 4003);
    fake.awaitRegister(1); // registered, not resumed: every click waits
    page.evaluate("n => { const b = document.querySelector('[data-weft-id=\"2\"]');"
        + " for (let i = 0; i < n; i++) b.click(); }", cap + 3);
    Locator lost = page.locator(".weft-lost-banner");
    assertThat(lost).isVisible();
    assertThat(lost).hasAttribute("role", "alert");
    assertThat(lost).containsText("3 actions could not be kept while offline");
    screenshot("banner-actions-lost");

    fake.send(1, resume(1, 20));
    page.waitForCondition(() -> fake.events(1).size() == cap, new Page.WaitForConditionOptions().setTimeout(30_000));
    List<Long> seqs = seqs(fake.events(1));
    assertThat(seqs.get(0)).isEqualTo(3);
    assertThat(seqs.get(cap - 1)).isEqualTo(cap + 2L);
    lost.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss")).click();
    assertThat(lost).hasCount(0);
    watch.assertClean();
  }

  private void screenshot(String name) throws Exception {
    Path file = E2eServer.screenshots().resolve("client-" + name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setAnimations(ScreenshotAnimations.DISABLED));
    System.out.println("[e2e channel] screenshot " + file);
  }

  private static String render(long seq, long ack, int heartbeat) {
    return "{\"type\":\"render\",\"seq\":" + seq + ",\"ack\":" + ack + ",\"session\":\"" + SESSION
        + "\",\"heartbeat\":" + heartbeat + ",\"root\":" + ROOT + "}";
  }

  private static String resume(long ack, int heartbeat) {
    return new JsonObject().put("type", "resume").put("session", SESSION).put("ack", ack)
        .put("heartbeat", heartbeat).encode();
  }

  /** A patch setting the count text. */
  private static String patch(long seq, long ack, String count) {
    return new JsonObject().put("type", "patch").put("seq", seq).put("ack", ack)
        .put("ops", new JsonArray().add(new JsonObject().put("op", "set").put("id", 1)
            .put("props", new JsonObject().put("value", count))))
        .encode();
  }

  private static List<Long> seqs(List<JsonObject> messages) {
    return messages.stream().map(m -> m.getLong("seq")).collect(Collectors.toList());
  }

  /**
   * Plays the server: every WebSocket the page opens ends here (nothing reaches the real server),
   * and what the page sends is kept per connection, parsed. Playwright calls the handlers on the
   * test's thread, inside its own calls (such as {@code waitForCondition}), so no locks.
   */
  static final class FakeServer {
    private final Page page;
    private final List<WebSocketRoute> sockets = new ArrayList<>();
    private final List<List<JsonObject>> received = new ArrayList<>();

    private FakeServer(Page page) {
      this.page = page;
    }

    static FakeServer route(Page page) {
      FakeServer fake = new FakeServer(page);
      page.routeWebSocket(Pattern.compile(".*/ws$"), ws -> {
        List<JsonObject> inbox = new ArrayList<>();
        fake.sockets.add(ws);
        fake.received.add(inbox);
        ws.onMessage(frame -> inbox.add(new JsonObject(frame.text())));
      });
      return fake;
    }

    int connections() {
      return sockets.size();
    }

    List<JsonObject> received(int connection) {
      return received.get(connection);
    }

    /** Waits for connection {@code connection} and its first message, which must be a register. */
    void awaitRegister(int connection) {
      page.waitForCondition(() -> connections() > connection && !received.get(connection).isEmpty());
      assertThat(received.get(connection).get(0).getString("type")).isEqualTo("register");
    }

    List<JsonObject> events(int connection) {
      return ofType(connection, "event");
    }

    List<Long> acks(int connection) {
      return ofType(connection, "ack").stream().map(m -> m.getLong("ack")).collect(Collectors.toList());
    }

    long pings(int connection) {
      return ofType(connection, "ping").size();
    }

    private List<JsonObject> ofType(int connection, String type) {
      if (connection >= received.size()) {
        return List.of();
      }
      return received.get(connection).stream().filter(m -> type.equals(m.getString("type"))).collect(Collectors.toList());
    }

    void send(int connection, String frame) {
      sockets.get(connection).send(frame);
    }

    void close(int connection, int code) {
      close(connection, code, "test");
    }

    void close(int connection, int code, String reason) {
      sockets.get(connection).close(new WebSocketRoute.CloseOptions().setCode(code).setReason(reason));
    }
  }
}
