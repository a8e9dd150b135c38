package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.DataCell;
import dev.weft.ui.controls.DataColumn;
import dev.weft.ui.controls.DataRow;
import dev.weft.ui.controls.DataTable;
import dev.weft.ui.controls.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Tables" section by mouse and keyboard — sorting by a heading, selecting rows by
 * click, Space and select-all, paging, a tappable cell — with the roles and names a screen reader
 * gets; a table wider than its place scrolls in a focusable region; and the time a 1,000-row table
 * takes from the render message to the next paint (printed). Screenshots:
 * target/screenshots/tables-light.png and tables-dark.png.
 */
class TablesIT extends BrowserBase {

  private static WeftTestServer weft;

  @BeforeAll
  static void startApps() {
    if (Browsers.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config(),
        Map.of("/thousand/", thousandRows(), "/wide/", wideTable(), "/rows/", selectableRows(),
        "/thousand-rows/", thousandRowsAsRows()));
  }

  @AfterAll
  static void stopApps() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  /** 1,000 rows of 5 texts: the size the benchmark measures. */
  private static App thousandRows() {
    return page -> {
      DataTable table = new DataTable(new DataColumn("Id"), new DataColumn("Name"), new DataColumn("City"),
          new DataColumn("Score").numeric(true), new DataColumn("Date")).label("Thousand rows");
      for (int i = 1; i <= 1000; i++) {
        table.rows().add(new DataRow(new DataCell(new Text(String.valueOf(i))),
            new DataCell(new Text("Person " + i)), new DataCell(new Text("City " + (i % 37))),
            new DataCell(new Text(String.valueOf(i * 37 % 1000))), new DataCell(new Text("2026-12-" + (i % 28 + 1)))));
      }
      page.add(table);
    };
  }

  /** The same 5,000 texts as a column of rows: the scale the table's figure is read against. */
  private static App thousandRowsAsRows() {
    return page -> {
      dev.weft.ui.controls.Column column = new dev.weft.ui.controls.Column();
      for (int i = 1; i <= 1000; i++) {
        column.controls().add(new dev.weft.ui.controls.Row(new Text(String.valueOf(i)), new Text("Person " + i),
            new Text("City " + (i % 37)), new Text(String.valueOf(i * 37 % 1000)), new Text("2026-12-" + (i % 28 + 1))));
      }
      page.add(column);
    };
  }

  /** Twelve wide columns in a 400 px column: more than fits. */
  private static App wideTable() {
    return page -> {
      DataTable table = new DataTable().label("Wide").width(400).columnSpacing(24).dividerThickness(2)
          .verticalLines("1px solid outline").headingRowColor("surfaceContainer").dataRowMinHeight(60);
      DataRow row = new DataRow();
      for (int i = 1; i <= 12; i++) {
        table.columns().add(new DataColumn("Column " + i));
        row.cells().add(new DataCell("Value " + i));
      }
      table.rows().add(row);
      page.add(table);
    };
  }

  /** Selectable rows without a checkbox column: the rows themselves take the keyboard. */
  private static App selectableRows() {
    return page -> {
      Text said = new Text("nothing").key("said");
      DataTable table = new DataTable(new DataColumn("Fruit")).label("Fruit");
      for (String fruit : List.of("Apple", "Banana", "Cherry")) {
        table.rows().add(new DataRow(new DataCell(fruit))
            .onSelectChanged(e -> said.value(fruit + " " + e.control().selected())));
      }
      page.add(new dev.weft.ui.controls.Button("before"), table, said);
    };
  }

  private void openGallery() {
    page.navigate(server.url("/gallery/"));
    // the whole gallery, on a machine that may be busy with other builds
    assertThat(byKey(page, "status")).hasText("Nothing clicked yet",
        new LocatorAssertions.HasTextOptions().setTimeout(30_000));
  }

