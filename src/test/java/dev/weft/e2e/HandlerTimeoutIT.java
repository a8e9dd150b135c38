package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code handlers.timeoutSeconds} in a browser: a handler that runs too long is interrupted, the
 * user sees the error banner naming the limit, and the page keeps working.
 */
@Tag("handlers") // test.sh runs it again on JDK 25, where the handler runs on a virtual thread
class HandlerTimeoutIT extends BrowserBase {

  private static WeftTestServer weft;

  @BeforeAll
  static void startWeft() {
    if (Browsers.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config("handlers.timeoutSeconds", 1),
        Map.of("/slow/", slowApp()));
  }

  @AfterAll
  static void stopWeft() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  private static App slowApp() {
    return page -> {
      Text status = new Text("Nothing yet").key("status");
      page.add(status,
          new Button("Wait a minute", e -> {
            Thread.sleep(60_000); // interrupted after a second
            status.value("never shown");
          }),
          new Button("Say hello", e -> status.value("Hello")));
    };
  }

  @Test
  void aHandlerPastTheTimeoutShowsTheErrorBannerAndThePageKeepsWorking() {
    page.navigate("http://127.0.0.1:" + weft.port() + "/slow/");
    Locator status = byKey(page, "status");
    assertThat(status).hasText("Nothing yet");

    button(page, "Wait a minute").click();
    Locator alert = page.getByRole(AriaRole.ALERT);
    assertThat(alert).hasCount(1);
    assertThat(alert).hasClass(Pattern.compile("(^|\\s)weft-error-banner(\\s|$)"));
    assertThat(alert).containsText("HandlerTimeoutException");
    assertThat(alert).containsText("ran longer than 1 second (handlers.timeoutSeconds) and was interrupted");
    System.out.println("[e2e handler timeout] shows: " + alert.textContent());

    alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss")).click();
    assertThat(alert).hasCount(0);
    button(page, "Say hello").click();
    assertThat(status).hasText("Hello");
    watch.assertClean();
  }
}
