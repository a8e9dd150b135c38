package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.NavigationBar;
import dev.weft.ui.controls.NavigationDestination;
import dev.weft.ui.controls.NavigationRail;
import dev.weft.ui.controls.Tab;
import dev.weft.ui.controls.Tabs;
import dev.weft.ui.controls.Text;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery's navigation section driven by mouse and keyboard, found by role and name: the
 * navigation bar and rail (navigation landmarks around tablists, manual activation), the tabs
 * (the WAI-ARIA tabs pattern, automatic activation) and the floating action buttons. The status
 * line is written by the server from the selected indexes it holds, so it shows that each
 * selection reached it. Screenshots: target/screenshots/navigation-light.png and -dark.png.
 */
class NavigationIT extends BrowserBase {

  private Locator status;

  @BeforeEach
  void openGallery() {
    page.navigate(server.url("/gallery/"));
    status = byKey(page, "nav-status");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Photos");
  }

  @Test
  void theNavigationBarTakesClicksAndKeys() {
    Locator bar = landmark("Bottom bar");
    assertThat(bar.getByRole(AriaRole.TABLIST)).hasAttribute("aria-orientation", "horizontal");
    assertThat(bar.getByRole(AriaRole.TAB)).hasCount(4);
    Locator home = tab(bar, "Home");
    Locator favorites = tab(bar, "Favorites");
    assertThat(home).hasAttribute("aria-selected", "true");
    assertThat(favorites).hasAttribute("aria-selected", "false");

    favorites.click();
    assertThat(favorites).hasAttribute("aria-selected", "true");
    assertThat(home).hasAttribute("aria-selected", "false");
    assertThat(status).hasText("Bar: Favorites · Rail: Inbox · Tab: Photos");
    // the selected icon replaces the icon
    assertThat(favorites.locator("svg[data-icon=favorite]")).isVisible();
    assertThat(favorites.locator("svg[data-icon=favorite_border]")).isHidden();

    // one tab stop: the selected destination; arrows move the focus, Enter or Space selects
    assertThat(bar.locator("[role=tab][tabindex='0']")).hasCount(1);
    assertThat(favorites).hasAttribute("tabindex", "0");
    page.keyboard().press("ArrowRight");
    assertThat(tab(bar, "Search")).isFocused();
    assertThat(tab(bar, "Search")).hasAttribute("aria-selected", "false");
    page.keyboard().press("Enter");
    assertThat(tab(bar, "Search")).hasAttribute("aria-selected", "true");
    assertThat(status).hasText("Bar: Search · Rail: Inbox · Tab: Photos");
    page.keyboard().press("End");
    assertThat(tab(bar, "Settings")).isFocused();
    page.keyboard().press(" ");
    assertThat(status).hasText("Bar: Settings · Rail: Inbox · Tab: Photos");
    page.keyboard().press("ArrowRight"); // wraps
    assertThat(home).isFocused();
    page.keyboard().press("Home");
    assertThat(home).isFocused();
    page.keyboard().press("Enter");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Photos");

    // Tab leaves the bar; Shift+Tab comes back to the selected destination
    page.keyboard().press("ArrowLeft");
    assertThat(tab(bar, "Settings")).isFocused();
    page.keyboard().press("Tab");
    assertThat(bar.locator(":focus")).hasCount(0);
    page.keyboard().press("Shift+Tab");
    assertThat(home).isFocused();
    watch.assertClean();
  }

  @Test
  void theRailAndTheFloatingActionButtonsTakeClicksAndKeys() {
    Locator rail = landmark("Side rail");
    assertThat(rail.getByRole(AriaRole.TABLIST)).hasAttribute("aria-orientation", "vertical");
    Locator starred = tab(rail, "Starred");
    starred.click();
    assertThat(starred).hasAttribute("aria-selected", "true");
    assertThat(status).hasText("Bar: Home · Rail: Starred · Tab: Photos");
    page.keyboard().press("ArrowDown");
    assertThat(tab(rail, "Sent")).isFocused();
    page.keyboard().press("Enter");
    assertThat(status).hasText("Bar: Home · Rail: Sent · Tab: Photos");
    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp");
    assertThat(tab(rail, "Inbox")).isFocused();
    page.keyboard().press(" ");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Photos");

    // the leading control is inside the landmark, before the destinations
    Locator fabStatus = byKey(page, "fab-status");
    rail.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("New message").setExact(true)).click();
    assertThat(fabStatus).hasText("New message clicked");

