package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * State and keys in Chromium: {@code page.clientStorage()} survives a reload and keeps two apps'
 * keys apart; a key press with modifiers reaches {@code page.onKeyboardEvent};
 * {@code control.focus()} moves the browser's focus; keyboard focus shows a ring; a submit
 * handler that clears its field leaves it cleared.
 */
class StorageKeysIT extends BrowserBase {

  private static WeftTestServer weft;

  @BeforeAll
  static void startWeft() {
    if (Browsers.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config(), Map.of("/a/", app(), "/b/", app(), "/clears/", clearing()));
  }

  @AfterAll
  static void stopWeft() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  /** A field whose (slow) submit handler clears it, as a chat does after sending. */
  private static App clearing() {
    return page -> {
      Text sent = new Text("nothing sent").key("sent");
      TextField message = new TextField("message").key("message");
      message.onSubmit(e -> {
        String text = message.value();
        message.value("");
        // the change that follows Enter arrives now, before this handler's changes are sent
        Thread.sleep(300);
        sent.value("sent " + text);
      });
      page.add(message, sent);
    };
  }

  private static App app() {
    return page -> {
      TextField entry = new TextField("note").key("entry");
      Text result = new Text("idle").key("result");
      Text key = new Text("no key").key("key");
      page.onKeyboardEvent(e -> key.value("key " + e.key() + (e.ctrl() ? " ctrl" : "")
          + (e.shift() ? " shift" : "") + (e.alt() ? " alt" : "") + (e.meta() ? " meta" : "")));
      page.add(entry, result, key,
          new Button("save", e -> page.clientStorage().set("note", entry.value())
              .whenComplete((v, t) -> {
                result.value(t == null ? "saved" : "failed " + t);
                page.update();
              })),
          new Button("load", e -> page.clientStorage().get("note")
              .whenComplete((v, t) -> {
                result.value(t == null ? "loaded " + v : "failed " + t);
                page.update();
              })),
          new Button("focus entry", e -> entry.focus()));
    };
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + weft.port() + path;
  }

  @Test
  void aStoredValueSurvivesAReloadAndAppsKeepTheirOwnKeys() {
    page.navigate(url("/a/"));
    byKey(page, "entry").locator("input").fill("alpha");
    button(page, "save").click();
    exactText(page, "saved").waitFor();
    assertThat(page.evaluate("localStorage.getItem('weft:/a/note')")).isEqualTo("\"alpha\"");

    page.reload();
    exactText(page, "idle").waitFor();
    button(page, "load").click();
    exactText(page, "loaded alpha").waitFor();

    page.navigate(url("/b/"));
    button(page, "load").click();
    exactText(page, "loaded null").waitFor();
    byKey(page, "entry").locator("input").fill("beta");
    button(page, "save").click();
    exactText(page, "saved").waitFor();
    assertThat(page.evaluate("localStorage.getItem('weft:/a/note')")).isEqualTo("\"alpha\"");
    assertThat(page.evaluate("localStorage.getItem('weft:/b/note')")).isEqualTo("\"beta\"");
    watch.assertClean();
  }

  @Test
  void aKeyPressReachesTheHandlerWithItsModifiers() {
    page.navigate(url("/a/"));
    exactText(page, "no key").waitFor();
    page.keyboard().press("Control+k");
    exactText(page, "key k ctrl").waitFor();
    page.keyboard().press("Shift+Alt+ArrowUp");
    exactText(page, "key ArrowUp shift alt").waitFor();
    watch.assertClean();
  }

  @Test
  void aSubmitHandlerThatClearsItsFieldLeavesItCleared() {
    page.navigate(url("/clears/"));
    Locator field = page.locator("[data-key=\"message\"] input");
    field.fill("hello");
    // Enter sends submit, then the DOM's change with "hello" arrives while the handler, which has
    // cleared the field, sleeps: the server must keep its own "" and send it
    field.press("Enter");
    assertThat(page.locator("[data-key=\"sent\"]")).hasText("sent hello");
    page.waitForTimeout(300); // a late value sync would show up by now
    assertThat(field).hasValue("");
    watch.assertClean();
  }

  @Test
  void focusMovesTheBrowsersFocusAndKeyboardFocusShowsARing() {
    page.navigate(url("/a/"));
    button(page, "focus entry").click();
    Scripts.waitUntil(page, "document.activeElement && document.activeElement.closest('[data-key=\"entry\"]') !== null"
        + " && document.activeElement.tagName === 'INPUT'");

    page.keyboard().press("Tab"); // from the field to the next focusable: the save button
    Scripts.waitUntil(page, "document.activeElement && document.activeElement.textContent.includes('save')");
    assertThat(page.evaluate("document.activeElement.matches(':focus-visible')")).isEqualTo(true);
    assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
    watch.assertClean();
  }
}
