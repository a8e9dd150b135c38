package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Menus and layout" section, by mouse and keyboard: popup menus and the menu bar
 * (roles, where the focus goes, Escape and outside clicks, the item's server handler ran), the
 * responsive row at three window widths, tooltips on hover and focus, and menus and tooltips near
 * the viewport's edges and in a modal dialog. Screenshots:
 * target/screenshots/menus-, popup- and tooltip-light.png and -dark.png.
 */
class MenusIT extends BrowserBase {

  private Locator status;

  @BeforeEach
  void openGallery() {
    page.navigate(server.url("/gallery/"));
    status = byKey(page, "menu-status");
    assertThat(status).hasText("No menu used yet");
  }

  private Locator role(AriaRole role, String name) {
    return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator item(String name) {
    return role(AriaRole.MENUITEM, name);
  }

  private static Locator in(Locator menu, String name) {
    return menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private void press(String key) {
    page.keyboard().press(key);
  }

  @Test
  void aPopupMenuOpensByClickAndByKeysAndRunsTheItemsHandler() {
    Locator more = button(page, "More actions");
    assertThat(more).hasAttribute("aria-haspopup", "menu");
    assertThat(more).hasAttribute("aria-expanded", "false");
    Locator menu = role(AriaRole.MENU, "More actions");
    assertThat(menu).isHidden();

    // mouse: open, choose; the menu closes and the focus is back on the button
    more.click();
    assertThat(menu).isVisible();
    assertThat(more).hasAttribute("aria-expanded", "true");
    assertThat(in(menu, "Edit")).isFocused();
    in(menu, "Share").click();
    assertThat(status).hasText("Popup › Share");
    assertThat(menu).isHidden();
    assertThat(more).isFocused();
    assertThat(more).hasAttribute("aria-expanded", "false");

    // keyboard: Enter opens at the first item; arrows, Home and End move, wrapping
    press("Enter");
    assertThat(in(menu, "Edit")).isFocused();
    press("ArrowDown");
    assertThat(in(menu, "Share")).isFocused();
    press("End");
    Locator grid = menu.getByRole(AriaRole.MENUITEMCHECKBOX);
    assertThat(grid).isFocused();
    assertThat(grid).hasAttribute("aria-checked", "false");
    press("ArrowDown");
    assertThat(in(menu, "Edit")).isFocused();
    press("ArrowUp");
    assertThat(grid).isFocused();
    press("Home");
    assertThat(in(menu, "Edit")).isFocused();
    press("d"); // type-ahead: the next item starting with "d"
    assertThat(in(menu, "Delete")).isFocused();
    press("Escape");
    assertThat(menu).isHidden();
    assertThat(more).isFocused();
    assertThat(status).hasText("Popup › Share"); // Escape chose nothing
    Locator tooltip = page.getByRole(AriaRole.TOOLTIP);
    assertThat(tooltip).hasText("More actions"); // the button has the keyboard focus again

    // ArrowUp opens at the last item (the tooltip gives way to the menu); Space toggles the check
    // item on the server
    press("ArrowUp");
    assertThat(grid).isFocused();
    assertThat(tooltip).hasCount(0);
    press(" ");
    assertThat(status).hasText("Grid shown");
    assertThat(more).isFocused();

    // a click outside closes it and chooses nothing
    more.click();
    assertThat(menu).isVisible();
    assertThat(grid).hasAttribute("aria-checked", "true");
    status.click();
    assertThat(menu).isHidden();
    assertThat(status).hasText("Grid shown");

    // a labelled menu button: Space opens it, ArrowDown from the button opens it too
    Locator sort = button(page, "Sort by");
    sort.focus();
    press("ArrowDown");
    Locator sortMenu = role(AriaRole.MENU, "Sort by");
    assertThat(in(sortMenu, "Name")).isFocused();
    press("ArrowDown");
    press("Enter");
    assertThat(status).hasText("Sorted by date");
    assertThat(sort).isFocused();
    watch.assertClean();
  }

  @Test
  void theMenuBarMovesAlongTheBarAndIntoSubmenus() {
    Locator bar = role(AriaRole.MENUBAR, "Gallery menu");
    assertThat(bar).isVisible();
    Locator file = item("File");
    Locator edit = item("Edit");
    assertThat(bar.getByRole(AriaRole.MENUITEM)).hasCount(3);
    // one Tab stop: the first entry
    assertThat(file).hasAttribute("tabindex", "0");
    assertThat(edit).hasAttribute("tabindex", "-1");

    // mouse: open File, point at Share, choose from the nested menu
    file.click();
    Locator fileMenu = role(AriaRole.MENU, "File");
    assertThat(fileMenu).isVisible();
    item("Share").hover();
    Locator shareMenu = role(AriaRole.MENU, "Share");
    assertThat(shareMenu).isVisible();
    item("As a link").click();
    assertThat(status).hasText("File › Share › As a link");
    assertThat(fileMenu).isHidden();
    assertThat(shareMenu).isHidden();
    assertThat(file).isFocused();

    // keyboard along the bar, then down into File and its submenu
    press("ArrowRight");
    assertThat(edit).isFocused();
    assertThat(edit).hasAttribute("tabindex", "0");
    assertThat(file).hasAttribute("tabindex", "-1");
    press("ArrowLeft");
    assertThat(file).isFocused();
    press("ArrowLeft"); // wraps to the last entry
    assertThat(item("Help")).isFocused();
    press("Home");
    assertThat(file).isFocused();
    press("ArrowDown");
    assertThat(fileMenu).isVisible();
    assertThat(file).hasAttribute("aria-expanded", "true");
    assertThat(item("New")).isFocused();
    press("End");
    Locator share = item("Share");
    assertThat(share).isFocused();
    assertThat(share).hasAttribute("aria-haspopup", "menu");
    press("ArrowRight");
    assertThat(shareMenu).isVisible();
    assertThat(item("By e-mail")).isFocused();
    press("ArrowLeft"); // closes the submenu only
    assertThat(shareMenu).isHidden();
    assertThat(share).isFocused();
    press("Escape"); // closes File, focus back on the bar
    assertThat(fileMenu).isHidden();
    assertThat(file).isFocused();

    // Right from inside a bar's menu goes to the next menu, open; Enter chooses
    press("Enter");
    assertThat(item("New")).isFocused();
    press("ArrowRight");
    assertThat(fileMenu).isHidden();
    assertThat(role(AriaRole.MENU, "Edit")).isVisible();
    assertThat(item("Undo")).isFocused();
    press("ArrowDown");
    press("Enter");
    assertThat(status).hasText("Edit › Redo");
    assertThat(role(AriaRole.MENU, "Edit")).isHidden();
    assertThat(edit).isFocused();
    watch.assertClean();
  }

  @Test
  void theResponsiveRowLaysItsCellsOutByTheWindowsWidth() {
    List<Locator> cells = List.of(byKey(page, "cell-1"), byKey(page, "cell-2"), byKey(page, "cell-3"),
        byKey(page, "cell-4"));
    cells.get(0).scrollIntoViewIfNeeded();
    Locator row = byKey(page, "responsive");

    // lg (1280 px): four cells side by side, a quarter of the row each
    BoundingBox rowBox = row.boundingBox();
    double quarter = (rowBox.width - 3 * 10) / 4;
    for (int i = 0; i < 4; i++) {
      BoundingBox cell = cells.get(i).boundingBox();
      assertThat(cell.y).as("cell %d on the first line", i + 1).isCloseTo(rowBox.y, within(1.0));
      assertThat(cell.width).isCloseTo(quarter, within(1.0));
      assertThat(cell.x).isCloseTo(rowBox.x + i * (quarter + 10), within(1.0));
    }

    // sm (700 px): two a line
    page.setViewportSize(700, 800);
    Scripts.waitUntil(page, "() => innerWidth === 700");
    rowBox = row.boundingBox();
    double half = (rowBox.width - 10) / 2;
    BoundingBox[] boxes = cells.stream().map(Locator::boundingBox).toArray(BoundingBox[]::new);
    assertThat(boxes[0].width).isCloseTo(half, within(1.0));
    assertThat(boxes[1].y).isCloseTo(boxes[0].y, within(1.0));
    assertThat(boxes[1].x).isCloseTo(rowBox.x + half + 10, within(1.0));
    assertThat(boxes[2].y).isCloseTo(boxes[0].y + boxes[0].height + 10, within(1.0));
    assertThat(boxes[2].x).isCloseTo(rowBox.x, within(1.0));

    // xs (500 px): one a line, the whole row wide
    page.setViewportSize(500, 800);
    Scripts.waitUntil(page, "() => innerWidth === 500");
    rowBox = row.boundingBox();
    double y = rowBox.y;
    for (Locator cell : cells) {
      BoundingBox box = cell.boundingBox();
      assertThat(box.width).isCloseTo(rowBox.width, within(1.0));
      assertThat(box.x).isCloseTo(rowBox.x, within(1.0));
      assertThat(box.y).isCloseTo(y, within(1.0));
      y += box.height + 10;
    }
    watch.assertClean();
  }

  @Test
  void tooltipsShowOnHoverAndOnKeyboardFocus() throws Exception {
    Locator target = button(page, "Hover or focus me");
    Locator tooltip = page.getByRole(AriaRole.TOOLTIP);
    assertThat(target).not().hasAttribute("title", java.util.regex.Pattern.compile(".*"));
    String id = target.getAttribute("aria-describedby");
    assertThat(id).startsWith("weft-tooltip-");
    assertThat(page.locator("#" + id)).hasText("Tooltips show on hover and on keyboard focus");
    assertThat(target).hasAccessibleDescription("Tooltips show on hover and on keyboard focus");
    assertThat(tooltip).hasCount(0);

    // hover: shown after a short delay, below the button, gone when the pointer leaves
    target.hover();
    assertThat(tooltip).isVisible();
    assertThat(tooltip).hasText("Tooltips show on hover and on keyboard focus");
    assertThat(tooltip).hasAttribute("id", id);
    BoundingBox button = target.boundingBox();
    BoundingBox tip = tooltip.boundingBox();
    assertThat(tip.y).isGreaterThanOrEqualTo(button.y + button.height);
    assertThat(tip.x).isGreaterThanOrEqualTo(0);
    assertThat(tip.x + tip.width).isLessThanOrEqualTo(1280);
    page.mouse().move(5, 5);
    assertThat(tooltip).hasCount(0);

    // keyboard focus: shown at once; Escape hides it
    button(page, "Sort by").focus();
    press("Tab");
    assertThat(target).isFocused();
    assertThat(tooltip).isVisible();
    press("Escape");
    assertThat(tooltip).hasCount(0);
    press("Shift+Tab");
    assertThat(tooltip).hasCount(0);

    // an icon-only button is named by its tooltip, and is not also described by it
    Locator more = button(page, "More actions");
    assertThat(more).not().hasAttribute("aria-describedby", java.util.regex.Pattern.compile(".*"));
    more.hover();
    assertThat(tooltip).hasText("More actions");
    page.mouse().move(5, 5);
    assertThat(tooltip).hasCount(0);

    screenshots();
    watch.assertClean();
  }

  @Test
  void nearTheViewportsEdgeMenusAndTooltipsFlipToStayInsideAndInADialogTheyShowFromIt() {
    Locator more = button(page, "More actions");
    Locator menu = role(AriaRole.MENU, "More actions");
    // the button at the bottom of a short window: the menu opens above it, inside the viewport
    page.setViewportSize(800, 500);
    Scripts.waitUntil(page, "() => innerWidth === 800");
    more.evaluate("b => b.scrollIntoView({block: 'end'})");
    more.click();
    assertThat(menu).isVisible();
    BoundingBox button = more.boundingBox();
    BoundingBox box = menu.boundingBox();
    assertThat(box.y + box.height).as("above the button").isLessThanOrEqualTo(button.y);
    assertThat(box.y).isGreaterThanOrEqualTo(0);
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).isLessThanOrEqualTo(800);
    press("Escape");

    // at the top: below it again
    more.evaluate("b => b.scrollIntoView({block: 'start'})");
    more.click();
    button = more.boundingBox();
    box = menu.boundingBox();
    assertThat(box.y).as("below the button").isGreaterThanOrEqualTo(button.y + button.height);
    press("Escape");

    // the bar's entries pushed to the right edge: File's menu ends where File ends, and the Share
    // submenu opens to the left of its entry
    Locator file = item("File");
    file.evaluate("b => { const bar = b.closest('[role=menubar]');"
        + " bar.style.paddingLeft = (bar.clientWidth - b.offsetWidth - 8) + 'px';"
        + " b.scrollIntoView({block: 'start'}); }");
    file.click();
    BoundingBox fileBox = file.boundingBox();
    BoundingBox fileMenu = role(AriaRole.MENU, "File").boundingBox();
    assertThat(fileMenu.x + fileMenu.width).isCloseTo(fileBox.x + fileBox.width, within(1.0));
    item("Share").hover();
    BoundingBox share = item("Share").boundingBox();
    BoundingBox submenu = role(AriaRole.MENU, "Share").boundingBox();
    assertThat(submenu.x + submenu.width).as("flipped to the left").isLessThanOrEqualTo(share.x + 1);
    assertThat(submenu.x).isGreaterThanOrEqualTo(0);
    press("Escape");
    press("Escape");

    // a tooltip at the bottom shows above its control
    Locator target = button(page, "Hover or focus me");
    target.evaluate("b => b.scrollIntoView({block: 'end'})");
    target.hover();
    Locator tooltip = page.getByRole(AriaRole.TOOLTIP);
    assertThat(tooltip).isVisible();
    BoundingBox over = target.boundingBox();
    BoundingBox tip = tooltip.boundingBox();
    assertThat(tip.y + tip.height).isLessThanOrEqualTo(over.y);
    assertThat(tip.x).isGreaterThanOrEqualTo(0);
    assertThat(tip.x + tip.width).isLessThanOrEqualTo(800);

    // a control inside a modal <dialog> (as modal overlays are, web/js/modal.js): the rest of the
    // page is inert, so the tooltip must show from within the dialog to be seen by assistive tech
    page.mouse().move(5, 5);
    assertThat(tooltip).hasCount(0);
    target.evaluate("b => { const d = document.createElement('dialog'); document.body.append(d);"
        + " d.append(b); d.showModal(); }");
    target.hover();
    assertThat(tooltip).isVisible();
    assertThat(tooltip).hasText("Tooltips show on hover and on keyboard focus");
    assertThat((Boolean) tooltip.evaluate("t => t.parentElement.tagName === 'DIALOG'")).isTrue();
    page.keyboard().press("Escape"); // hides the tooltip (and cancels the dialog)
    assertThat(tooltip).hasCount(0);
    assertThat((Boolean) page.evaluate("() => document.querySelector('.weft-tooltips')"
        + ".contains(document.querySelector('[role=tooltip]'))")).as("back in the layer").isTrue();
    watch.assertClean();
  }

  /** The section in light and dark, with the File › Share menus open, then with a tooltip. */
  private void screenshots() throws Exception {
    for (String mode : List.of("light", "dark")) {
      if (mode.equals("dark")) {
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode")).click();
        Scripts.waitUntil(page, "() => document.documentElement.classList.contains('weft-dark')");
        page.waitForTimeout(400); // the background's colour transition
      }
      page.getByText("Menus and layout", new Page.GetByTextOptions().setExact(true)).scrollIntoViewIfNeeded();
      page.evaluate("() => document.querySelector('[data-key=\"menu-status\"]')"
          + ".scrollIntoView({block: 'center'})");
      item("File").click();
      item("Share").hover();
      assertThat(role(AriaRole.MENU, "Share")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("menus-" + mode + ".png")));
      press("Escape");
      press("Escape");
      button(page, "More actions").click();
      assertThat(role(AriaRole.MENU, "More actions")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("popup-" + mode + ".png")));
      press("Escape");
      button(page, "Hover or focus me").hover();
      assertThat(page.getByRole(AriaRole.TOOLTIP)).hasText("Tooltips show on hover and on keyboard focus");
      page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("tooltip-" + mode + ".png")));
      page.mouse().move(5, 5);
    }
  }
}