  private Locator role(Locator within, AriaRole role, String name) {
    return within.getByRole(role, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator table(String name) {
    return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The text of the first cell of each body row shown, top to bottom. */
  private List<String> firstCells(Locator table) {
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) table.evaluate("t => [...t.tBodies[0].rows]"
        + ".filter(r => getComputedStyle(r).display !== 'none')"
        + ".map(r => r.querySelector('td.weft-dt-cell').textContent)");
    return names;
  }

  @Test
  void aHeadingSortsTheRowsByMouseAndByKeyboard() {
    openGallery();
    Locator elements = table("Chemical elements");
    Locator status = byKey(page, "table-status");
    assertThat(status).hasText("0 of 12 selected · sorted by Number, ascending");
    assertThat(elements.getByRole(AriaRole.COLUMNHEADER)).hasCount(5); // the checkbox column's too
    Locator number = role(elements, AriaRole.COLUMNHEADER, "Number");
    Locator name = role(elements, AriaRole.COLUMNHEADER, "Name");
    assertThat(number).hasAttribute("aria-sort", "ascending");
    assertThat(number).hasAttribute("scope", "col");
    assertThat(name).not().hasAttribute("aria-sort", "ascending");
    assertThat(firstCells(elements).get(0)).isEqualTo("Hydrogen");

    // mouse: a click on the heading's button asks for ascending; the app reorders the rows
    role(name, AriaRole.BUTTON, "Name").click();
    assertThat(status).hasText("0 of 12 selected · sorted by Name, ascending");
    assertThat(name).hasAttribute("aria-sort", "ascending");
    assertThat(number).not().hasAttribute("aria-sort", "ascending");
    assertThat(firstCells(elements)).containsExactly("Beryllium", "Boron", "Carbon", "Fluorine", "Helium",
        "Hydrogen", "Lithium", "Magnesium", "Neon", "Nitrogen", "Oxygen", "Sodium");

    // keyboard: Enter on the focused heading asks for the other direction, Tab reaches the next one
    Locator nameButton = role(name, AriaRole.BUTTON, "Name");
    assertThat(nameButton).isFocused();
    page.keyboard().press("Enter");
    assertThat(status).hasText("0 of 12 selected · sorted by Name, descending");
    assertThat(name).hasAttribute("aria-sort", "descending");
    assertThat(firstCells(elements).get(0)).isEqualTo("Sodium");
    page.keyboard().press("Tab");
    assertThat(role(elements, AriaRole.BUTTON, "Symbol")).isFocused();
    page.keyboard().press("Enter");
    assertThat(status).hasText("0 of 12 selected · sorted by Symbol, ascending");
    assertThat(firstCells(elements).subList(0, 3)).containsExactly("Boron", "Beryllium", "Carbon");
    page.keyboard().press("Tab");
    page.keyboard().press("Tab");
    assertThat(role(elements, AriaRole.BUTTON, "Atomic mass")).isFocused();
    page.keyboard().press(" ");
    assertThat(status).hasText("0 of 12 selected · sorted by Atomic mass, ascending");
    page.keyboard().press(" ");
    assertThat(status).hasText("0 of 12 selected · sorted by Atomic mass, descending");
    assertThat(firstCells(elements).get(0)).isEqualTo("Magnesium");
    watch.assertClean();
  }

  @Test
  void rowsAreSelectedByClickBySpaceAndAllAtOnce() {
    openGallery();
    Locator elements = table("Chemical elements");
    Locator status = byKey(page, "table-status");
    Locator selectAll = role(elements, AriaRole.CHECKBOX, "Select all rows");
    Locator first = role(elements, AriaRole.CHECKBOX, "Select row 1");
    Locator second = role(elements, AriaRole.CHECKBOX, "Select row 2");
    assertThat(elements.getByRole(AriaRole.CHECKBOX)).hasCount(13);
    Locator hydrogen = elements.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Hydrogen"));
    assertThat(hydrogen).hasAttribute("aria-selected", "false");

    // a click on the row (not on its checkbox) toggles it; the server counts it
    hydrogen.getByText("Hydrogen").click();
    assertThat(status).hasText("1 of 12 selected · sorted by Number, ascending");
    assertThat(hydrogen).hasAttribute("aria-selected", "true");
    assertThat(first).isChecked();
    assertThat(selectAll).not().isChecked();
    assertThat((Boolean) selectAll.evaluate("b => b.indeterminate")).isTrue();

    // Space on a row's checkbox
    second.focus();
    page.keyboard().press(" ");
    assertThat(status).hasText("2 of 12 selected · sorted by Number, ascending");
    assertThat(second).isChecked();
    assertThat(elements.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setSelected(true))).hasCount(2);
    // and a click on the checkbox clears it again
    second.click();
    assertThat(status).hasText("1 of 12 selected · sorted by Number, ascending");

    // select all, then none
    selectAll.click();
    assertThat(status).hasText("12 of 12 selected · sorted by Number, ascending");
    assertThat(elements.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setSelected(true))).hasCount(12);
    assertThat(selectAll).isChecked();
    page.keyboard().press(" "); // the select-all box has the focus
    assertThat(status).hasText("0 of 12 selected · sorted by Number, ascending");
    assertThat(selectAll).not().isChecked();
    assertThat(first).not().isChecked();

    // a row keeps its selection and its checkbox is renamed by its new place when sorted
    hydrogen.click();
    assertThat(status).hasText("1 of 12 selected · sorted by Number, ascending");
    role(elements, AriaRole.BUTTON, "Number").click();
    assertThat(status).hasText("1 of 12 selected · sorted by Number, descending");
    assertThat(role(elements, AriaRole.CHECKBOX, "Select row 12")).isChecked();
    assertThat(first).not().isChecked();
    watch.assertClean();
  }

