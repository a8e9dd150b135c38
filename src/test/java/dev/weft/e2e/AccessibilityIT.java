package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.weft.examples.Counter;
import dev.weft.examples.Routes;
import dev.weft.testing.WeftTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core over the demo pages, light and dark: no serious or critical violation of WCAG 2.1 A/AA
 * or axe's best practices. The gallery is checked whole in both themes (and again with its controls
 * used), and section by section in the light theme (each section is a named region, found at run
 * time, so sections added later are covered), and so is every
 * overlay a gallery button whose key starts with {@code open:} opens. The routes demo, the counter
 * and the chat are checked as well. Leaves
 * target/screenshots/a11y-gallery-{light,dark}.png (the whole gallery, however long it gets).
 */
class AccessibilityIT extends BrowserBase {

  /** A dialog or alert dialog showing (a native one, open, or any element with the role). */
  private static final String OPEN_DIALOG = "dialog[open]:visible, [role=dialog]:visible, [role=alertdialog]:visible";

  /**
   * axe judges what stands still: with reduced motion Weft's transitions and dialog animations take
   * no time, so the checks need not wait them out (the colours are the same).
   */
  private static final Page.EmulateMediaOptions REDUCED_MOTION =
      new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE);

  private static final Pattern DARK = Pattern.compile("(^|\\s)weft-dark(\\s|$)");

  private static WeftTestServer demos;

  /** The watches of the pages {@link #themedPage} opened in this test. */
  private final List<PageWatch> themedWatches = new ArrayList<>();

  @BeforeAll
  static void startDemos() {
    if (Browsers.skipped()) {
      return;
    }
    demos = WeftTestServer.start(WeftTestServer.config(), Map.of("/routes/", new Routes(), "/counter/", new Counter()));
  }

  @AfterAll
  static void stopDemos() {
    if (demos != null) {
      demos.close();
    }
    demos = null;
  }

  @Test
  void theGalleryAndEachOfItsSectionsLightAndDark() throws Exception {
    AxeAudit audit = new AxeAudit("gallery");
    openGallery();
    List<String> sections = new ArrayList<>();
    // light, dark, then dark and light again with the controls in their other states (checked,
    // pressed, filled in, progress made)
    boolean[] darkness = {false, true, true, false};
    for (int pass = 0; pass < darkness.length; pass++) {
      boolean dark = darkness[pass];
      String theme = dark ? "dark" : "light";
      if (pass == 2) {
        useTheControls();
      }
      setGalleryDark(dark);
      String scope = "gallery " + theme + (pass >= 2 ? ", controls used" : "");
      audit.check(page, scope, "whole page", null);
      // the sections one by one in the light theme only: a section's run is there to name the
      // section a violation sits in, and the whole-page run of every pass applies the same rules
      // to the same nodes in the other theme and states (this halves the gallery's axe runs, the
      // bulk of this class's time)
      if (pass == 0) {
        for (Locator region : page.getByRole(AriaRole.REGION).all()) {
          String name = region.getAttribute("aria-label");
          String id = region.getAttribute("data-weft-id");
          assertThat(id).as("region %s is a control", name).isNotNull();
          audit.check(page, scope, "section " + name, "[data-weft-id=\"" + id + "\"]");
          sections.add(name);
        }
        System.out.println("[a11y gallery] " + theme + ": checked the sections " + sections);
      }
      if (pass < 2) {
        screenshotWholePage("a11y-gallery-" + theme + ".png");
      }
    }
    audit.printSummary();
    audit.assertNoSeriousOrCritical();
    assertThat(sections).as("the gallery's sections are named regions").contains("Buttons", "Inputs", "Theme").doesNotContainNull();
    watch.assertClean();
  }

  @Test
  void textContrastHoldsForEverySeedColourLightAndDark() {
    AxeAudit audit = new AxeAudit("seeds");
    openGallery();
    Locator status = byKey(page, "theme-status");
    List<String> seeds = new ArrayList<>();
    for (Locator seed : page.locator("#weft-root button[data-key^=\"seed-\"]").all()) {
      seeds.add(seed.getAttribute("data-key"));
    }
    seeds.remove("seed-baseline"); // the gallery's own colours, which the full check covers
    assertThat(seeds).as("the gallery's seed buttons besides the baseline").isNotEmpty();
    for (boolean dark : new boolean[] {false, true}) {
      setGalleryDark(dark);
      for (String seed : seeds) {
        String before = status.textContent();
        byKey(page, seed).click();
        assertThat(status).not().hasText(before);
        waitForTransitions();
        audit.check(page, seed + (dark ? " dark" : " light"), "whole page", null, List.of("color-contrast"));
      }
    }
    audit.printSummary();
    audit.assertNoSeriousOrCritical();
    watch.assertClean();
  }

  @Test
  void theCheckFailsOnAPageWithKnownViolations() {
    page.setContent("<!doctype html><html lang=en><head><title>Bad</title></head><body><main>"
        + "<h1>Bad page</h1><p style='color:#bbb;background:#fff'>faint text</p>"
        + "<p style='color:#e8def8;background:#e8def8'>invisible text</p>"
        + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><button></button></main></body></html>");
    AxeAudit audit = new AxeAudit("known violations");
    audit.check(page, "bad page", "whole page", null);
    audit.printSummary();
    try {
      audit.assertNoSeriousOrCritical();
    } catch (AssertionError expected) {
      assertThat(expected.getMessage()).contains("color-contrast (serious)", "image-alt (critical)", "button-name (critical)",
          "Fix any of the following", "color-contrast (serious: text the colour of its background)");
      return;
    }
    throw new AssertionError("the accessibility check passed a page with known violations");
  }

  @Test
  void everyOverlayTheGalleryOpens() {
    AxeAudit audit = new AxeAudit("overlays");
    openGallery();
    List<String> keys = overlayOpeners(page, "#weft-root");
    System.out.println("[a11y overlays] gallery buttons that open an overlay: " + keys);
    Assumptions.assumeFalse(keys.isEmpty(), "no gallery button has a key starting with open: yet");
    for (boolean dark : new boolean[] {false, true}) {
      setGalleryDark(dark);
      checkOverlays(page, keys, audit, "overlays " + (dark ? "dark" : "light"));
    }
    audit.printSummary();
    audit.assertNoSeriousOrCritical();
    watch.assertClean();
  }

  @Test
  void theOverlayCheckOpensChecksAndClosesEachDialog() {
    // a stand-in for the gallery: two openers, one dialog with a nameless button in it
    page.setContent("<!doctype html><html lang=en><head><title>Overlays</title></head><body><main><h1>Overlays</h1>"
        + "<button data-key='open:good' onclick=\"document.getElementById('good').showModal()\">Good</button>"
        + "<button data-key='open:bad' onclick=\"document.getElementById('bad').showModal()\">Bad</button>"
        + "<button data-key='other'>Not an opener</button>"
        + "<dialog id=good aria-label='Good dialog'><p>Fine</p><button>OK</button></dialog>"
        + "<dialog id=bad aria-label='Bad dialog'><button></button></dialog></main></body></html>");
    List<String> keys = overlayOpeners(page, "body");
    assertThat(keys).containsExactly("open:good", "open:bad");
    AxeAudit audit = new AxeAudit("overlay check");
    checkOverlays(page, keys, audit, "stand-in");
    audit.printSummary();
    try {
      audit.assertNoSeriousOrCritical();
    } catch (AssertionError expected) {
      assertThat(expected.getMessage()).contains("stand-in / open:bad: button-name (critical)").doesNotContain("open:good");
      return;
    }
    throw new AssertionError("the overlay check passed a dialog with a nameless button");
  }

  /** The keys of the buttons under {@code root} whose key starts with {@code open:}. */
  private static List<String> overlayOpeners(Page page, String root) {
    List<String> keys = new ArrayList<>();
    for (Locator opener : page.locator(root + " button[data-key^=\"open:\"]").all()) {
      keys.add(opener.getAttribute("data-key"));
    }
    return keys;
  }

  /**
   * Clicks each opener, runs axe on the dialog (or alert dialog) it opened, and closes that with Escape; a dialog
   * Escape may not close (a modal alert dialog waits for an answer) is closed with its last button.
   */
  private static void checkOverlays(Page page, List<String> keys, AxeAudit audit, String scope) {
    for (String key : keys) {
      byKey(page, key).click();
      Locator dialog = page.locator(OPEN_DIALOG).last();
      assertThat(dialog).isVisible();
      waitForTransitions(page);
      dialog.evaluate("d => d.setAttribute('data-a11y-checking', '')");
      audit.check(page, scope, key, "[data-a11y-checking]");
      dialog.evaluate("d => d.removeAttribute('data-a11y-checking')");
      page.keyboard().press("Escape");
      Locator open = page.locator(OPEN_DIALOG);
      try {
        assertThat(open).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(400));
      } catch (AssertionError notDismissible) {
        dialog.getByRole(AriaRole.BUTTON).last().click();
        assertThat(open).hasCount(0);
      }
    }
  }

  @Test
  void theRoutesDemoLightAndDark() {
    AxeAudit audit = new AxeAudit("routes");
    for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
      String theme = scheme == ColorScheme.LIGHT ? "light" : "dark";
      Page themed = themedPage(scheme);
      themed.navigate(demoUrl("/routes/"));
      assertThat(themed.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Home").setExact(true))).isVisible();
      waitForTransitions(themed);
      audit.check(themed, "routes " + theme, "home", null);
      button(themed, "Open settings").click();
      assertThat(themed.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Settings").setExact(true))).isVisible();
      waitForTransitions(themed);
      audit.check(themed, "routes " + theme, "settings", null);
      // the app bar is the banner, beside (not inside) the view's main landmark
      assertThat(themed.getByRole(AriaRole.BANNER)).hasCount(1);
      assertThat(themed.getByRole(AriaRole.MAIN)).hasCount(1);
      assertThat(themed.locator("[role=main] header, main header")).hasCount(0);
    }
    audit.printSummary();
    audit.assertNoSeriousOrCritical();
    themedWatches.forEach(PageWatch::assertClean);
  }

  @Test
  void theChatBeforeAndAfterJoiningLightAndDark() {
    AxeAudit audit = new AxeAudit("chat");
    for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
      String scope = "chat " + (scheme == ColorScheme.LIGHT ? "light" : "dark");
      Page themed = themedPage(scheme);
      themed.navigate(server.url("/chat/"));
      Locator name = themed.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true));
      assertThat(name).isFocused();
      // the message field has no label, only a hint: the hint names it
      assertThat(themed.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Write a message…"))).isDisabled();
      waitForTransitions(themed);
      audit.check(themed, scope, "before joining", null);
      String who = scheme == ColorScheme.LIGHT ? "Ada" : "Bob";
      name.fill(who);
      name.press("Enter");
      Locator message = themed.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Write a message…"));
      assertThat(message).isEnabled();
      message.fill("Hello from " + who);
      message.press("Enter");
      assertThat(exactText(themed, "Hello from " + who)).isVisible();
      waitForTransitions(themed);
      audit.check(themed, scope, "after a message", null);
    }
    audit.printSummary();
    audit.assertNoSeriousOrCritical();
    themedWatches.forEach(PageWatch::assertClean);
  }

  @Test
  void theCounterLightAndDark() {
    AxeAudit audit = new AxeAudit("counter");
    for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
      Page themed = themedPage(scheme);
      themed.navigate(demoUrl("/counter/"));
      assertThat(byKey(themed, "count")).hasText("0");
      button(themed, "+1").click();
      assertThat(byKey(themed, "count")).hasText("1");
      waitForTransitions(themed);
      audit.check(themed, "counter " + (scheme == ColorScheme.LIGHT ? "light" : "dark"), "page", null);
      assertThat(themed.getByRole(AriaRole.MAIN)).hasCount(1);
    }
    audit.printSummary();
    audit.assertNoSeriousOrCritical();
    themedWatches.forEach(PageWatch::assertClean);
  }

  /** Puts the gallery's controls in their other states, the way a user would. */
  private void useTheControls() {
    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I agree").setExact(true)).check();
    // a toggle button from the start: a screen reader hears "not pressed", then "pressed"
    assertThat(button(page, "Favorite")).hasAttribute("aria-pressed", "false");
    button(page, "Favorite").click();
    assertThat(button(page, "Favorite")).hasAttribute("aria-pressed", "true");
    page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill("Ada");
    page.getByLabel("Favourite colour", new Page.GetByLabelOptions().setExact(true))
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Green"));
    button(page, "Advance").click();
    assertThat(byKey(page, "status")).hasText("Progress 25%");
    page.locator("body").click(new Locator.ClickOptions().setPosition(1, 1)); // no focus ring left behind
  }

  private void openGallery() {
    page.emulateMedia(REDUCED_MOTION);
    page.navigate(server.url("/gallery/"));
    assertThat(byKey(page, "status")).hasText("Nothing clicked yet");
  }

  /** The gallery's own "Dark mode" switch (page.themeMode), and waits for the colours to settle. */
  private void setGalleryDark(boolean dark) {
    Locator toggle = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode").setExact(true));
    if (toggle.isChecked() != dark) {
      toggle.click();
    }
    if (dark) {
      assertThat(page.locator("html")).hasClass(DARK);
    } else {
      assertThat(page.locator("html")).not().hasClass(DARK);
    }
    waitForTransitions();
  }

  private void waitForTransitions() {
    waitForTransitions(page);
  }

  /**
   * axe reads computed colours: a colour half-way through a transition, or under a hover state
   * layer or a ripple, would be judged wrongly or not at all. Moves the mouse off the controls and
   * waits for every animation that ends (the indeterminate progress bar's never does).
   */
  private static void waitForTransitions(Page page) {
    page.mouse().move(0, 0);
    Scripts.waitUntil(page, "() => document.getAnimations().every(a =>"
        + " a.effect?.getComputedTiming().endTime === Infinity || a.playState !== 'running')");
  }

  /** A page in a fresh context of this colour scheme, closed with the test's own context. */
  private Page themedPage(ColorScheme scheme) {
    BrowserContext themed = browser().newContext(new Browser.NewContextOptions()
        .setColorScheme(scheme).setViewportSize(1280, 800));
    themed.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    Page themedPage = themed.newPage();
    themedPage.emulateMedia(REDUCED_MOTION);
    // the test's own context is closed after each test; close this one with it
    context.onClose(c -> themed.close());
    themedWatches.add(PageWatch.attach(themedPage, "AccessibilityIT " + scheme));
    return themedPage;
  }

  /** The page element scrolls itself: grow the viewport to the content so the shot holds it all. */
  private void screenshotWholePage(String file) throws Exception {
    Number height = (Number) page.evaluate("() => Math.ceil(document.querySelector('.weft-page').scrollHeight)");
    var before = page.viewportSize();
    page.setViewportSize(before.width, Math.max(before.height, height.intValue()));
    waitForTransitions();
    page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve(file)).setFullPage(true));
    page.setViewportSize(before.width, before.height);
  }

  private static String demoUrl(String path) {
    return "http://127.0.0.1:" + demos.port() + path;
  }
}
