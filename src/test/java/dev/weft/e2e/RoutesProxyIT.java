package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import dev.weft.examples.Routes;
import dev.weft.testing.WeftTestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The /routes/ demo behind nginx under the path prefix /weft/ (docs/nginx/weft.conf): routes stay
 * below the app's base as the browser sees it, so {@code page.go("/settings")} leads to
 * /weft/routes/settings, and a deep link or reload there opens Settings.
 */
class RoutesProxyIT extends BrowserBase {

  private static WeftTestServer weft;
  private static Nginx nginx;

  @BeforeAll
  static void startWeftAndNginx() throws Exception {
    if (Browsers.skipped() || Nginx.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config("http.trustProxy", true), Map.of("/routes/", new Routes()));
    nginx = Nginx.start("routes-proxy-it", weft.port());
  }

  @AfterAll
  static void stopNginxAndWeft() throws Exception {
    try {
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      nginx = null;
      if (weft != null) {
        weft.close();
      }
      weft = null;
    }
  }

  @BeforeEach
  void needsNginx() {
    Nginx.assumeNotSkipped();
  }

  private void assertShows(String title) {
    assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
        .setName(title).setExact(true))).isVisible();
  }

  @Test
  void routesKeepThePrefix() {
    page.navigate(nginx.url("/weft/routes/settings"));
    assertShows("Settings");
    button(page, "Back").click();
    assertShows("Home");
    assertThat(page).hasURL(nginx.url("/weft/routes/"));
    button(page, "Open settings").click();
    assertShows("Settings");
    assertThat(page).hasURL(nginx.url("/weft/routes/settings"));
    page.reload();
    assertShows("Settings");
    page.goBack();
    assertShows("Home");
    assertThat(page).hasURL(nginx.url("/weft/routes/"));
    watch.assertClean();
  }
}
