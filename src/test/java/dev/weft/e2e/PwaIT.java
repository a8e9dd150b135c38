package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as Chromium sees it: installable as a PWA (the DevTools protocol's own installability
 * check finds nothing missing, for the root app and for a sub-app in its own scope), its manifest
 * parsed without complaint, and the client running under Weft's Content-Security-Policy without a
 * single violation.
 */
class PwaIT extends BrowserBase {

  @TempDir
  Path profile;

  @Test
  void theDefaultAppIsInstallable() {
    JsonObject manifest = assertInstallable("/", "Call handler");
    assertThat(manifest.get("url").getAsString()).isEqualTo(server.url("/manifest.json"));
  }

  @Test
  void aSubAppIsInstallableInItsOwnScope() {
    JsonObject manifest = assertInstallable("/sub-app/", null);
    assertThat(manifest.get("url").getAsString()).isEqualTo(server.url("/sub-app/manifest.json"));
  }

  @Test
  void theClientRunsUnderTheContentSecurityPolicyWithoutViolations() {
    page.addInitScript("window.__violations = [];"
        + "document.addEventListener('securitypolicyviolation',"
        + " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
    Response response = page.navigate(server.url("/gallery/"));
    assertThat(response.headers().get("content-security-policy")).startsWith("default-src 'self'; script-src 'self'");
    assertThat(byKey(page, "status")).hasText("Nothing clicked yet");
    button(page, "Filled").click();
    assertThat(byKey(page, "status")).hasText("Filled clicked");
    page.waitForLoadState(LoadState.NETWORKIDLE);
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) page.evaluate("() => window.__violations");
    assertThat(violations).isEmpty();
    // the check is live: an inline script (what an injection would add) is refused and reported
    page.evaluate("() => { const s = document.createElement('script');"
        + " s.textContent = 'window.__inlineRan = true'; document.head.append(s); }");
    Scripts.waitUntil(page, "() => window.__violations.length > 0");
    assertThat(page.evaluate("() => window.__inlineRan === true")).isEqualTo(false);
    assertThat((String) page.evaluate("() => window.__violations[0]")).startsWith("script-src-elem inline");
    watch.assertClean(text -> text.startsWith("Executing inline script violates")); // the probe's report
  }

  /**
   * Opens an app in a regular (non-incognito) profile — Chromium never offers to install from an
   * incognito one, which is what Playwright's ordinary contexts are — and checks that the
   * manifest parses and nothing stands in the way of installing.
   *
   * @return the manifest as {@code Page.getAppManifest} reports it
   */
  private JsonObject assertInstallable(String path, String readyButton) {
    try (BrowserContext regular = launched.playwright().chromium().launchPersistentContext(profile,
        new BrowserType.LaunchPersistentContextOptions()
            .setExecutablePath(Browsers.requireChromium())
            .setArgs(Browsers.ARGS)
            .setHeadless(true)
            .setViewportSize(1280, 800))) {
      regular.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
      Page app = regular.pages().isEmpty() ? regular.newPage() : regular.pages().get(0);
      PageWatch appWatch = PageWatch.attach(app, "PwaIT " + path);
      app.navigate(server.url(path));
      if (readyButton != null) {
        assertThat(button(app, readyButton)).isVisible();
      }
      assertThat(app.locator("#weft-root [data-weft-id]").first()).isVisible();
      assertThat(app.locator("#weft-loading")).isHidden();
      app.waitForLoadState(LoadState.NETWORKIDLE);
      CDPSession cdp = regular.newCDPSession(app);
      JsonObject manifest = cdp.send("Page.getAppManifest");
      assertThat(manifest.getAsJsonArray("errors")).as("manifest errors: %s", manifest).isEmpty();
      JsonArray errors = cdp.send("Page.getInstallabilityErrors").getAsJsonArray("installabilityErrors");
      assertThat(errors).as("installability errors at %s: %s", path, errors).isEmpty();
      appWatch.assertClean();
      return manifest;
    }
  }
}
