package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.SelectOption;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.Theme;
import dev.weft.ui.color.ColorRoles;
import dev.weft.ui.controls.FontWeight;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's theme at run time: the gallery's mode dropdown turns the page light, dark and back
 * to the system's preference, and its seed buttons recolour it — all in the same page load — and
 * a font from the assets directory is loaded and used, as is a text theme, with no CSP complaint. Screenshots:
 * target/screenshots/theme-light.png and theme-dark.png (seed "Teal").
 */
class ThemeIT extends BrowserBase {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  @TempDir
  Path assets;

  @Test
  void modeAndSeedChangeThePageLiveWithoutAReload() throws Exception {
    page.navigate(server.url("/gallery/"));
    Locator mode = page.getByLabel("Theme mode", new Page.GetByLabelOptions().setExact(true));
    assertThat(mode).isVisible();
    page.evaluate("() => { window.themeItMarker = 'same page load'; }");
    String baselineLight = primary();
    assertThat(baselineLight).as("weft.css's baseline light primary").isEqualTo(rgb("#6750a4"));
    String lightBackground = background();

    mode.selectOption(new SelectOption().setLabel("Dark"));
    assertThat(exactText(page, "Seed #6750a4, mode dark")).isVisible();
    assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("(^|\\s)weft-dark(\\s|$)"));
    String darkBackground = settledBackground(lightBackground);
    assertThat(darkBackground).isNotEqualTo(lightBackground);
    assertThat(primary()).as("weft.css's baseline dark primary").isEqualTo(rgb("#d0bcff"));

    mode.selectOption(new SelectOption().setLabel("System"));
    assertThat(exactText(page, "Seed #6750a4, mode system")).isVisible();
    // system follows the context's light preference, then the browser turning dark
    assertThat(page.locator(".weft-page")).hasCSS("background-color", lightBackground);
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
    assertThat(page.locator(".weft-page")).hasCSS("background-color", darkBackground);
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));

    button(page, "Teal").click();
    assertThat(exactText(page, "Seed #006a6a, mode system")).isVisible();
    String teal = rgb(ColorRoles.of(0x006a6a, false).get("primary"));
    awaitPrimary(ColorRoles.of(0x006a6a, false).get("primary"));
    assertThat(primary()).isEqualTo(teal).isNotEqualTo(baselineLight);
    // a filled button draws with the primary role
    assertThat(page.locator(".weft-button--filled").first()).hasCSS("background-color", teal);
    screenshot("theme-light.png", ColorRoles.of(0x006a6a, false));

    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
    // system + a browser turning dark: the teal seed's dark roles (matchMedia's change event)
    awaitPrimary(ColorRoles.of(0x006a6a, true).get("primary"));
    mode.selectOption(new SelectOption().setLabel("Dark"));
    assertThat(exactText(page, "Seed #006a6a, mode dark")).isVisible();
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
    assertThat(primary()).as("dark mode ignores the browser's preference")
        .isEqualTo(rgb(ColorRoles.of(0x006a6a, true).get("primary")));
    screenshot("theme-dark.png", ColorRoles.of(0x006a6a, true));

    assertThat(page.evaluate("() => window.themeItMarker")).as("no reload").isEqualTo("same page load");
    watch.assertClean();
  }

  @Test
  void aFontFromTheAssetsDirectoryIsLoadedAndUsed() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(FONT), "needs " + FONT);
    Files.createDirectories(assets.resolve("fonts"));
    Files.copy(FONT, assets.resolve("fonts/brand.ttf"));
    App app = page -> {
      page.fonts(Map.of("Brand", "fonts/brand.ttf"));
      page.theme(Theme.seed("#b3541e").fontFamily("Brand")
          .textStyle(TextStyle.TITLE_LARGE, 30, FontWeight.BOLD));
      page.add(new Text("Set in the brand font").key("brand"),
          new Text("A themed title").style(TextStyle.TITLE_LARGE).key("title"));
    };
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("assetsDir", assets.toString()), Map.of("/", app))) {
      page.navigate("http://127.0.0.1:" + server.port() + "/");
      Locator text = byKey(page, "brand");
      assertThat(text).isVisible();
      assertThat((String) text.evaluate("el => getComputedStyle(el).fontFamily")).matches("^\"?Brand\"?, .*");
      Object loaded = page.evaluate("async () => { await document.fonts.ready;"
          + " const face = [...document.fonts].find(f => f.family.replaceAll('\"', '') === 'Brand');"
          + " if (face) await face.loaded;"
          + " return face ? face.status + ' ' + document.fonts.check('16px Brand') : 'missing'; }");
      assertThat(loaded).isEqualTo("loaded true");
      assertThat(watch.responses()).anyMatch(r -> r.startsWith("200 GET ") && r.endsWith("/fonts/brand.ttf"));
      assertThat(primary()).isEqualTo(rgb(ColorRoles.of(0xb3541e, false).get("primary")));
      // the text theme: title-large at 30px bold, line height 22:28 kept
      assertThat(byKey(page, "title")).hasCSS("font-size", "30px");
      assertThat(byKey(page, "title")).hasCSS("font-weight", "700");
      assertThat(byKey(page, "title")).hasCSS("line-height", "38px");
      watch.assertClean();
    }
  }

  /** The whole gallery (the page element scrolls itself: a tall viewport), transitions over. */
  private void screenshot(String name, Map<String, String> roles) throws Exception {
    page.setViewportSize(1280, 1500);
    assertThat(page.locator(".weft-page")).hasCSS("background-color", rgb(roles.get("background")));
    page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve(name)).setFullPage(true));
    page.setViewportSize(1280, 800);
  }

  private void awaitPrimary(String hex) {
    Scripts.waitUntil(page, "v => getComputedStyle(document.documentElement).getPropertyValue('--weft-primary').trim() === v", hex);
  }

  private String primary() {
    return (String) page.evaluate("() => { const probe = document.createElement('div');"
        + " probe.style.color = 'var(--weft-primary)'; document.body.append(probe);"
        + " const c = getComputedStyle(probe).color; probe.remove(); return c; }");
  }

  /** The page's background once it is no longer {@code before} and has stopped changing. */
  private String settledBackground(String before) {
    Scripts.waitUntil(page, "b => getComputedStyle(document.querySelector('.weft-page')).backgroundColor !== b", before);
    String last;
    String now = background();
    do {
      last = now;
      page.waitForTimeout(100);
      now = background();
    } while (!now.equals(last));
    return now;
  }

  private String background() {
    return (String) page.evaluate("() => getComputedStyle(document.querySelector('.weft-page')).backgroundColor");
  }

  private static String rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return "rgb(" + (v >> 16) + ", " + (v >> 8 & 0xFF) + ", " + (v & 0xFF) + ")";
  }
}