    double narrow = rail.boundingBox().width;
    tab(byKey(page, "nav-tabs"), "Settings").click();
    page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Extended rail")).click();
    assertThat(rail).hasClass(Pattern.compile("weft-navrail--extended"));
    assertThat(rail.getByText("Starred", new Locator.GetByTextOptions().setExact(true))).isVisible();
    Scripts.waitUntil(page, "w => document.querySelector('[data-key=nav-rail]').getBoundingClientRect().width > w", narrow);

    // the floating action buttons
    Locator add = button(page, "Add item");
    assertThat(add).hasAttribute("aria-label", "Add item");
    add.click();
    assertThat(fabStatus).hasText("Add item clicked");
    Locator compose = button(page, "Compose");
    assertThat(compose).hasText("Compose"); // the extended FAB is named by its text
    compose.focus();
    page.keyboard().press("Enter");
    assertThat(fabStatus).hasText("Compose clicked");
    add.focus();
    page.keyboard().press(" ");
    assertThat(fabStatus).hasText("Add item clicked");
    watch.assertClean();
  }

  @Test
  void tabsFollowTheTabsPattern() {
    Locator tabs = byKey(page, "nav-tabs");
    Locator list = tabs.getByRole(AriaRole.TABLIST);
    assertThat(list.getByRole(AriaRole.TAB)).hasCount(3);
    Locator photos = tab(list, "Photos");
    Locator music = tab(list, "Music");
    assertThat(photos).hasAttribute("aria-selected", "true");
    Locator photosPanel = page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("Photos"));
    assertThat(photosPanel).isVisible();
    assertThat(photosPanel).hasText("Your photos would be here.");
    assertThat(photos).hasAttribute("aria-controls", photosPanel.getAttribute("id"));
    // only the selected tab's panel is shown (the others are out of the accessibility tree)
    assertThat(tabs.getByRole(AriaRole.TABPANEL)).hasCount(1);

    music.click();
    assertThat(music).hasAttribute("aria-selected", "true");
    assertThat(photos).hasAttribute("aria-selected", "false");
    assertThat(page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("Music")))
        .hasText("Your music would be here.");
    assertThat(photosPanel).isHidden();
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Music");

    // automatic activation: the arrow keys, Home and End select as they move
    assertThat(music).isFocused();
    page.keyboard().press("ArrowRight");
    assertThat(tab(list, "Settings")).isFocused();
    assertThat(tab(list, "Settings")).hasAttribute("aria-selected", "true");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Settings");
    page.keyboard().press("Home");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Photos");
    assertThat(photosPanel).isVisible();
    page.keyboard().press("End");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Settings");
    page.keyboard().press("ArrowLeft");
    assertThat(status).hasText("Bar: Home · Rail: Inbox · Tab: Music");
    assertThat(list.locator("[role=tab][tabindex='0']")).hasCount(1);
    // Tab goes from the tab to its panel
    page.keyboard().press("Tab");
    assertThat(page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("Music"))).isFocused();
    watch.assertClean();
  }

  @Test
  void theServerChangesTheControlsInPlace() {
    App app = page -> {
      Text said = new Text("-").key("said");
      Tabs tabs = new Tabs(new Tab("One", new Text("first")), new Tab("Two", new Text("second"))).key("tabs");
      NavigationBar bar = new NavigationBar(NavigationDestination.of("home", "Home"),
          NavigationDestination.of("search", "Search")).label("Main");
      NavigationRail rail = new NavigationRail(NavigationDestination.of("home", "Inbox")).label("Side");
      tabs.onChange(e -> said.value("tab " + tabs.selectedIndex()));
      page.add(tabs, bar, rail, said,
          new Button("Add tab", e -> tabs.tabs().add(new Tab("Three", new Text("third")))),
          new Button("Last first", e -> tabs.tabs().add(0, tabs.tabs().remove(tabs.tabs().size() - 1))),
          new Button("Rename", e -> tabs.tabs().get(0).text("Renamed")),
          new Button("Select 1", e -> {
            tabs.selectedIndex(1);
            bar.selectedIndex(1);
          }),
          new Button("More", e -> {
            bar.destinations(List.of(NavigationDestination.of("home", "Home"),
                NavigationDestination.of("search", "Search"), NavigationDestination.of("settings", "Settings")));
            rail.trailing(new Button("Help")).leading(new Button("Menu"));
          }));
    };
    try (WeftTestServer local = WeftTestServer.start(Map.of("/", app))) {
      page.navigate("http://127.0.0.1:" + local.port() + "/");
      Locator list = byKey(page, "tabs").getByRole(AriaRole.TABLIST);
      assertThat(list.getByRole(AriaRole.TAB)).hasText(new String[] {"One", "Two"});
      button(page, "Add tab").click();
      assertThat(list.getByRole(AriaRole.TAB)).hasText(new String[] {"One", "Two", "Three"});
      button(page, "Last first").click();
      assertThat(list.getByRole(AriaRole.TAB)).hasText(new String[] {"Three", "One", "Two"});
      // the selected index stays 0, now "Three", whose panel shows
      assertThat(tab(list, "Three")).hasAttribute("aria-selected", "true");
      assertThat(page.getByRole(AriaRole.TABPANEL)).hasText("third");
      button(page, "Rename").click();
      assertThat(list.getByRole(AriaRole.TAB)).hasText(new String[] {"Renamed", "One", "Two"});
      button(page, "Select 1").click();
      assertThat(tab(list, "One")).hasAttribute("aria-selected", "true");
      assertThat(page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("One"))).hasText("first");
      assertThat(tab(landmark("Main"), "Search")).hasAttribute("aria-selected", "true");
      // a click after the server's changes: the new order is the one the server has
      tab(list, "Two").click();
      assertThat(byKey(page, "said")).hasText("tab 2");
      button(page, "More").click();
      assertThat(landmark("Main").getByRole(AriaRole.TAB)).hasCount(3);
      assertThat(tab(landmark("Main"), "Search")).hasAttribute("aria-selected", "true");
      assertThat(landmark("Side").getByRole(AriaRole.BUTTON)).hasText(new String[] {"Menu", "Help"});
      // drawn in that order too: leading above the destinations, trailing below
      double menu = button(page, "Menu").boundingBox().y;
      double inbox = tab(landmark("Side"), "Inbox").boundingBox().y;
      double help = button(page, "Help").boundingBox().y;
      assertThat(menu).isLessThan(inbox);
      assertThat(inbox).isLessThan(help);
      watch.assertClean();
    }
  }

  @Test
  void screenshotsLightAndDark() throws Exception {
    Locator section = status.locator("xpath=..");
    section.scrollIntoViewIfNeeded();
    shoot(section, "navigation-light.png");
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
    Scripts.waitUntil(page, "() => getComputedStyle(document.querySelector('.weft-page')).backgroundColor === 'rgb(20, 18, 24)'");
    page.waitForTimeout(350); // the surfaces' colour transitions
    shoot(section, "navigation-dark.png");
    tab(byKey(page, "nav-tabs"), "Settings").click();
    page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Extended rail")).click();
    assertThat(byKey(page, "nav-rail")).hasClass(Pattern.compile("weft-navrail--extended"));
    tab(landmark("Side rail"), "Starred").focus(); // a keyboard focus ring in the picture
    page.keyboard().press("ArrowDown");
    shoot(section, "navigation-extended-dark.png");
    watch.assertClean();
  }

  /**
   * The section with a margin, so the buttons' shadows are in the picture. Transitions are
   * finished first: a clipped page screenshot otherwise caught the page's background
   * mid-transition from light (in Chromium 150, although the page was long dark).
   */
  private void shoot(Locator section, String name) throws Exception {
    var box = section.boundingBox();
    page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve(name))
        .setAnimations(ScreenshotAnimations.DISABLED)
        .setClip(box.x - 12, box.y - 12, box.width + 24, box.height + 24));
  }

  private Locator landmark(String name) {
    return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator tab(Locator within, String name) {
    return within.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
