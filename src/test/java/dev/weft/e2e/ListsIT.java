package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.weft.App;
import dev.weft.Weft;
import dev.weft.server.WeftConfig;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.Control;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ListTile;
import dev.weft.ui.controls.ListView;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import io.vertx.core.http.HttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Virtual lists in Chromium: a 10,000-item ListView keeps its attached DOM small at the top, the
 * middle and the end; a patch to an item never built shows once it is scrolled into view; items
 * inserted and removed while scrolled; scrollEnd once per growth; Tab and Enter on a tile; the
 * gallery's "Lists" section by mouse and keyboard, with screenshots
 * target/screenshots/lists-light.png and lists-dark.png. Prints the first render and a one-cell
 * patch as measured in the page (script time of the message, and to the next frame).
 */
class ListsIT extends BrowserBase {

  private static final int COUNT = 10_000;
  private static WeftTestServer weft;

  /** Wraps the socket's onmessage to time each render and patch inside the page. */
  private static final String TIMING = """
      (() => {
        const parse = JSON.parse;
        JSON.parse = function (t, r) {
          const s = performance.now();
          const v = parse.call(this, t, r);
          if (typeof t === 'string' && t.length > 100000) window.__weftParse = [performance.now() - s, t.length];
          return v;
        };
        const d = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
        Object.defineProperty(WebSocket.prototype, 'onmessage', {
          configurable: true,
          get() { return d.get.call(this); },
          set(fn) {
            d.set.call(this, fn && ((e) => {
              const head = typeof e.data === 'string' ? e.data.slice(0, 80) : '';
              const t0 = performance.now();
              fn(e);
              const t1 = performance.now();
              if (head.includes('"render"')) {
                requestAnimationFrame(() => setTimeout(() => {
                  window.__weftRender = { script: t1 - t0, frame: performance.now() - t0 };
                }));
              } else if (head.includes('"patch"')) {
                (window.__weftPatches ||= []).push(t1 - t0);
              }
            }));
          },
        });
      })();
      """;

  @BeforeAll
  static void startWeft() {
    if (Browsers.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config(), Map.of("/long/", longList()));
  }

