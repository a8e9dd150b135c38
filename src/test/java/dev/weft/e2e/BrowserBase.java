package dev.weft.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What every browser test class shares: the JVM's chromium ({@link Browsers#shared()}), one
 * in-process Weft server per class (the demo apps at {@code /}, {@code /sub-app/} and
 * {@code /gallery/}), and per test a fresh browser context with one page whose console, errors
 * and requests a {@link PageWatch} records. After a class, any context it left open is closed,
 * so the next class starts with a browser as fresh as a new one.
 */
abstract class BrowserBase {

  /** Playwright's waits in these tests: nothing here should take anywhere near this long. */
  static final double DEFAULT_TIMEOUT_MS = 10_000;

  static Browsers.Launched launched;
  static E2eServer server;

  BrowserContext context;
  Page page;
  PageWatch watch;

  @BeforeAll
  static void startBrowserAndServer() throws Exception {
    if (Browsers.skipped()) {
      return; // each test reports itself skipped (see openPage), so the summary counts them
    }
    launched = Browsers.shared();
    server = E2eServer.start();
  }

  @AfterAll
  static void stopBrowserAndServer() throws Exception {
    try {
      if (launched != null && launched.browser().isConnected()) {
        for (BrowserContext left : launched.browser().contexts()) {
          left.close();
        }
      }
    } finally {
      launched = null;
      if (server != null) {
        server.close();
      }
      server = null;
    }
  }

  @BeforeEach
  void openPage(TestInfo info) {
    Browsers.assumeNotSkipped();
    context = newContext();
    page = context.newPage();
    watch = PageWatch.attach(page, getClass().getSimpleName() + "." + info.getTestMethod().map(m -> m.getName()).orElse("?"));
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  static Browser browser() {
    return launched.browser();
  }

  /** A fresh context: light colour scheme, 1280×800, bounded waits. */
  static BrowserContext newContext() {
    BrowserContext fresh = browser().newContext(new Browser.NewContextOptions()
        .setColorScheme(ColorScheme.LIGHT)
        .setViewportSize(1280, 800));
    fresh.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    fresh.setDefaultNavigationTimeout(DEFAULT_TIMEOUT_MS);
    return fresh;
  }

  static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  static Locator exactText(Page page, String text) {
    return page.getByText(text, new Page.GetByTextOptions().setExact(true));
  }

  /** A control by the key the app gave it (rendered as {@code data-key}). */
  static Locator byKey(Page page, String key) {
    return page.locator("[data-key=\"" + key + "\"]");
  }
}
