package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The chat demo in two browsers (two contexts: two users, two sessions) on one server: each sees
 * the other join, and messages go both ways — sent with Enter in one, with the Send button in the
 * other — through {@code page.pubsub()}. Leaves a screenshot, target/screenshots/chat.png.
 */
class ChatIT extends BrowserBase {

  @Test
  void twoBrowsersChatThroughPubSub() throws Exception {
    BrowserContext bobsContext = newContext();
    try {
      Page bob = bobsContext.newPage();
      PageWatch bobsWatch = PageWatch.attach(bob, "ChatIT.bob");

      join(page, "Ada");
      bob.navigate(server.url("/chat/"));
      assertThat(bob.getByLabel("Your name")).isFocused(); // autofocus: type, then Enter
      assertThat(messageField(bob)).isDisabled(); // until he joins
      bob.screenshot(new Page.ScreenshotOptions()
          .setPath(E2eServer.screenshots().resolve("chat-before-join.png")).setFullPage(true));
      join(bob, "Bob");
      assertThat(exactText(page, "Bob joined the chat")).isVisible();
      assertThat(exactText(bob, "Bob joined the chat")).isVisible();
      assertThat(exactText(bob, "Ada joined the chat")).hasCount(0); // she joined before he came

      Locator adasField = messageField(page);
      adasField.fill("Hello Bob, this is Ada");
      adasField.press("Enter");
      assertThat(exactText(bob, "Hello Bob, this is Ada")).isVisible();
      assertThat(exactText(page, "Hello Bob, this is Ada")).isVisible();
      assertThat(adasField).hasValue(""); // sent: the field is cleared

      messageField(bob).fill("Hi Ada! Bob here, on another session");
      button(bob, "Send").click();
      assertThat(exactText(page, "Hi Ada! Bob here, on another session")).isVisible();
      assertThat(exactText(page, "Bob")).isVisible();
      assertThat(exactText(page, "Ada (you)")).isVisible();

      page.screenshot(new Page.ScreenshotOptions()
          .setPath(E2eServer.screenshots().resolve("chat.png")).setFullPage(true));
      bob.screenshot(new Page.ScreenshotOptions()
          .setPath(E2eServer.screenshots().resolve("chat-bob.png")).setFullPage(true));
      watch.assertClean();
      bobsWatch.assertClean();
    } finally {
      bobsContext.close();
    }
  }

  private static void join(Page page, String name) {
    if (!page.url().endsWith("/chat/")) {
      page.navigate(server.url("/chat/"));
    }
    Locator field = page.getByLabel("Your name");
    field.fill(name);
    field.press("Enter");
    assertThat(exactText(page, "You are " + name + ". Say hello!")).isVisible();
    assertThat(exactText(page, name + " joined the chat")).isVisible();
    assertThat(messageField(page)).isEnabled();
  }

  private static Locator messageField(Page page) {
    return byKey(page, "message").locator("input");
  }

}