  @AfterAll
  static void stopWeft() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  /** 10,000 tiles (title and subtitle) in a 400 px list, with buttons that patch it. */
  private static App longList() {
    return page -> {
      Text status = new Text("none clicked").key("status");
      Text ends = new Text("ends 0").key("ends");
      AtomicInteger endCount = new AtomicInteger();
      List<Control<?>> tiles = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        tiles.add(tile("Item " + i, status));
      }
      ListView list = new ListView(tiles.toArray(Control<?>[]::new));
      list.height(400).key("list");
      list.onScrollEnd(e -> ends.value("ends " + endCount.incrementAndGet()));
      ListView log = new ListView(new Text("line 0"), new Text("line 1")).autoScroll(true).spacing(4).padding(8);
      log.height(80).key("log");
      page.add(new Row(status, ends),
          new Row(
              new Button("patch far", e -> ((Text) ((ListTile) list.controls().get(5000)).title())
                  .value("Patched 5000")),
              new Button("patch near", e -> ((Text) ((ListTile) list.controls().get(1)).title())
                  .value("Patched 1")),
              new Button("insert at 5000", e -> list.controls().add(5000, tile("Inserted", status))),
              new Button("remove 5001", e -> list.controls().remove(5001)),
              new Button("restructure far", e -> ((ListTile) list.controls().get(6000))
                  .subtitle(null).leading(new Text("lead")).trailing(new Text("trail"))),
              new Button("move far up", e -> list.controls().add(2, list.controls().remove(7000))),
              new Button("add ten", e -> {
                for (int i = 0; i < 10; i++) {
                  list.controls().add(tile("More " + i, status));
                }
              })),
          list, log, new Button("log", e -> log.controls().add(new Text("line " + log.controls().size()))));
    };
  }

  private static ListTile tile(String title, Text status) {
    return new ListTile(new Text(title)).subtitle(new Text("subtitle of " + title))
        .onClick(e -> status.value("clicked " + title));
  }

  private Locator list() {
    return byKey(page, "list");
  }

  private int attachedItems() {
    return ((Number) page.evaluate("document.querySelectorAll('[data-key=\"list\"] [role=listitem]').length"))
        .intValue();
  }

  private void scrollListTo(String where) {
    page.evaluate("(where) => { const el = document.querySelector('[data-key=\"list\"]');"
        + " if (where !== 'none') el.scrollTop = where === 'end' ? el.scrollHeight : el.scrollHeight / 2; }", where);
    page.waitForTimeout(100); // a frame or two for the windowing
  }

  private void openLongList() {
    page.addInitScript(TIMING);
    page.navigate(weft.url("/long/"));
    // the first page of a run builds 10,000 tiles on a cold server: give it time on a busy machine
    assertThat(exactText(page, "Item 0")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
  }

  @Test
  void aLongListKeepsItsDomSmallAndShowsPatchesToItemsNeverBuilt() {
    openLongList();
    Scripts.waitUntil(page, "window.__weftRender !== undefined");
    @SuppressWarnings("unchecked")
    Map<String, Number> render = (Map<String, Number>) page.evaluate("window.__weftRender");
    System.out.printf("[lists] first render of %d tiles: %.1f ms of script, %.1f ms to the next frame%n",
        COUNT, render.get("script").doubleValue(), render.get("frame").doubleValue());
    System.out.println("[lists] of which JSON.parse [ms, chars]: " + page.evaluate("JSON.stringify(window.__weftParse)"));
    Locator items = list().getByRole(AriaRole.LISTITEM);
    assertThat(items.first()).hasAttribute("aria-setsize", String.valueOf(COUNT));
    assertThat(items.first()).hasAttribute("aria-posinset", "1");
    int top = attachedItems();
    assertThat(top).as("items attached at the top").isBetween(5, 200);

    // a patch to an item in view costs little script
    page.evaluate("window.__weftPatches = []");
    button(page, "patch near").click();
    assertThat(exactText(page, "Patched 1")).isVisible();
    double patch = ((Number) page.evaluate("Math.max(...window.__weftPatches)")).doubleValue();
    System.out.printf("[lists] one-text patch on the %d-tile page: %.2f ms of script%n", COUNT, patch);

    // a patch to an item far away, never built, shows when it comes into view
    button(page, "patch far").click();
    page.waitForTimeout(200);
    assertThat(exactText(page, "Patched 5000")).hasCount(0); // not built
    scrollListTo("middle");
    assertThat(attachedItems()).as("items attached in the middle").isBetween(5, 200);
    list().getByText("Patched 5000").scrollIntoViewIfNeeded();
    assertThat(exactText(page, "Patched 5000")).isVisible();
    assertThat(page.locator("[aria-posinset=\"5001\"]")).containsText("Patched 5000");

    // insert and remove while scrolled there
    button(page, "insert at 5000").click();
    assertThat(exactText(page, "Inserted")).isVisible();
    assertThat(page.locator("[aria-posinset=\"5001\"]")).containsText("Inserted");
    assertThat(page.locator("[aria-posinset=\"5002\"]")).containsText("Patched 5000");
    assertThat(items.first()).hasAttribute("aria-setsize", String.valueOf(COUNT + 1));
    button(page, "remove 5001").click(); // the patched one
    assertThat(exactText(page, "Patched 5000")).hasCount(0);
    assertThat(page.locator("[aria-posinset=\"5002\"]")).containsText("Item 5001");
    assertThat(items.first()).hasAttribute("aria-setsize", String.valueOf(COUNT));

    scrollListTo("end");
    assertThat(exactText(page, "Item 9999")).isVisible();
    assertThat(attachedItems()).as("items attached at the end").isBetween(5, 200);
    assertThat(page.locator("[data-weft-id]").count()).as("controls in the DOM").isLessThan(800);
    watch.assertClean();
  }

  @Test
  void operationsInsideItemsNeverBuiltAndMovesOfItemsShowWhenScrolledTo() {
    openLongList();
    button(page, "restructure far").click(); // removes, inserts and sets inside a dormant tile
    button(page, "move far up").click(); // item 7000 (never built) to index 2
    Locator third = list().locator("[aria-posinset=\"3\"]");
    assertThat(third).containsText("Item 7000");
    assertThat(list().locator("[aria-posinset=\"4\"]")).containsText("Item 2");
    page.evaluate("document.querySelector('[data-key=\"list\"]').scrollTop = 0");
    page.waitForTimeout(100);
    // tile 6000 is now at index 6001 (7000 moved from after it to before it)
    page.evaluate("document.querySelector('[data-key=\"list\"]').scrollTop = 6000 * 72 - 100");
    page.waitForTimeout(150);
    Locator restructured = list().locator("[role=listitem]:has-text(\"Item 6000\")");
    restructured.scrollIntoViewIfNeeded();
    assertThat(restructured).containsText("lead");
    assertThat(restructured).containsText("trail");
    assertThat(restructured).not().containsText("subtitle of");
    // the slots sit where they belong: lead left of the title, trail at the right end
    double lead = ((Number) restructured.getByText("lead").evaluate("e => e.getBoundingClientRect().left")).doubleValue();
    double title = ((Number) restructured.getByText("Item 6000").evaluate("e => e.getBoundingClientRect().left")).doubleValue();
    double trail = ((Number) restructured.getByText("trail").evaluate("e => e.getBoundingClientRect().left")).doubleValue();
    assertThat(lead).isLessThan(title);
    assertThat(trail).isGreaterThan(title + 100);
    watch.assertClean();
  }

  @Test
  void anAutoScrollListFollowsItsEndAndAListOfTextsIsATabStop() {
    openLongList();
    Locator log = byKey(page, "log");
    for (int i = 2; i < 8; i++) {
      button(page, "log").click();
      assertThat(log.getByText("line " + i, new Locator.GetByTextOptions().setExact(true))).isInViewport();
    }
    // the texts cannot take the focus, so the scrolling list itself can (and scrolls by keys)
    assertThat(log).hasAttribute("tabindex", "0");
    assertThat(list()).not().hasAttribute("tabindex", "0"); // its tiles are buttons
    log.focus();
    page.keyboard().press("Home");
    Scripts.waitUntil(page, "document.querySelector('[data-key=\"log\"]').scrollTop === 0");
    watch.assertClean();
  }

  @Test
  void scrollEndFiresOnceAndAgainOnlyAfterMoreItemsCame() {
    openLongList();
    Locator ends = byKey(page, "ends");
    scrollListTo("end");
    assertThat(ends).hasText("ends 1");
    page.mouse().move(300, 300);
    list().hover();
    page.mouse().wheel(0, -300);
    page.waitForTimeout(150);
    scrollListTo("end");
    page.waitForTimeout(300);
    assertThat(ends).hasText("ends 1"); // the same end again: no second event
    button(page, "add ten").click();
    assertThat(list().getByRole(AriaRole.LISTITEM).first()).hasAttribute("aria-setsize", String.valueOf(COUNT + 10));
    scrollListTo("end");
    assertThat(exactText(page, "More 9")).isVisible();
    assertThat(ends).hasText("ends 2");
    watch.assertClean();
  }

  @Test
  void tabReachesATileEnterClicksItAndTheFocusSurvivesScrollingAway() {
    openLongList();
    Locator first = list().getByRole(AriaRole.BUTTON).first();
    first.focus();
    page.keyboard().press("Tab");
    Locator second = page.locator(":focus");
    assertThat(second).containsText("Item 1");
    page.keyboard().press("Enter");
    assertThat(byKey(page, "status")).hasText("clicked Item 1");
    page.keyboard().press(" ");
    assertThat(byKey(page, "status")).hasText("clicked Item 1");

    // scroll far away and back: the focused tile stays attached and keeps the focus
    scrollListTo("middle");
    assertThat(attachedItems()).isLessThan(200);
    assertThat(page.locator(":focus")).containsText("Item 1");
    page.evaluate("document.querySelector('[data-key=\"list\"]').scrollTop = 0");
    page.waitForTimeout(100);
    assertThat(page.locator(":focus")).containsText("Item 1");
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).containsText("Item 2");
    watch.assertClean();
  }

  @Test
  void theGallerySectionWorksByMouseAndKeyboardInLightAndDark() throws Exception {
    page.navigate(server.url("/gallery/"));
    Locator section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Lists"));
    section.waitFor(new Locator.WaitForOptions().setTimeout(30_000)); // a busy machine
    section.scrollIntoViewIfNeeded();
    Locator longList = byKey(page, "long-list");
    assertThat(longList.getByRole(AriaRole.LISTITEM).first()).hasAttribute("aria-setsize", "1000");
    longList.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Item 3 Row 3 of 1000")).click();
    assertThat(page.getByText("Clicked item 3", new Page.GetByTextOptions().setExact(true))).isVisible();
    page.keyboard().press("Tab");
    page.keyboard().press("Enter");
    assertThat(page.getByText("Clicked item 4", new Page.GetByTextOptions().setExact(true))).isVisible();
    int attached = ((Number) longList.evaluate("el => el.querySelectorAll('[role=listitem]').length")).intValue();
    assertThat(attached).isLessThan(100);

    Locator grid = byKey(page, "grid");
    assertThat(grid.getByRole(AriaRole.LISTITEM).first()).hasAttribute("aria-setsize", "60");
    // the grid's cells are laid out by columns of at most 80 px
    Number firstTop = (Number) grid.evaluate("el => el.querySelector('[aria-posinset=\"1\"]').offsetTop");
    Number secondTop = (Number) grid.evaluate("el => el.querySelector('[aria-posinset=\"2\"]').offsetTop");
    assertThat(secondTop).isEqualTo(firstTop);
    button(page, "Notifications 3 new").click();
    assertThat(page.getByText("Opened notifications", new Page.GetByTextOptions().setExact(true))).isVisible();

    page.mouse().move(0, 0);
    page.waitForTimeout(800); // the ripples fade
    section.screenshot(new Locator.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("lists-light.png")));
    page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode").setExact(true)).click();
    page.waitForTimeout(800);
    section.screenshot(new Locator.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("lists-dark.png")));
    watch.assertClean();
  }

  @Test
  void aReRenderAfterAReconnectKeepsTheListsScrollPosition() throws Exception {
    // no replay buffer: the re-attach gets a render of the same session (preserve)
    Weft reconnecting = Weft.create(server.vertx, WeftConfig.defaults().with("http.host", "127.0.0.1")
        .with("http.port", 0).with("session.replayBufferBytes", 0), Map.of("/long/", longList()));
    HttpServer http = null;
    try {
      http = E2eServer.await(server.vertx.createHttpServer(reconnecting.serverOptions())
          .requestHandler(reconnecting.router()).listen());
      int port = http.actualPort();
      page.navigate("http://127.0.0.1:" + port + "/long/");
      assertThat(exactText(page, "Item 0")).isVisible();
      page.evaluate("document.querySelector('[data-key=\"list\"]').scrollTop = 300000");
      scrollListTo("none");
      Object before = page.evaluate("document.querySelector('[data-key=\"list\"]').scrollTop");
      String firstShown = (String) page.evaluate("[...document.querySelectorAll('[data-key=\"list\"] [role=listitem]')]"
          + ".find(w => w.getBoundingClientRect().bottom > document.querySelector('[data-key=\"list\"]')"
          + ".getBoundingClientRect().top).textContent");

      E2eServer.await(http.close());
      http = null;
      Locator banner = page.locator(".weft-reconnect-banner");
      assertThat(banner).isVisible();
      http = E2eServer.await(server.vertx.createHttpServer(reconnecting.serverOptions().setPort(port))
          .requestHandler(reconnecting.router()).listen());
      assertThat(banner).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(20_000));
      page.waitForTimeout(200);
      Object after = page.evaluate("document.querySelector('[data-key=\"list\"]').scrollTop");
      String firstAfter = (String) page.evaluate("[...document.querySelectorAll('[data-key=\"list\"] [role=listitem]')]"
          + ".find(w => w.getBoundingClientRect().bottom > document.querySelector('[data-key=\"list\"]')"
          + ".getBoundingClientRect().top).textContent");
      System.out.println("[lists] scrollTop before " + before + " after " + after + "; first shown " + firstShown
          + " / " + firstAfter);
      assertThat(((Number) after).doubleValue()).isCloseTo(((Number) before).doubleValue(),
          org.assertj.core.data.Offset.offset(2.0));
      assertThat(firstAfter).isEqualTo(firstShown);
      assertThat(attachedItems()).isLessThan(200);
      watch.assertClean(PageWatch::isWebSocketConnectFailure);
    } finally {
      if (http != null) {
        E2eServer.await(http.close());
      }
      reconnecting.close();
    }
  }
}
