package dev.weft.bench.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Browser-side timings (issue 13): Debian's Chromium, driven by Playwright, opens the bench apps
 * of a running Weft server and reports, per page, the time from the {@code render} message to the
 * next paint and the script time of the patches its buttons cause ({@link Instrument} says how
 * each is taken). Every loop is bounded in count and in seconds.
 *
 * <pre>java -cp weft-bench.jar:&lt;playwright classpath&gt; dev.weft.bench.browser.BrowserTiming
 *     --base http://127.0.0.1:8000 --runs 5 --clicks 30 --out results.md</pre>
 */
public final class BrowserTiming {

  /** A page to time: where it is mounted, and the buttons (by key) whose patches are timed. */
  record Scenario(String name, String path, List<String> buttons, Double renderTarget, Double patchTarget) {
  }

  static final List<Scenario> SCENARIOS = List.of(
      new Scenario("ListView, 10,000 items (virtualised)", "/biglist/", List.of("visible", "anywhere"), 300.0, 2.0),
      new Scenario("DataTable, 1,000 rows", "/bigtable/", List.of("cell"), 300.0, null),
      new Scenario("LineChart, 1,000 points", "/bigchart/", List.of("point"), null, 5.0),
      new Scenario("Column, 10,000 rows (not virtualised; for comparison)", "/bigpage/", List.of("plus"), null, null));

  private static final long WAIT_MS = 30_000;

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String base = options.getOrDefault("base", "http://127.0.0.1:8000");
    int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    int clicks = Integer.parseInt(options.getOrDefault("clicks", "30"));
    Path out = options.containsKey("out") ? Path.of(options.get("out")) : null;
    String only = options.get("only");

    List<String> rows = new ArrayList<>();
    boolean allMet = true;
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(playwrightEnv()));
         Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
             .setExecutablePath(Path.of(chromium())).setHeadless(true).setArgs(List.of(
                 "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update")))) {
      for (Scenario scenario : SCENARIOS) {
        if (only != null && !List.of(only.split(",")).contains(scenario.path().replace("/", ""))) {
          continue;
        }
        Result result = time(browser, base, scenario, runs, clicks);
        rows.addAll(result.rows());
        allMet &= result.met();
        result.rows().forEach(System.out::println);
      }
    }
    String table = "| page | measure | median | p95 | max | target | verdict |\n"
        + "|---|---|---:|---:|---:|---:|---|\n" + String.join("\n", rows) + "\n";
    System.out.println();
    System.out.println(table);
    if (out != null) {
      Files.writeString(out, table);
    }
    System.out.println(allMet ? "browser timings: every target met" : "browser timings: a target was missed");
  }

  record Result(List<String> rows, boolean met) {
  }

  static Result time(Browser browser, String base, Scenario scenario, int runs, int clicks) {
    List<Double> script = new ArrayList<>();
    List<Double> paint = new ArrayList<>();
    List<Double> nodes = new ArrayList<>();
    List<Double> bytes = new ArrayList<>();
    Map<String, List<Double>> patchScript = new HashMap<>();
    for (int run = 0; run < runs; run++) {
      try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
        context.addInitScript(Instrument.SCRIPT);
        Page page = context.newPage();
        page.navigate(base + scenario.path());
        Map<?, ?> render = waitFor(page, "(() => { const m = window.__weftBench?.messages.find(e => e.type === 'render');"
            + " return m && m.paint !== null ? m : null; })()", scenario.path() + " render");
        script.add(number(render.get("script")));
        paint.add(number(render.get("paint")));
        nodes.add(number(render.get("nodes")));
        bytes.add(number(render.get("bytes")));
        for (String key : scenario.buttons()) {
          for (int i = 0; i < clicks; i++) {
            int before = ((Number) page.evaluate("window.__weftBench.messages.filter(e => e.type === 'patch').length")).intValue();
            page.locator("[data-key=\"" + key + "\"]").first().click();
            Map<?, ?> patch = waitFor(page, "(() => { const p = window.__weftBench.messages.filter(e => e.type === 'patch');"
                + " const m = p[" + before + "]; return m && m.paint !== null ? m : null; })()", scenario.path() + " patch of " + key);
            patchScript.computeIfAbsent(key, k -> new ArrayList<>()).add(number(patch.get("script")));
          }
        }
      }
    }
    List<String> rows = new ArrayList<>();
    boolean met = true;
    rows.add(row(scenario.name(), "render: script ms", script, null));
    rows.add(row(scenario.name(), "render: to next paint ms", paint, scenario.renderTarget()));
    met &= scenario.renderTarget() == null || median(paint) <= scenario.renderTarget();
    rows.add(row(scenario.name(), "render: message KB", scale(bytes, 1 / 1024.0), null));
    rows.add(row(scenario.name(), "DOM elements after render", nodes, null));
    for (String key : scenario.buttons()) {
      List<Double> times = patchScript.get(key);
      rows.add(row(scenario.name(), "patch (" + key + "): script ms", times, scenario.patchTarget()));
      met &= scenario.patchTarget() == null || median(times) <= scenario.patchTarget();
    }
    return new Result(rows, met);
  }

  /** The verdict is on the median: the machines are shared and a p95 catches their noise too. */
  static String row(String page, String measure, List<Double> values, Double target) {
    double median = median(values);
    String verdict = target == null ? "" : median <= target ? "met" : "**missed**";
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", page, measure,
        fmt(median), fmt(percentile(values, 95)), fmt(max(values)),
        target == null ? "" : "≤ " + fmt(target), verdict);
  }

  static List<Double> scale(List<Double> values, double factor) {
    return values.stream().map(v -> v * factor).toList();
  }

  static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** Polls an expression until it is an object (page.waitForFunction trips over Weft's CSP). */
  static Map<?, ?> waitFor(Page page, String expression, String what) {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Object value = page.evaluate(expression);
      if (value instanceof Map<?, ?> map) {
        return map;
      }
      page.waitForTimeout(20);
    }
    throw new IllegalStateException("no " + what + " within " + WAIT_MS + " ms");
  }

  static String chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(dir, "chromium");
      if (candidate.canExecute()) {
        return candidate.getPath();
      }
    }
    throw new IllegalStateException("no `chromium` on the PATH (apt-get install -y chromium)");
  }

  static Map<String, String> playwrightEnv() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    return env;
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** The nearest-rank percentile; NaN for no values. */
  static double percentile(List<Double> values, double p) {
    if (values == null || values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static double max(List<Double> values) {
    return percentile(values, 100);
  }

  static String fmt(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }
}
