package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Charts" section in Chromium: the three charts draw (their SVG elements counted),
 * a button moving one point moves that point and its line and nothing of the other series, tooltips
 * show on hover and on keyboard focus (arrows move between points, Enter taps), onChartEvent
 * reaches the server. Screenshots: target/screenshots/charts-light.png and charts-dark.png. Nothing
 * here is timed, so it runs in the parallel pass; {@link ChartsIT}, which times a 1,000-point
 * chart's update, runs alone in the serial one.
 */
class ChartsGalleryIT extends BrowserBase {

  private Locator chartStatus;

  private void openGallery() {
    page.navigate(server.url("/gallery/"));
    chartStatus = byKey(page, "chart-status");
    assertThat(chartStatus).hasText("Hover, tap or focus a chart");
    page.evaluate("() => document.querySelector('[data-key=\"temperatures\"]').scrollIntoView({block: 'start'})");
  }

  private Locator figure(String name) {
    return page.getByRole(AriaRole.FIGURE, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator tooltip(String key) {
    return byKey(page, key).locator(".weft-chart-tooltip");
  }

  @Test
  void theThreeChartsDrawTheirData() {
    openGallery();
    Locator line = figure("Temperatures this week");
    assertThat(line).isVisible();
    assertThat(line.locator("circle.weft-chart-point")).hasCount(14);
    assertThat(line.locator("path.weft-chart-line")).hasCount(2);
    for (Object d : (List<?>) line.locator("path.weft-chart-line").evaluateAll("els => els.map(e => e.getAttribute('d'))")) {
      assertThat((String) d).startsWith("M").contains("C"); // curved
    }
    assertThat(line.locator("text.weft-chart-label", new Locator.LocatorOptions().setHasText("Wed"))).hasCount(1);
    assertThat(line.locator("text.weft-chart-title")).hasText("°C");

    Locator bars = figure("Sales per quarter, 2025 and 2026");
    assertThat(bars.locator("path.weft-chart-rod")).hasCount(8);
    assertThat(bars.locator("text.weft-chart-label", new Locator.LocatorOptions().setHasText("Q3"))).hasCount(1);
    // rods grow from the base line: the taller value is the taller bar
    double q3Last = bars.locator("path.weft-chart-rod").nth(4).boundingBox().height;
    double q3Now = bars.locator("path.weft-chart-rod").nth(5).boundingBox().height;
    assertThat(q3Last).isGreaterThan(q3Now); // 14 against 9

    Locator pie = figure("Where a day goes");
    assertThat(pie.locator("path.weft-chart-section")).hasCount(4);
    assertThat(pie.locator("text.weft-chart-section-title")).hasCount(4);
    assertThat(pie.locator("#" + pie.getAttribute("aria-describedby")))
        .hasText("4 sections: 8 h 33.3%, 8 h 33.3%, 5 h 20.8%, 3 h 12.5%.");
    watch.assertClean();
  }

  @SuppressWarnings("unchecked")
  @Test
  void theButtonMovesOnePointAndOnlyItsLine() {
    openGallery();
    Locator oslo = byKey(page, "oslo");
    Locator lisbon = byKey(page, "lisbon");
    String osloBefore = oslo.locator(".weft-chart-line").getAttribute("d");
    String lisbonBefore = lisbon.locator(".weft-chart-line").getAttribute("d");
    List<String> cyBefore = (List<String>) oslo.locator("circle").evaluateAll("els => els.map(e => e.getAttribute('cy'))");
    List<String> lisbonCy = (List<String>) lisbon.locator("circle").evaluateAll("els => els.map(e => e.getAttribute('cy'))");

    page.evaluate("() => { window.__runs = [];"
        + " document.addEventListener('transitionrun', e => window.__runs.push(e.propertyName + ' '"
        + " + e.target.getAttribute('class'))); }");
    button(page, "Randomise a point").click();
    Scripts.waitUntil(page, "d => document.querySelector('[data-key=\"oslo\"] .weft-chart-line')"
        + ".getAttribute('d') !== d", osloBefore);
    // the point and its line glide to their new place (CSS transitions)
    Scripts.waitUntil(page, "() => window.__runs.includes('d weft-chart-line')"
        + " && window.__runs.includes('cy weft-chart-point')");
    List<String> cyAfter = (List<String>) oslo.locator("circle").evaluateAll("els => els.map(e => e.getAttribute('cy'))");
    int moved = 0;
    for (int i = 0; i < cyBefore.size(); i++) {
      if (!cyBefore.get(i).equals(cyAfter.get(i))) {
        moved++;
      }
    }
    assertThat(moved).as("points of Oslo that moved").isEqualTo(1);
    assertThat(lisbon.locator(".weft-chart-line").getAttribute("d")).isEqualTo(lisbonBefore);
    assertThat(lisbon.locator("circle").evaluateAll("els => els.map(e => e.getAttribute('cy'))")).isEqualTo(lisbonCy);
    assertThat(byKey(page, "status")).containsText("Oslo, ");
    watch.assertClean();
  }

  @Test
  void tooltipsShowOnHoverAndOnKeyboardFocusAndEventsReachTheServer() throws Exception {
    openGallery();
    // hover: the pointer near Tuesday's Oslo point (6 °C)
    Locator tue = byKey(page, "oslo").locator("circle").nth(1);
    BoundingBox box = tue.boundingBox();
    page.mouse().move(box.x + box.width / 2 + 3, box.y + box.height / 2 + 2);
    Locator tip = tooltip("temperatures");
    assertThat(tip).isVisible();
    assertThat(tip).hasText("TueOslo: 6Lisbon: 17");
    assertThat(chartStatus).hasText("Hovering Oslo, Tue: 6 °C");
    page.mouse().move(5, 5);
    assertThat(tip).isHidden();

    // keyboard: one tab stop in the chart; arrows move, the focused point is named and tipped
    page.getByText("Temperatures this week", new Page.GetByTextOptions().setExact(true)).click();
    page.keyboard().press("Tab");
    Locator mon = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Mon, Oslo: 4, Lisbon: 15"));
    assertThat(mon).isFocused();
    assertThat(tip).isVisible();
    assertThat(tip).hasText("MonOslo: 4Lisbon: 15");
    page.keyboard().press("ArrowRight");
    page.keyboard().press("ArrowRight");
    page.keyboard().press("ArrowDown");
    Locator wedLisbon = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Wed, Lisbon: 16, Oslo: 5"));
    assertThat(wedLisbon).isFocused();
    assertThat(wedLisbon).hasAttribute("tabindex", "0");
    assertThat(byKey(page, "temperatures").locator("[tabindex=\"0\"]")).hasCount(1);
    assertThat(tip).hasText("WedLisbon: 16Oslo: 5");
    assertThat(chartStatus).hasText("Hovering Lisbon, Wed: 16 °C");
    page.keyboard().press("Enter");
    assertThat(chartStatus).hasText("Tapped Lisbon, Wed: 16 °C");
    page.keyboard().press("End");
    assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Sun, Lisbon: 19, Oslo: 6"))).isFocused();

    // bars: hover shows the rod's group and value, click is a tap
    Locator rod = byKey(page, "sales").locator("path.weft-chart-rod").nth(1);
    rod.hover();
    assertThat(tooltip("sales")).hasText("Q111");
    assertThat(chartStatus).hasText("Hovering Q1 2026: 11 k€");
    rod.click();
    assertThat(chartStatus).hasText("Tapped Q1 2026: 11 k€");

    // pie: keyboard from the clicked bar (focused) to the pie's tab stop, then around it
    page.keyboard().press("Tab");
    Locator work = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Work: 8 hours"));
    assertThat(work).isFocused();
    assertThat(tooltip("day")).hasText("Work: 8 hours");
    page.keyboard().press("ArrowLeft"); // wraps to the last
    assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Chores: 3 hours"))).isFocused();
    assertThat(chartStatus).hasText("Hovering Chores");
    page.keyboard().press(" ");
    assertThat(chartStatus).hasText("Tapped Chores");
    watch.assertClean();
    screenshots();
  }

  @Test
  void withReducedMotionNothingGlides() {
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    openGallery();
    page.evaluate("() => { window.__runs = [];"
        + " document.addEventListener('transitionrun', e => {"
        + "   if (e.target.closest('.weft-chart')) window.__runs.push(e.propertyName); }); }");
    String before = byKey(page, "oslo").locator(".weft-chart-line").getAttribute("d");
    button(page, "Randomise a point").click();
    Scripts.waitUntil(page, "d => document.querySelector('[data-key=\"oslo\"] .weft-chart-line')"
        + ".getAttribute('d') !== d", before);
    page.waitForTimeout(300);
    assertThat((List<?>) page.evaluate("() => window.__runs")).as("transitions in the charts").isEmpty();
    watch.assertClean();
  }

  /** The section in light and dark, a point's tooltip showing. */
  private void screenshots() throws Exception {
    page.setViewportSize(1280, 1300); // the whole section in one picture
    for (String mode : List.of("light", "dark")) {
      if (mode.equals("dark")) {
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode")).click();
        Scripts.waitUntil(page, "() => document.documentElement.classList.contains('weft-dark')");
        page.waitForTimeout(400); // the background's colour transition
      }
      page.getByText("Charts", new Page.GetByTextOptions().setExact(true)).evaluate("e => e.scrollIntoView({block: 'start'})");
      page.waitForTimeout(100);
      BoundingBox tue = byKey(page, "lisbon").locator("circle").nth(4).boundingBox();
      page.mouse().move(tue.x + tue.width / 2, tue.y + tue.height / 2);
      assertThat(tooltip("temperatures")).isVisible();
      page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Charts")).screenshot(
          new Locator.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("charts-" + mode + ".png")));
      page.mouse().move(5, 5);
    }
  }
}
