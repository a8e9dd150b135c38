package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A handler that throws: the user sees a dismissable {@code role="alert"} banner naming the
 * exception, and the session goes on.
 */
class ErrorBannerIT extends BrowserBase {

  @Test
  void aFailingHandlerShowsADismissableBannerAndThePageKeepsWorking() {
    page.navigate(server.url("/gallery/"));
    Locator status = byKey(page, "status");
    assertThat(status).hasText("Nothing clicked yet");

    button(page, "Fail on purpose").click();
    Locator alert = page.getByRole(AriaRole.ALERT);
    assertThat(alert).hasCount(1);
    assertThat(alert).isVisible();
    assertThat(alert).hasClass(java.util.regex.Pattern.compile("(^|\\s)weft-error-banner(\\s|$)"));
    assertThat(alert).containsText("this handler fails on purpose");
    assertThat(alert).containsText("IllegalStateException");
    String shown = alert.textContent();
    System.out.println("[e2e error banner] shows: " + shown);
    assertThat(shown).as("no stack trace on the page").doesNotContain("\tat ").doesNotContain("dev.weft.examples.Gallery.");

    alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss")).click();
    assertThat(alert).hasCount(0);
    assertThat(page.locator(".weft-error-banner")).hasCount(0);

    // the session goes on
    button(page, "Filled").click();
    assertThat(status).hasText("Filled clicked");
    button(page, "Fail on purpose").click();
    assertThat(page.getByRole(AriaRole.ALERT)).hasCount(1);
    button(page, "Tonal").click();
    assertThat(status).hasText("Tonal clicked");

    // the banner may log a warning, never a console error
    System.out.println("[e2e error banner] console warnings: " + watch.consoleWarnings());
    watch.assertClean();
  }
}