  @Test
  void thePaginatedTableTurnsPagesByMouseAndKeyboard() {
    openGallery();
    Locator orders = table("Orders");
    Locator range = orders.locator("xpath=../..").locator(".weft-dt-range");
    assertThat(range).hasText("1–10 of 100");
    assertThat(orders.getByRole(AriaRole.ROW)).hasCount(11); // the heading row and ten
    assertThat(firstCells(orders)).hasSize(10);
    assertThat(firstCells(orders).get(0)).isEqualTo("#1001");
    Locator previous = button(page, "Previous page");
    Locator next = button(page, "Next page");
    assertThat(previous).hasAttribute("aria-disabled", "true");

    next.click();
    assertThat(range).hasText("11–20 of 100");
    assertThat(firstCells(orders).get(0)).isEqualTo("#1011");
    assertThat(previous).hasAttribute("aria-disabled", "false");
    page.keyboard().press("Enter"); // the focus stays on Next
    assertThat(range).hasText("21–30 of 100");
    page.keyboard().press("Shift+Tab");
    assertThat(previous).isFocused();
    page.keyboard().press(" ");
    assertThat(range).hasText("11–20 of 100");
    page.keyboard().press("Enter");
    assertThat(range).hasText("1–10 of 100");
    page.keyboard().press("Enter"); // nothing before the first page
    assertThat(range).hasText("1–10 of 100");
    assertThat(previous).isFocused();
    for (int i = 2; i <= 10; i++) {
      next.click();
      assertThat(range).hasText((i - 1) * 10 + 1 + "–" + i * 10 + " of 100");
    }
    assertThat(range).hasText("91–100 of 100");
    assertThat(next).hasAttribute("aria-disabled", "true");
    assertThat(firstCells(orders).get(9)).isEqualTo("#1100");

    // a tappable cell, by mouse and by keyboard; the pencil says it edits
    Locator status = byKey(page, "status");
    Locator customer = orders.locator("tr:not(.weft-dt-off) > td.weft-dt-tappable").first();
    assertThat(customer).hasClass(java.util.regex.Pattern.compile("weft-dt-editable"));
    customer.click();
    assertThat(status).hasText("Edit the customer of order 1091");
    orders.locator("tr:not(.weft-dt-off) > td.weft-dt-tappable").nth(1).focus();
    page.keyboard().press("Enter");
    assertThat(status).hasText("Edit the customer of order 1092");
    watch.assertClean();
  }

