package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Display" section in Chromium: icons drawn by the bundled Material fonts (the
 * right font per style, a ligature glyph one em wide, an unknown name empty and warned about
 * once), Markdown with its headings, table and links (a click and Enter reach onTapLink), the
 * hostile Markdown sample inert (nothing runs, no CSP violation), avatars falling back to their
 * initials, badges, rings and the vertical divider with their roles. Screenshots:
 * target/screenshots/display-light.png and display-dark.png.
 */
class DisplayIT extends BrowserBase {

  private Locator status;
  private Locator section;

  @BeforeEach
  void openGallery() {
    // record CSP violations and dialogs from the first script on (a hostile sample must cause none)
    page.addInitScript("window.__weftViolations = [];"
        + "document.addEventListener('securitypolicyviolation', (e) => "
        + "window.__weftViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    page.onDialog(dialog -> {
      throw new AssertionError("a dialog opened: " + dialog.message());
    });
    page.navigate(server.url("/gallery/"));
    status = byKey(page, "status");
    assertThat(status).hasText("Nothing clicked yet");
    section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Display").setExact(true));
    assertThat(section).isVisible();
    section.scrollIntoViewIfNeeded();
  }

  /** The icon's computed font family and the width of its text (the glyph) once its font is in. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> glyph(String key) {
    Scripts.waitUntil(page, "(key) => { const el = document.querySelector(`[data-key=\"${key}\"]`);"
        + " return document.fonts.check(`24px ${getComputedStyle(el).fontFamily}`); }", key);
    return (Map<String, Object>) page.evaluate("(key) => { const el = document.querySelector(`[data-key=\"${key}\"]`);"
        + " const range = document.createRange(); range.selectNodeContents(el);"
        + " return { family: getComputedStyle(el).fontFamily, width: range.getBoundingClientRect().width,"
        + " text: el.textContent, hidden: el.getAttribute('aria-hidden') }; }", key);
  }

  @Test
  void iconsAreDrawnByTheBundledFontsInTheirStyleAndAnUnknownNameDrawsNothing() {
    Map<String, Object> filled = glyph("icon-home");
    assertThat((String) filled.get("family")).isEqualTo("\"Material Icons\"");
    assertThat(filled.get("text")).isEqualTo("home");
    // a ligature is one glyph one em (24 px) wide; the word "home" in a text font would be wider
    assertThat(((Number) filled.get("width")).doubleValue()).isBetween(20.0, 28.0);

    Map<String, Object> outlined = glyph("icon-home-outlined");
    assertThat((String) outlined.get("family")).isEqualTo("\"Material Icons Outlined\"");
    assertThat(outlined.get("text")).isEqualTo("home");
    assertThat(((Number) outlined.get("width")).doubleValue()).isBetween(20.0, 28.0);
    // Flet's spelling of a digit-led name draws the icon's ligature
    Map<String, Object> tenK = glyph("icon-ten-k");
    assertThat(tenK.get("text")).isEqualTo("10k");
    assertThat(((Number) tenK.get("width")).doubleValue()).isBetween(20.0, 28.0);
    // other controls' icons outside the SVG set come from the font too (createIcon): the badge's "mail"
    Locator mail = section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Inbox"))
        .locator("[data-icon=\"mail\"]");
    assertThat(mail).hasText("mail");
    assertThat(mail).hasCSS("font-family", "\"Material Icons\"");
    assertThat(mail).hasAttribute("aria-hidden", "true");
    @SuppressWarnings("unchecked")
    List<Object> fontFiles = (List<Object>) page.evaluate("() => performance.getEntriesByType('resource')"
        + ".map((r) => r.name).filter((n) => n.endsWith('.woff2')).map((n) => n.split('/').pop()).sort()");
    assertThat(fontFiles).contains("material-icons.woff2", "material-icons-outlined.woff2");

    // named icons are images; the others are hidden from screen readers
    assertThat(section.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("Home").setExact(true))).isVisible();
    assertThat(section.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("Rocket"))).isVisible();

    Locator unknown = byKey(page, "icon-unknown");
    assertThat(unknown).isHidden();
    assertThat(unknown).hasText("");
    assertThat(watch.consoleWarnings().stream().filter(w -> w.contains("no_such_icon_name")).count()).isEqualTo(1);

    // a changed name changes the glyph and the style: home_sharp becomes star (filled)
    button(page, "Shuffle icons").click();
    assertThat(status).hasText("Icon: star");
    Locator shuffled = section.locator("[data-icon=\"star\"]");
    assertThat(shuffled).hasText("star");
    assertThat(shuffled).hasCSS("font-family", "\"Material Icons\"");
    button(page, "Shuffle icons").click();
    assertThat(section.locator("[data-icon=\"star_outlined\"]")).hasCSS("font-family", "\"Material Icons Outlined\"");
    watch.assertClean();
  }

  @Test
  void markdownHasHeadingsTablesAndLinksAndItsLinksReachTheApp() {
    Locator md = byKey(page, "markdown");
    assertThat(md.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Markdown").setLevel(2))).isVisible();
    Locator table = md.getByRole(AriaRole.TABLE);
    assertThat(table).isVisible();
    assertThat(table.getByRole(AriaRole.COLUMNHEADER)).hasCount(2);
    assertThat(table.getByRole(AriaRole.ROW)).hasCount(3);
    assertThat(table.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("Markdown"))).isVisible();
    assertThat(md.locator("strong")).hasText("server");
    assertThat(md.locator("blockquote")).hasCount(1);

    Locator flet = md.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Flet docs"));
    assertThat(flet).hasAttribute("href", "https://flet.dev/docs/");
    assertThat(flet).hasAttribute("target", "_blank");
    assertThat(flet).hasAttribute("rel", "noopener noreferrer nofollow");

    // mouse: the app hears of the link and nothing opens
    flet.click();
    assertThat(status).hasText("Link tapped: https://flet.dev/docs/");
    // keyboard: Tab to the next link, Enter
    flet.focus();
    page.keyboard().press("Tab");
    Locator gallery = md.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Weft gallery"));
    assertThat(gallery).isFocused();
    page.keyboard().press("Enter");
    assertThat(status).hasText("Link tapped: ./");
    assertThat(context.pages()).hasSize(1);
    watch.assertClean();
  }

  @Test
  void theHostileMarkdownSampleIsInert() {
    Locator hostile = byKey(page, "markdown-hostile");
    assertThat(hostile).containsText("<script>document.title='pwned'</script>");
    assertThat(hostile).containsText("<img src=x onerror=");
    assertThat(hostile).containsText("<!-- a comment -->");
    assertThat(hostile).containsText("<iframe src=");
    // the unsafe links are links without a target: text that looks like nothing else
    assertThat(hostile.locator("a")).hasCount(3);
    assertThat(hostile.locator("a").first()).hasText("a javascript: link");
    assertThat(hostile.getByRole(AriaRole.LINK)).hasCount(0);
    assertThat(hostile.locator("img")).hasAttribute("alt", "a data: image");
    @SuppressWarnings("unchecked")
    Map<String, Object> found = (Map<String, Object>) page.evaluate("() => {"
        + " const el = document.querySelector('[data-key=\"markdown-hostile\"]');"
        + " const all = [...el.querySelectorAll('*')];"
        + " const walker = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT); let comments = 0;"
        + " while (walker.nextNode()) comments++;"
        + " return { tags: [...new Set(all.map((e) => e.tagName))].sort(),"
        + "   eventAttributes: all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),"
        + "   hrefs: [...el.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),"
        + "   srcs: [...el.querySelectorAll('[src]')].map((a) => a.getAttribute('src')),"
        + "   comments, title: document.title, violations: window.__weftViolations }; }");
    assertThat((List<String>) found.get("tags")).isSubsetOf("P", "A", "IMG", "BR", "EM", "STRONG", "CODE");
    assertThat((List<?>) found.get("eventAttributes")).isEmpty();
    assertThat((List<?>) found.get("hrefs")).isEmpty(); // the javascript: links are plain text
    assertThat((List<?>) found.get("srcs")).isEmpty();  // the data: image has no source
    assertThat(found.get("comments")).isEqualTo(0);
    assertThat(found.get("title")).isEqualTo("Weft gallery");
    assertThat((List<?>) found.get("violations")).isEmpty();
    // clicking what looks like links runs nothing
    hostile.getByText("a javascript: link").click();
    hostile.getByText("an entity trick").click();
    hostile.getByText("raw anchor", new Locator.GetByTextOptions().setExact(false)).click();
    page.waitForTimeout(200);
    assertThat(page.title()).isEqualTo("Weft gallery");
    assertThat(context.pages()).hasSize(1);
    watch.assertClean();
  }

  /**
   * The browser's own check (markdown.js safeFragment), which the server's escaping leaves nothing
   * to do in the gallery: fed hostile HTML directly, as if the server had let it through.
   */
  @Test
  void theBrowsersAllowListDropsWhatTheServerShouldNeverHaveSent() {
    String hostile = "<p>ok<script>document.title='pwned'</script>"
        + "<img src=\"data:image/png;base64,AA\" onerror=\"document.title='pwned'\" alt=\"i\">"
        + "<a href=\"javascript:document.title='pwned'\" onclick=\"document.title='pwned'\">js</a>"
        + "<a href=\" jav&#x09;ascript:alert(1)\">tab</a>"
        + "<!-- comment --><iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>"
        + "<a href=\"https://a.example/\" target=\"_self\" style=\"color:red\">ok</a>"
        + "<svg><a href=\"javascript:alert(1)\">svg</a></svg><math><mi>m</mi></math>"
        + "<code class=\"language-js\">c</code><code class=\"x onclick\">d</code>"
        + "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">b</button></form>"
        + "<table><tr><td align=\"center\" onmouseover=\"alert(1)\">t</td></tr></table>"
        + "<h2 id=\"x\" class=\"weft-page\">h</h2></p>";
    Object html = page.evaluate("async (hostile) => {"
        + " const main = document.querySelector('script[type=module]').src;"
        + " const { safeFragment } = await import(new URL('controls/markdown.js', main).href);"
        + " const box = document.createElement('div'); box.append(safeFragment(hostile));"
        + " return box.innerHTML; }", hostile);
    assertThat((String) html).isEqualTo("<p>ok<img alt=\"i\" loading=\"lazy\" referrerpolicy=\"no-referrer\">"
        + "<a>js</a><a>tab</a>"
        + "<a href=\"https://a.example/\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">ok</a>"
        + "<code class=\"language-js\">c</code><code>d</code></p>"
        + "<table><tbody><tr><td align=\"center\">t</td></tr></tbody></table><h2>h</h2><p></p>");
    page.waitForTimeout(200);
    assertThat(page.title()).isEqualTo("Weft gallery");
    // the one console error: the page's CSP refusing the style attribute as the template parses
    // it (a first line of defence; the allow-list then drops the attribute)
    assertThat(watch.consoleErrors()).singleElement().asString().contains("style-src");
    watch.assertClean(error -> error.contains("Applying inline style violates") && error.contains("style-src"));
  }

  @Test
  void avatarsBadgesRingsAndDividersHaveTheirRolesAndAFailedPictureShowsTheInitials() {
    Locator ada = section.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("Ada Lovelace"));
    assertThat(ada).hasText("AL");
    Locator grace = byKey(page, "avatar-fallback");
    assertThat(grace).hasClass(java.util.regex.Pattern.compile("weft-avatar--failed"));
    assertThat(grace.locator("img.weft-avatar-foreground")).isHidden();
    assertThat(grace.getByText("GH")).isVisible();
    assertThat(section.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("Grace Hopper"))).isVisible();

    Locator inbox = section.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Inbox, 10 new"));
    assertThat(inbox.locator(".weft-badge-label")).hasText("10");
    assertThat(inbox.locator(".weft-badge-label")).hasAttribute("aria-hidden", "true");
    inbox.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Inbox")).click();
    assertThat(status).hasText("Inbox opened");
    assertThat(byKey(page, "badge-dot").locator(".weft-badge-label--dot")).isVisible();

    Locator upload = section.getByRole(AriaRole.PROGRESSBAR, new Locator.GetByRoleOptions().setName("Upload"));
    assertThat(upload).hasAttribute("aria-valuenow", "70");
    Locator loading = section.getByRole(AriaRole.PROGRESSBAR, new Locator.GetByRoleOptions().setName("Loading"));
    assertThat(loading).not().hasAttribute("aria-valuenow", java.util.regex.Pattern.compile(".*"));

    // spinning by default; with reduced motion the ring stands still (and pulses instead)
    String spin = "() => getComputedStyle(document.querySelector('.weft-progress-ring--indeterminate svg')).animationName";
    assertThat(page.evaluate(spin)).isEqualTo("weft-ring-spin");
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    assertThat(page.evaluate(spin)).isEqualTo("none");

    Locator divider = byKey(page, "vdivider");
    assertThat(section.getByRole(AriaRole.SEPARATOR).and(divider)).hasAttribute("aria-orientation", "vertical");
    assertThat(divider.boundingBox().width).isEqualTo(16.0);
    assertThat(divider.boundingBox().height).isGreaterThan(20.0);

    Locator placeholder = byKey(page, "placeholder");
    assertThat(placeholder).hasAttribute("aria-hidden", "true");
    assertThat(placeholder.boundingBox().width).isEqualTo(160.0);
    assertThat(placeholder.boundingBox().height).isEqualTo(72.0);
    watch.assertClean();
  }

  @Test
  void screenshotsInLightAndDark() throws Exception {
    for (String mode : List.of("light", "dark")) {
      if (mode.equals("dark")) {
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode")).click();
        Scripts.waitUntil(page, "() => document.documentElement.classList.contains('weft-dark')");
        page.waitForTimeout(400); // the background's colour transition
      }
      glyph("icon-home-outlined");
      section.scrollIntoViewIfNeeded();
      section.screenshot(new Locator.ScreenshotOptions()
          .setPath(E2eServer.screenshots().resolve("display-" + mode + ".png")));
    }
    watch.assertClean();
  }
}
