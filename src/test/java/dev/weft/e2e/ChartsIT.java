package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.weft.App;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ChartAxis;
import dev.weft.ui.controls.LineChart;
import dev.weft.ui.controls.LineChartData;
import dev.weft.ui.controls.LineChartDataPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Charts" section in Chromium: the three charts draw (their SVG elements counted),
 * a button moving one point moves that point and its line and nothing of the other series, tooltips
 * show on hover and on keyboard focus (arrows move between points, Enter taps), onChartEvent
 * reaches the server; and a 1,000-point chart whose one-point update is timed. Screenshots:
 * target/screenshots/charts-light.png and charts-dark.png.
 */
// asserts on time (see its limits): failsafe runs it alone, with nothing beside it (pom.xml, "serial")
@Tag("serial")
class ChartsIT extends BrowserBase {

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

  /** One series of 1,000 points and a button that moves one of them inside the y range (or out of it). */
  static final class ThousandPoints implements App {
    @Override
    public void main(dev.weft.ui.Page page) {
      LineChartData series = new LineChartData().pointsVisible(true);
      for (int i = 0; i < 1000; i++) {
        series.points().add(new LineChartDataPoint(i, 50 + 40 * Math.sin(i / 25.0)));
      }
      LineChart chart = new LineChart(series).leftAxis(new ChartAxis().title("value")).height(300)
          .label("A thousand points");
      int[] next = {0};
      page.add(chart,
          new Button("Move a point", e -> {
            LineChartDataPoint p = series.points().get(next[0]++ * 37 % 1000);
            p.y(p.y() > 50 ? p.y() - 5 : p.y() + 5); // stays inside the range: its line only
          }),
          new Button("Drop the last point", e -> series.points().remove(series.points().size() - 1)),
          new Button("Add a point", e -> series.points().add(new LineChartDataPoint(series.points().size(), 50))),
          new Button("Widen the range", e -> { // a new y range each time: axes and every point again
            int n = next[0]++;
            series.points().get(500).y(n % 2 == 0 ? 200 + n * 100 : -100 - n * 100);
          }));
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void aOnePointUpdateOfAThousandPointChartIsTimed() throws Exception {
    WeftVerticle bench = new WeftVerticle(WeftConfig.defaults().with("http.host", "127.0.0.1").with("http.port", 0),
        Map.of("/", new ThousandPoints()));
    String deployment = E2eServer.await(server.vertx.deployVerticle(bench));
    try {
      page.navigate("http://127.0.0.1:" + bench.actualPort() + "/");
      Locator chart = figure("A thousand points");
      assertThat(chart.locator("circle.weft-chart-point")).hasCount(1000);
      page.evaluate("async () => {"
          + "  const url = performance.getEntriesByType('resource').map(e => e.name).find(n => /dom_patch[^/]*\\.js/.test(n));"
          + "  const { DomPatch } = await import(url);"
          + "  const apply = DomPatch.prototype.apply;"
          + "  window.__patchMs = [];"
          + "  DomPatch.prototype.apply = function (ops) {"
          + "    const t0 = performance.now();"
          + "    apply.call(this, ops);"
          + "    window.__patchMs.push({ ms: performance.now() - t0, ops: ops.length, kinds: ops.map(o => o.op).join() });"
          + "  };"
          + "}");
      List<Double> inRange = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String d = chart.locator(".weft-chart-line").getAttribute("d");
        button(page, "Move a point").click();
        Scripts.waitUntil(page, "d => document.querySelector('.weft-chart-line').getAttribute('d') !== d", d);
      }
      for (Object o : (List<Object>) page.evaluate("() => window.__patchMs")) {
        Map<String, Object> m = (Map<String, Object>) o;
        if ("set".equals(m.get("kinds"))) {
          inRange.add(((Number) m.get("ms")).doubleValue());
        }
      }
      page.evaluate("() => { window.__patchMs = []; }");
      List<Double> widened = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String d = chart.locator(".weft-chart-line").getAttribute("d");
        button(page, "Widen the range").click();
        Scripts.waitUntil(page, "d => document.querySelector('.weft-chart-line').getAttribute('d') !== d", d);
      }
      for (Object o : (List<Object>) page.evaluate("() => window.__patchMs")) {
        Map<String, Object> m = (Map<String, Object>) o;
        if ("set".equals(m.get("kinds"))) {
          widened.add(((Number) m.get("ms")).doubleValue());
        }
      }
      System.out.printf("ChartsIT: one-point update of a 1,000-point line chart, script ms (patch applied"
          + " and redrawn): inside the range median %.2f max %.2f over %d; widening the range (axes and"
          + " every point again) median %.2f max %.2f over %d%n",
          median(inRange), max(inRange), inRange.size(), median(widened), max(widened), widened.size());
      assertThat(inRange).hasSizeGreaterThanOrEqualTo(15);
      assertThat(median(inRange)).as("median ms of a one-point update").isLessThan(5);

      // a removed point leaves the line (the chart hears of it without a renderer hook), an added one joins it
      Locator line = chart.locator(".weft-chart-line");
      String full = line.getAttribute("d");
      button(page, "Drop the last point").click();
      assertThat(chart.locator("circle.weft-chart-point")).hasCount(999);
      Scripts.waitUntil(page, "d => document.querySelector('.weft-chart-line').getAttribute('d') !== d", full);
      assertThat(line.getAttribute("d").split("L")).hasSize(999);
      button(page, "Add a point").click();
      assertThat(chart.locator("circle.weft-chart-point")).hasCount(1000);
      Scripts.waitUntil(page, "() => document.querySelector('.weft-chart-line').getAttribute('d').split('L').length === 1000");
      watch.assertClean();
    } finally {
      E2eServer.await(server.vertx.undeploy(deployment));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
