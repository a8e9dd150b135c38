package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.weft.App;
import dev.weft.examples.SubApp;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code page.launchUrl} in Chromium, and the session kept across leaving the page: a counter
 * app leaves for another page and, coming back to it in the same tab, finds its session with the
 * count it had (whether Chromium restores it from the back-forward cache or loads it afresh and
 * resumes from the tab's resume entry). A resume entry whose session is gone starts a fresh
 * session without the session-lost notice. {@code launchUrl(url, true)} opens a new tab and keeps
 * the page.
 */
class NavigateIT extends BrowserBase {

  private static WeftTestServer weft;

  @BeforeAll
  static void startWeft() {
    if (Browsers.skipped()) {
      return;
    }
    Map<String, Object> apps = new LinkedHashMap<>();
    apps.put("/count/", counter());
    apps.put("/elsewhere/", new SubApp());
    weft = WeftTestServer.start(WeftTestServer.config(), apps);
  }

  @AfterAll
  static void stopWeft() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  private static App counter() {
    return page -> {
      Text count = new Text("count 0").key("count");
      int[] n = {0};
      page.add(count,
          new Button("+1", e -> count.value("count " + ++n[0])),
          new Button("leave", e -> page.launchUrl("../elsewhere/")),
          new Button("tab", e -> page.launchUrl("../elsewhere/", true)));
    };
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + weft.port() + path;
  }

  @Test
  void leavingAndComingBackKeepsTheSession() {
    List<String> sessions = Collections.synchronizedList(new ArrayList<>());
    page.onWebSocket(ws -> ws.onFrameReceived(frame -> {
      if (ws.url().endsWith("/count/ws") && frame.text() != null
          && frame.text().startsWith("{\"type\":\"render\"")) {
        sessions.add(new JsonObject(frame.text()).getString("session"));
      }
    }));
    page.navigate(url("/count/"));
    button(page, "+1").click();
    button(page, "+1").click();
    exactText(page, "count 2").waitFor();

    button(page, "leave").click();
    exactText(page, "This is sub app!").waitFor();
    assertThat(page.url()).isEqualTo(url("/elsewhere/"));
    assertThat(page.evaluate("() => sessionStorage.getItem('weft:resume:/count/')"))
        .as("kept for the return").isNotNull();

    page.goBack();
    exactText(page, "count 2").waitFor();
    button(page, "+1").click();
    exactText(page, "count 3").waitFor();
    assertThat(sessions).as("the counter's one session throughout").isNotEmpty()
        .containsOnly(sessions.get(0));
    assertThat(page.evaluate("() => sessionStorage.getItem('weft:resume:/count/')"))
        .as("used up").isNull();
    assertThat(page.locator(".weft-session-lost-banner").count()).isZero();
    watch.assertClean();
  }

  @Test
  void aResumeEntryWhoseSessionIsGoneStartsAfreshWithoutANotice() {
    page.navigate(url("/count/"));
    exactText(page, "count 0").waitFor();
    page.evaluate("() => sessionStorage.setItem('weft:resume:/count/',"
        + " JSON.stringify({session: 'AAAAAAAAAAAAAAAAAAAAAAAA', seq: 41}))");
    page.reload();
    exactText(page, "count 0").waitFor();
    button(page, "+1").click();
    exactText(page, "count 1").waitFor();
    assertThat(page.locator(".weft-session-lost-banner").count()).isZero();
    assertThat(page.evaluate("() => sessionStorage.length")).isEqualTo(0);
    watch.assertClean();
  }

  @Test
  void aNewTabOpensAndThePageStays() {
    page.navigate(url("/count/"));
    button(page, "+1").click();
    exactText(page, "count 1").waitFor();
    Page tab = context.waitForPage(() -> button(page, "tab").click());
    tab.waitForLoadState();
    exactText(tab, "This is sub app!").waitFor();
    assertThat(tab.url()).isEqualTo(url("/elsewhere/"));
    button(page, "+1").click();
    exactText(page, "count 2").waitFor();
    assertThat(page.evaluate("() => sessionStorage.length")).isEqualTo(0);
    watch.assertClean();
  }
}
