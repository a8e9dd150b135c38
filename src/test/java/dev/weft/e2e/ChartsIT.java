package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * A 1,000-point line chart in Chromium whose one-point update is timed (the median patch must take
 * under 5 ms), and whose removed and added points leave and join the line. The gallery's charts
 * are checked in {@link ChartsGalleryIT}, which times nothing.
 */
// asserts on time (see its limits): failsafe runs it alone, with nothing beside it (pom.xml, "serial")
@Tag("serial")
class ChartsIT extends BrowserBase {

  private Locator figure(String name) {
    return page.getByRole(AriaRole.FIGURE, new Page.GetByRoleOptions().setName(name).setExact(true));
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
