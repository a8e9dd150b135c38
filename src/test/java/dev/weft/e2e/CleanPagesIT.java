package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * Normal pages are clean: no console error, no uncaught error, no failed request and no 4xx, and
 * the favicon is found relative to the app's base (so a sub-app's comes from {@code /sub-app/}).
 */
class CleanPagesIT extends BrowserBase {

  @Test
  void theSeedPageLoadsWithoutErrors() {
    page.navigate(server.url("/"));
    assertThat(button(page, "Call handler")).isVisible();
    assertThat(button(page, "Call async handler")).isVisible();
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page).hasTitle("Weft");
    checkFavicon("/favicon.png");
    watch.assertClean();
    assertThat(watch.consoleWarnings()).as("console warnings").isEmpty();
  }

  @Test
  void theSubAppLoadsWithoutErrorsAndItsFaviconComesFromItsOwnBase() {
    page.navigate(server.url("/sub-app/"));
    Locator text = exactText(page, "This is sub app!");
    assertThat(text).isVisible();
    assertThat(text).hasAttribute("data-weft-id", java.util.regex.Pattern.compile("\\d+"));
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page).hasTitle("Sub app");
    checkFavicon("/sub-app/favicon.png");
    watch.assertClean();
    assertThat(watch.consoleWarnings()).as("console warnings").isEmpty();
    // every request the page made stayed under the sub-app's base
    assertThat(watch.responses()).allSatisfy(line -> assertThat(line).contains(server.url("/sub-app/")));
  }

  @Test
  void theSubAppsBarePathRedirectsToItsBase() {
    page.navigate(server.url("/sub-app"));
    assertThat(exactText(page, "This is sub app!")).isVisible();
    assertThat(page).hasURL(server.url("/sub-app/"));
    watch.assertClean();
  }

  /** {@code <link rel="icon" href="favicon.png">} is there, resolves to {@code expectedPath}, and loads. */
  private void checkFavicon(String expectedPath) {
    Locator icon = page.locator("link[rel=icon]");
    assertThat(icon).hasCount(1);
    assertThat(icon).hasAttribute("href", "favicon.png");
    String resolved = (String) icon.evaluate("link => link.href");
    assertThat(resolved).isEqualTo(server.url(expectedPath));
    // the browser loads it (an <img> of the same URL, through the page, so PageWatch sees it)
    Object width = page.evaluate("href => new Promise((resolve, reject) => {"
        + " const img = new Image();"
        + " img.onload = () => resolve(img.naturalWidth);"
        + " img.onerror = () => reject(new Error('favicon did not load: ' + href));"
        + " img.src = href; })", resolved);
    assertThat(((Number) width).intValue()).as("favicon width").isPositive();
    APIResponse response = page.request().get(resolved);
    assertThat(response.status()).as("GET " + resolved).isEqualTo(200);
    assertThat(response.headers().get("content-type")).startsWith("image/png");
  }
}
