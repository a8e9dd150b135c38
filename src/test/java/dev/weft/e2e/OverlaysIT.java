package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.AppBar;
import dev.weft.ui.controls.Banner;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.View;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery's overlays in Chromium, by mouse and keyboard, found by role and name: the alert
 * dialog (focus moves in, Tab is trapped, Escape and the scrim dismiss it unless modal, focus
 * returns to the opener, also after page.close from a handler), the bottom sheet, the snack bar
 * (action, close, replacement, time-out), the banner (at the top, or below a view's app bar), and
 * the navigation drawer from the start and the end. Screenshots:
 * target/screenshots/overlays-{light,dark}-{name}.png, one per overlay open in the gallery.
 */
class OverlaysIT extends BrowserBase {

  private Locator status;

  @BeforeEach
  void openGallery() {
    // no animations, so boxes are where they end up at once
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    page.navigate(server.url("/gallery/"));
    status = byKey(page, "overlay-status");
    assertThat(status).hasText("No overlay opened yet");
  }

  private static Locator role(Page page, AriaRole role, String name) {
    return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Opens an overlay from the keyboard: focus its button, press Enter. */
  private Locator openByKeyboard(String opener) {
    Locator button = button(page, opener);
    button.focus();
    page.keyboard().press("Enter");
    return button;
  }

  /** A click on the scrim: a point of the window outside the overlay's box. */
  private void clickScrim(int x, int y) {
    page.mouse().click(x, y);
  }

  @Test
  void aDialogTakesTheFocusTrapsTabAndGivesItBack() {
    Locator opener = openByKeyboard("Open dialog");
    Locator dialog = role(page, AriaRole.DIALOG, "Rename file");
    assertThat(dialog).isVisible();
    Locator field = page.getByLabel("File name", new Page.GetByLabelOptions().setExact(true));
    assertThat(field).isFocused();
    assertThat(field).hasValue("notes.txt");
    // described by its content
    String describedBy = dialog.getAttribute("aria-describedby");
    assertThat(describedBy).isNotBlank();
    assertThat(page.locator("#" + describedBy).getByLabel("File name")).hasCount(1);

    page.keyboard().press("Tab");
    assertThat(button(page, "Cancel")).isFocused();
    page.keyboard().press("Tab");
    assertThat(button(page, "Rename")).isFocused();
    page.keyboard().press("Tab"); // wraps
    assertThat(field).isFocused();
    page.keyboard().press("Shift+Tab"); // wraps back
    assertThat(button(page, "Rename")).isFocused();

    page.keyboard().press("Escape");
    assertThat(dialog).isHidden();
    assertThat(status).hasText("Dialog dismissed");
    assertThat(opener).isFocused();

    opener.click(); // the server's page.close from a handler gives the focus back too
    assertThat(dialog).isVisible();
    button(page, "Rename").click();
    assertThat(dialog).isHidden();
    assertThat(status).hasText("Renamed");
    assertThat(opener).isFocused();

    opener.click();
    assertThat(dialog).isVisible();
    clickScrim(10, 10);
    assertThat(dialog).isHidden();
    assertThat(status).hasText("Dialog dismissed");
    watch.assertClean();
  }

  @Test
  void aModalDialogIgnoresEscapeAndTheScrim() {
    Locator opener = openByKeyboard("Open modal dialog");
    Locator dialog = role(page, AriaRole.ALERTDIALOG, "Discard draft?");
    assertThat(dialog).isVisible();
    assertThat(dialog).hasAccessibleDescription("The draft will be deleted. This cannot be undone.");
    assertThat(button(page, "Keep")).isFocused();
    page.keyboard().press("Escape");
    clickScrim(10, 10);
    page.waitForTimeout(300); // a dismissal would have closed it by now
    assertThat(dialog).isVisible();
    assertThat(status).hasText("No overlay opened yet");
    // the rest of the page is inert
    assertThat(opener).not().isFocused();
    page.keyboard().press("Tab");
    assertThat(button(page, "Discard")).isFocused();
    page.keyboard().press("Enter");
    assertThat(dialog).isHidden();
    assertThat(status).hasText("Draft discarded");
    assertThat(opener).isFocused();
    watch.assertClean();
  }

  @Test
  void aBottomSheetSlidesUpAndIsDismissedByEscapeAndTheScrim() {
    Locator opener = openByKeyboard("Open bottom sheet");
    Locator sheet = role(page, AriaRole.DIALOG, "Share");
    assertThat(sheet).isVisible();
    assertThat(button(page, "Copy link")).isFocused();
    BoundingBox box = sheet.boundingBox();
    assertThat(box.y + box.height).as("at the bottom edge").isCloseTo(800, org.assertj.core.data.Offset.offset(1.0));
    page.keyboard().press("Escape");
    assertThat(sheet).isHidden();
    assertThat(status).hasText("Sheet dismissed");
    assertThat(opener).isFocused();

    opener.click();
    assertThat(sheet).isVisible();
    clickScrim(640, 40);
    assertThat(sheet).isHidden();
    assertThat(status).hasText("Sheet dismissed");

    opener.click();
    button(page, "Copy link").click();
    assertThat(sheet).isHidden();
    assertThat(status).hasText("Link copied");
    watch.assertClean();
  }

  @Test
  void aSnackBarAnnouncesItsActionClosesItAndTheTimeRunsOut() {
    openByKeyboard("Show snack bar");
    Locator snack = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Message archived"));
    assertThat(snack).hasAttribute("aria-live", "polite");
    assertThat(snack.getByText("Message archived")).isVisible();
    // the page stays usable: not modal
    assertThat(button(page, "Show snack bar")).isFocused();
    Locator undo = button(page, "Undo");
    undo.focus();
    page.keyboard().press("Enter"); // by keyboard
    assertThat(undo).isHidden();
    assertThat(status).hasText("Undone");
    assertThat(button(page, "Show snack bar")).isFocused(); // focus went back where it came from

    button(page, "Show snack bar").click();
    assertThat(snack.getByText("Message archived")).isVisible();
    button(page, "Close").click();
    assertThat(snack.getByText("Message archived")).isHidden();
    assertThat(status).hasText("Snack bar gone");

    button(page, "Show snack bar").click();
    assertThat(snack.getByText("Message archived")).isVisible();
    page.mouse().move(0, 0); // the pointer over the bar would stop its time
    button(page, "Show quick snack bar").click(); // replaces it: a dismissal
    assertThat(status).hasText("Snack bar gone");
    Locator quick = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved"));
    assertThat(quick.getByText("Saved")).isVisible();
    assertThat(snack.getByText("Message archived")).isHidden();
    page.mouse().move(0, 0);
    // 1.5 s later it closes itself and the server hears of it
    assertThat(quick.getByText("Saved")).isHidden(new com.microsoft.playwright.assertions.LocatorAssertions
        .IsHiddenOptions().setTimeout(5000));
    assertThat(status).hasText("Quick snack bar timed out");
    watch.assertClean();
  }

  @Test
  void aBannerShowsAtTheTopAsAnAnnouncedRegion() {
    button(page, "Show banner").click();
    Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
        .setName("You are offline. Changes are saved on this device until you reconnect."));
    assertThat(banner).isVisible();
    assertThat(banner.getByRole(AriaRole.ALERT)).hasText(
        "You are offline. Changes are saved on this device until you reconnect.");
    assertThat(banner.boundingBox().y).isEqualTo(0.0);
    banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry")).click();
    assertThat(status).hasText("Retrying");
    assertThat(banner).isVisible();
    Locator dismiss = banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss"));
    dismiss.focus();
    page.keyboard().press("Enter");
    assertThat(banner).isHidden();
    assertThat(status).hasText("Banner closed");
    watch.assertClean();
  }

  @Test
  void drawersSlideInFromTheStartAndTheEnd() {
    Locator opener = openByKeyboard("Open drawer");
    Locator drawer = role(page, AriaRole.DIALOG, "Mail folders");
    assertThat(drawer).isVisible();
    assertThat(drawer.getByRole(AriaRole.NAVIGATION, new Locator.GetByRoleOptions().setName("Mail folders")))
        .isVisible();
    assertThat(drawer.boundingBox().x).as("from the start").isEqualTo(0.0);
    Locator inbox = folder(drawer, "Inbox");
    assertThat(inbox).isFocused();
    assertThat(inbox).hasAttribute("aria-current", "page");
    page.keyboard().press("ArrowDown");
    assertThat(folder(drawer, "Sent")).isFocused();
    page.keyboard().press("ArrowDown");
    assertThat(folder(drawer, "Starred")).isFocused();
    page.keyboard().press("Enter");
    assertThat(drawer).isHidden();
    assertThat(status).hasText("Mail folders: Starred");
    assertThat(opener).isFocused();

    opener.click(); // the selection stays, and takes the focus
    assertThat(folder(drawer, "Starred")).hasAttribute("aria-current", "page");
    assertThat(folder(drawer, "Starred")).isFocused();
    page.keyboard().press("Escape");
    assertThat(drawer).isHidden();
    assertThat(status).hasText("Mail folders dismissed");

    button(page, "Open end drawer").click();
    Locator end = role(page, AriaRole.DIALOG, "Filters");
    assertThat(end).isVisible();
    BoundingBox box = end.boundingBox();
    assertThat(box.x + box.width).as("from the end").isEqualTo(1280.0);
    clickScrim(100, 400);
    assertThat(end).isHidden();
    assertThat(status).hasText("Filters dismissed");

    button(page, "Open end drawer").click();
    button(page, "Favourites").click();
    assertThat(end).isHidden();
    assertThat(status).hasText("Filters: Favourites");
    watch.assertClean();
  }

  @Test
  void screenshotsOfEachOverlayInLightAndDark() throws Exception {
    List<String[]> overlays = List.of(
        new String[] {"dialog", "Open dialog"},
        new String[] {"modal-dialog", "Open modal dialog"},
        new String[] {"bottom-sheet", "Open bottom sheet"},
        new String[] {"snack-bar", "Show snack bar"},
        new String[] {"banner", "Show banner"},
        new String[] {"drawer", "Open drawer"},
        new String[] {"end-drawer", "Open end drawer"});
    // one page for both: the colour scheme switches live (theme.js follows the media query)
    BrowserContext themed = browser().newContext(new Browser.NewContextOptions()
        .setReducedMotion(ReducedMotion.REDUCE).setViewportSize(1024, 640));
    try {
      Page shot = themed.newPage();
      shot.navigate(server.url("/gallery/"));
      for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
        String name = scheme == ColorScheme.LIGHT ? "light" : "dark";
        shot.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
        for (String[] overlay : overlays) {
          button(shot, overlay[1]).click();
          if (overlay[0].equals("snack-bar") || overlay[0].equals("banner")) {
            shot.waitForTimeout(150); // opened with its creation: shown a moment later
          }
          shot.screenshot(new Page.ScreenshotOptions()
              .setPath(E2eServer.screenshots().resolve("overlays-" + name + "-" + overlay[0] + ".png")));
          shot.keyboard().press("Escape"); // closes the dismissible ones
          if (overlay[0].equals("modal-dialog")) {
            button(shot, "Keep").click();
          } else if (overlay[0].equals("banner")) {
            button(shot, "Dismiss").click();
          } else if (overlay[0].equals("snack-bar")) {
            button(shot, "Close").click();
          }
        }
      }
    } finally {
      themed.close();
    }
  }

  @Test
  void aBannerSitsBelowTheTopViewsAppBar() {
    App app = p -> {
      Banner banner = new Banner("Sync paused");
      banner.actions(new Button("Resume", e -> p.close(banner)));
      p.views().add(new View("/", new Button("Pause sync", e -> p.open(banner))).appBar(new AppBar("Inbox")));
    };
    try (WeftTestServer weft = WeftTestServer.start(WeftTestServer.config(), Map.of("/", app))) {
      page.navigate("http://127.0.0.1:" + weft.port() + "/");
      button(page, "Pause sync").click();
      Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sync paused"));
      assertThat(banner).isVisible();
      BoundingBox bar = page.getByRole(AriaRole.BANNER).boundingBox();
      assertThat(banner.boundingBox().y).isEqualTo(bar.y + bar.height);
      button(page, "Resume").click();
      assertThat(banner).isHidden();
    }
    watch.assertClean();
  }

  /** A drawer's folder button, looked up in the drawer (the gallery has other buttons named "Inbox"). */
  private static Locator folder(Locator drawer, String name) {
    return drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
