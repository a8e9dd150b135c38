package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.weft.examples.Routes;
import dev.weft.testing.WeftTestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The /routes/ demo in Chromium: {@code page.go} pushes a history entry, back and forward move
 * between the views, a deep link and a reload open the route's view, and the app bar's back
 * button pops the top view. Leaves target/screenshots/routes-{light,dark}-{home,settings}.png.
 */
class RoutesIT extends BrowserBase {

  private static WeftTestServer weft;

  @BeforeAll
  static void startWeft() {
    if (Browsers.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config(), Map.of("/routes/", new Routes()));
  }

  @AfterAll
  static void stopWeft() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + weft.port() + path;
  }

  private static void assertShows(Page page, String title) {
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true)))
        .isVisible();
    String other = title.equals("Home") ? "Settings" : "Home";
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(other).setExact(true)))
        .isHidden();
  }

  @Test
  void pushBackForwardReloadAndTheBackButton() {
    page.navigate(url("/routes/"));
    assertShows(page, "Home");
    assertThat(button(page, "Back")).isHidden(); // nothing below Home

    button(page, "Open settings").click();
    assertShows(page, "Settings");
    assertThat(page).hasURL(url("/routes/settings"));
    assertThat(page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Push notifications")))
        .isVisible();

    page.goBack();
    assertShows(page, "Home");
    assertThat(page).hasURL(url("/routes/"));

    page.goForward();
    assertShows(page, "Settings");
    assertThat(page).hasURL(url("/routes/settings"));

    page.reload();
    assertShows(page, "Settings");
    assertThat(page).hasURL(url("/routes/settings"));

    button(page, "Back").click();
    assertShows(page, "Home");
    assertThat(page).hasURL(url("/routes/"));
    watch.assertClean();
  }

  @Test
  void aDeepLinkOpensItsViewWithABackButton() {
    page.navigate(url("/routes/settings"));
    assertShows(page, "Settings");
    assertThat(page.getByRole(AriaRole.BANNER).filter(new Locator.FilterOptions().setHasText("Settings")))
        .isVisible();
    button(page, "Back").click();
    assertShows(page, "Home");
    assertThat(page).hasURL(url("/routes/"));
    watch.assertClean();
  }

  @Test
  void screenshotsInLightAndDark() throws Exception {
    for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
      String name = scheme == ColorScheme.LIGHT ? "light" : "dark";
      BrowserContext themed = browser().newContext(new Browser.NewContextOptions()
          .setColorScheme(scheme).setViewportSize(480, 640));
      try {
        Page shot = themed.newPage();
        shot.navigate(url("/routes/"));
        assertShows(shot, "Home");
        shot.screenshot(new Page.ScreenshotOptions()
            .setPath(E2eServer.screenshots().resolve("routes-" + name + "-home.png")));
        button(shot, "Open settings").click();
        assertShows(shot, "Settings");
        shot.screenshot(new Page.ScreenshotOptions()
            .setPath(E2eServer.screenshots().resolve("routes-" + name + "-settings.png")));
      } finally {
        themed.close();
      }
    }
  }

  /** The heading of a view, by name. */
  private static Locator heading(Page page, String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void theFocusMovesIntoTheNewTopView() {
    page.navigate(url("/routes/"));
    assertShows(page, "Home");
    // a first render moves nothing
    org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement === document.body"))
        .isEqualTo(true);

    button(page, "Open settings").focus();
    page.keyboard().press("Enter");
    assertShows(page, "Settings");
    assertThat(heading(page, "Settings")).isFocused();
    assertThat(heading(page, "Settings")).hasAttribute("tabindex", "-1"); // no Tab stop
    page.keyboard().press("Tab"); // goes on into the view
    assertThat(page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Email me about new orders")))
        .isFocused();

    button(page, "Back").focus();
    page.keyboard().press("Enter"); // the view popped: into the one below
    assertShows(page, "Home");
    assertThat(heading(page, "Home")).isFocused();

    button(page, "Open settings").click();
    assertThat(heading(page, "Settings")).isFocused();
    page.goBack(); // the browser's history too
    assertShows(page, "Home");
    assertThat(heading(page, "Home")).isFocused();
    page.goForward();
    assertShows(page, "Settings");
    assertThat(heading(page, "Settings")).isFocused();
    watch.assertClean();
  }
}