  @Test
  void selectableRowsWithoutCheckboxesAreTabStopsThatSpaceAndEnterToggle() {
    page.navigate(weft.url("/rows/"));
    Locator table = table("Fruit");
    Locator said = byKey(page, "said");
    Locator apple = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Apple"));
    Locator banana = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Banana"));
    assertThat(table.getByRole(AriaRole.CHECKBOX)).hasCount(0);
    button(page, "before").focus();
    page.keyboard().press("Tab");
    assertThat(apple).isFocused();
    page.keyboard().press(" ");
    assertThat(said).hasText("Apple true");
    assertThat(apple).hasAttribute("aria-selected", "true");
    page.keyboard().press("Tab");
    assertThat(banana).isFocused();
    page.keyboard().press("Enter");
    assertThat(said).hasText("Banana true");
    banana.click();
    assertThat(said).hasText("Banana false");
    assertThat(banana).hasAttribute("aria-selected", "false");
    assertThat(table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setSelected(true))).hasCount(1);
    watch.assertClean();
  }

  @Test
  void aTableWiderThanItsPlaceScrollsInAFocusableRegion() {
    page.navigate(weft.url("/wide/"));
    Locator table = table("Wide");
    assertThat(table).isVisible();
    // texts keep to one line: the table is as wide as its columns' texts, wider than its 400 px
    assertThat((Double) table.evaluate("t => t.getBoundingClientRect().width")).isGreaterThan(12 * 70.0);
    Locator region = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Wide, scrolls sideways"));
    assertThat(region).hasAttribute("tabindex", "0");
    region.focus();
    page.keyboard().press("ArrowRight");
    page.keyboard().press("End");
    Scripts.waitUntil(page, "() => document.querySelector('.weft-dt-scroll').scrollLeft > 0");

    // the table's settings reach its cells: spacing, divider, vertical lines, heading colour, height
    @SuppressWarnings("unchecked")
    Map<String, String> style = (Map<String, String>) table.evaluate("t => {"
        + " const td = t.tBodies[0].rows[0].cells[1], css = getComputedStyle(td);"
        + " return { padding: css.paddingRight, divider: css.borderBottomWidth, line: css.borderLeftStyle,"
        + " height: String(td.getBoundingClientRect().height),"
        + " heading: getComputedStyle(t.tHead.rows[0]).backgroundColor }; }");
    assertThat(style).containsEntry("padding", "12px").containsEntry("divider", "2px").containsEntry("line", "solid")
        .containsEntry("height", "60");
    assertThat(style.get("heading")).isNotEqualTo("rgba(0, 0, 0, 0)");
    watch.assertClean();
  }

  /** The script noting when the first render message arrives and when the frame after it painted. */
  private static final String RENDER_TIMER = """
      (() => {
        const Native = window.WebSocket;
        window.__weftRender = null;
        window.WebSocket = class extends Native {
          constructor(...args) {
            super(...args);
            this.addEventListener('message', (event) => {
              if (window.__weftRender || !String(event.data).includes('"type":"render"')) return;
              const start = performance.now();
              window.__weftRender = { start };
              requestAnimationFrame(() => setTimeout(() => { window.__weftRender.painted = performance.now(); }));
            });
          }
        };
      })();
      """;

  /** Loads {@code path} in a fresh page and returns the ms from its render message to the paint after. */
  private double renderToPaint(String path) {
    try (var fresh = newContext()) {
      Page loaded = fresh.newPage();
      PageWatch loadedWatch = PageWatch.attach(loaded, "TablesIT" + path);
      loaded.addInitScript(RENDER_TIMER);
      loaded.navigate(weft.url(path));
      Scripts.waitUntil(loaded, "() => window.__weftRender !== null && window.__weftRender.painted !== undefined");
      assertThat(loaded.getByText("Person 1000", new Page.GetByTextOptions().setExact(true))).hasCount(1);
      loadedWatch.assertClean();
      return ((Number) loaded.evaluate("() => window.__weftRender.painted - window.__weftRender.start")).doubleValue();
    }
  }

  @Test
  void aThousandRowTableRendersSoon() {
    // The time from the render message's arrival to the paint after it: the socket's first
    // listener notes the arrival; a task queued from the next animation frame runs once that frame
    // is painted. Three loads each of the table and, for scale, of the same texts in a column of
    // rows, alternating; the least of each is printed.
    double table = Double.MAX_VALUE;
    double rows = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      table = Math.min(table, renderToPaint("/thousand/"));
      rows = Math.min(rows, renderToPaint("/thousand-rows/"));
    }
    System.out.printf("[TablesIT] 1,000-row DataTable (5 columns of Text): render message to paint %.1f ms"
        + " (least of 3; the same texts as a Column of 1,000 Rows: %.1f ms; load average %s)%n",
        table, rows, loadAverage());
    page.navigate(weft.url("/thousand/"));
    assertThat(table("Thousand rows").getByRole(AriaRole.ROW)).hasCount(1001);
    // The target is 300 ms, measured by the lead's benchmark on a quiet machine; here the figure is
    // printed, not asserted: on a machine shared with other builds it varies tenfold.
    assertThat(table).as("ms from the render message to its paint").isPositive();
    watch.assertClean();
  }

  /** The script noting, in the first frame after the render message, the rows shown and the table's height. */
  private static final String FIRST_FRAME = """
      (() => {
        const Native = window.WebSocket;
        window.__weftFirstFrame = null;
        window.WebSocket = class extends Native {
          constructor(...args) {
            super(...args);
            this.addEventListener('message', (event) => {
              if (window.__weftFirstFrame || !String(event.data).includes('"type":"render"')) return;
              window.__weftFirstFrame = {};
              requestAnimationFrame(() => {
                const table = document.querySelector('.weft-dt-table');
                window.__weftFirstFrame = {
                  shown: [...table.tBodies[0].rows].filter((r) => getComputedStyle(r).display !== 'none').length,
                  height: table.getBoundingClientRect().height,
                };
              });
            });
          }
        };
      })();
      """;

  @Test
  void aThousandRowTableShowsAScreenfulFirstAndTheOtherRowsSoonAfterInAPlaceKeptForThem() {
    // dataTable.js: of many rows arriving at once, the first paint shows a screenful; the others
    // wait (display: none) behind a spacer as tall as them and are shown a step per frame
    try (var fresh = newContext()) {
      Page loaded = fresh.newPage();
      PageWatch loadedWatch = PageWatch.attach(loaded, "TablesIT progressive");
      loaded.addInitScript(FIRST_FRAME);
      loaded.navigate(weft.url("/thousand/"));
      Scripts.waitUntil(loaded, "() => window.__weftFirstFrame?.height !== undefined");
      Map<?, ?> first = (Map<?, ?>) loaded.evaluate("() => window.__weftFirstFrame");
      int shownFirst = ((Number) first.get("shown")).intValue();
      assertThat(shownFirst).as("rows shown in the first frame").isBetween(10, 100);
      Locator thousand = loaded.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Thousand rows"));
      assertThat(thousand.getByRole(AriaRole.ROW)).hasCount(1001); // every row, and the heading
      assertThat(thousand.locator("tr.weft-dt-later")).hasCount(0);
      assertThat(thousand.locator("tbody.weft-dt-spacer")).isHidden();
      assertThat(thousand.locator("th[style*=width]")).hasCount(0); // the held widths are released
      double height = ((Number) thousand.evaluate("t => t.getBoundingClientRect().height")).doubleValue();
      assertThat(((Number) first.get("height")).doubleValue()).as("the table's height in the first frame")
          .isCloseTo(height, org.assertj.core.data.Percentage.withPercentage(1));
      loadedWatch.assertClean();
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  @Test
  void screenshotsInLightAndDark() throws Exception {
    page.setViewportSize(1280, 1800); // the page scrolls inside itself: the section must fit in view
    openGallery();
    Locator elements = table("Chemical elements");
    role(elements, AriaRole.CHECKBOX, "Select row 2").click();
    role(elements, AriaRole.CHECKBOX, "Select row 5").click();
    assertThat(byKey(page, "table-status")).hasText("2 of 12 selected · sorted by Number, ascending");
    for (String mode : List.of("light", "dark")) {
      if (mode.equals("dark")) {
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode")).click();
        Scripts.waitUntil(page, "() => document.documentElement.classList.contains('weft-dark')");
        page.waitForTimeout(400); // the background's colour transition
      }
      Locator section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tables").setExact(true));
      section.scrollIntoViewIfNeeded();
      elements.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Carbon")).hover(); // a hover tint
      section.screenshot(new Locator.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("tables-" + mode + ".png")));
    }
    watch.assertClean();
  }
}
