package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.DatePicker;
import dev.weft.ui.controls.HourFormat;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The date and time pickers in Chromium (en-US): opened from a button, a date picked by mouse and
 * one by keyboard only, days outside the range disabled, Escape cancelling (the focus back on the
 * button, the server's value unchanged), a time picked by keyboard; roles and names through
 * getByRole. Screenshots of the gallery's open pickers, light and dark, in target/screenshots/
 * (pickers-date-light.png, pickers-date-dark.png, pickers-time-light.png, pickers-time-dark.png).
 */
class PickersIT extends BrowserBase {

  /**
   * Fixed dates, so the calendar is the same every day: March to May 2026, today the 10th of
   * March, the value the 12th, the range the 5th of March to the 20th of May.
   */
  private static final App APP = page -> {
    Text dateValue = new Text("date: none").key("date-value");
    DatePicker date = new DatePicker()
        .firstDate(LocalDate.of(2026, 3, 5))
        .lastDate(LocalDate.of(2026, 5, 20))
        .currentDate(LocalDate.of(2026, 3, 10))
        .value(LocalDate.of(2026, 3, 12));
    date.onChange(e -> dateValue.value("date: picked " + date.value()));
    date.onDismiss(e -> dateValue.value("date: dismissed, still " + date.value()));
    Text timeValue = new Text("time: none").key("time-value");
    TimePicker time = new TimePicker().value(LocalTime.of(9, 30)).hourFormat(HourFormat.H12);
    time.onChange(e -> timeValue.value("time: picked " + time.value()));
    time.onDismiss(e -> timeValue.value("time: dismissed, still " + time.value()));
    TimePicker time24 = new TimePicker().value(LocalTime.of(0, 5)).hourFormat(HourFormat.H24)
        .helpText("Alarm");
    time24.onChange(e -> timeValue.value("time: picked " + time24.value()));
    page.add(new Button("Pick a date", e -> page.open(date)), dateValue,
        new Button("Pick a time", e -> page.open(time)), new Button("Set the alarm", e -> page.open(time24)),
        timeValue);
  };

  private static WeftTestServer pickers;

  @BeforeAll
  static void startPickersApp() {
    if (!Browsers.skipped()) {
      pickers = WeftTestServer.start(Map.of("/", APP));
    }
  }

  @AfterAll
  static void stopPickersApp() {
    if (pickers != null) {
      pickers.close();
    }
  }

  /** Month and weekday names are the browser's locale's: these tests read them in en-US. */
  @BeforeEach
  void useEnglishUs(TestInfo info) {
    context.close();
    context = browser().newContext(new Browser.NewContextOptions()
        .setLocale("en-US").setTimezoneId("UTC")
        .setColorScheme(ColorScheme.LIGHT).setViewportSize(1280, 800));
    context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    page = context.newPage();
    watch = PageWatch.attach(page, "PickersIT." + info.getTestMethod().map(m -> m.getName()).orElse("?"));
  }

  private void openApp() {
    page.navigate("http://127.0.0.1:" + pickers.port() + "/");
    assertThat(button(page, "Pick a date")).isVisible();
  }

  private Locator dialog(String name) {
    return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator day(String name) {
    return page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator grid(String month) {
    return page.getByRole(AriaRole.GRID, new Page.GetByRoleOptions().setName(month).setExact(true));
  }

  private Locator spinbutton(String name) {
    return page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void aDatePickedByMouseReachesTheServerAndOutOfRangeDaysAreDisabled() {
    openApp();
    button(page, "Pick a date").click();
    Locator dialog = dialog("Select date");
    assertThat(dialog).isVisible();
    assertThat(dialog).hasAttribute("aria-modal", "true");
    assertThat(grid("March 2026")).isVisible();
    assertThat(day("Thursday, March 12, 2026")).hasAttribute("aria-selected", "true");
    assertThat(day("Thursday, March 12, 2026")).isFocused(); // the selected day takes the focus
    assertThat(day("Tuesday, March 10, 2026")).hasAttribute("aria-current", "date");
    assertThat(dialog.locator(".weft-date-picker-headline")).hasText("Thu, Mar 12");
    // the range starts on the 5th: the days before are disabled and take no click
    assertThat(day("Wednesday, March 4, 2026")).hasAttribute("aria-disabled", "true");
    assertThat(day("Wednesday, March 4, 2026")).isDisabled();
    assertThat(day("Thursday, March 5, 2026")).isEnabled();
    day("Wednesday, March 4, 2026").click(new Locator.ClickOptions().setForce(true));
    assertThat(day("Wednesday, March 4, 2026")).not().hasAttribute("aria-selected", "true");
    assertThat(dialog.locator(".weft-date-picker-headline")).hasText("Thu, Mar 12");
    assertThat(button(page, "Previous month")).isDisabled(); // nothing on offer before March

    button(page, "Next month").click();
    assertThat(grid("April 2026")).isVisible();
    day("Friday, April 17, 2026").click();
    assertThat(day("Friday, April 17, 2026")).hasAttribute("aria-selected", "true");
    assertThat(dialog.locator(".weft-date-picker-headline")).hasText("Fri, Apr 17");
    assertThat(byKey(page, "date-value")).hasText("date: none"); // not before OK
    button(page, "OK").click();
    assertThat(dialog).isHidden();
    assertThat(byKey(page, "date-value")).hasText("date: picked 2026-04-17");
    assertThat(button(page, "Pick a date")).isFocused();

    // May is the last month on offer; days after the 20th are disabled
    button(page, "Pick a date").click();
    assertThat(grid("April 2026")).isVisible(); // opens on the value's month
    button(page, "Next month").click();
    assertThat(grid("May 2026")).isVisible();
    assertThat(button(page, "Next month")).isDisabled();
    assertThat(day("Thursday, May 21, 2026")).hasAttribute("aria-disabled", "true");
    assertThat(day("Wednesday, May 20, 2026")).not().hasAttribute("aria-disabled", "true");

    // the year list: a listbox of the years on offer, the shown one selected
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("May 2026, choose year")).click();
    Locator years = page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("Year"));
    assertThat(years).isVisible();
    assertThat(years.getByRole(AriaRole.OPTION)).hasCount(1);
    assertThat(years.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName("2026")))
        .hasAttribute("aria-selected", "true");
    years.getByRole(AriaRole.OPTION).first().click();
    assertThat(grid("May 2026")).isVisible();
    watch.assertClean();
  }

  @Test
  void aDatePickedByKeyboardOnly() {
    openApp();
    button(page, "Pick a date").focus();
    page.keyboard().press("Enter");
    assertThat(dialog("Select date")).isVisible();
    assertThat(day("Thursday, March 12, 2026")).isFocused();
    // one roving tab stop in the grid
    assertThat(grid("March 2026").locator("td[tabindex='0']")).hasCount(1);

    page.keyboard().press("ArrowRight");
    assertThat(day("Friday, March 13, 2026")).isFocused();
    page.keyboard().press("ArrowDown");
    assertThat(day("Friday, March 20, 2026")).isFocused();
    page.keyboard().press("PageDown");
    assertThat(grid("April 2026")).isVisible();
    assertThat(day("Monday, April 20, 2026")).isFocused();
    page.keyboard().press("End"); // the week's end: weeks start on Monday
    assertThat(day("Sunday, April 26, 2026")).isFocused();
    page.keyboard().press("Home");
    assertThat(day("Monday, April 20, 2026")).isFocused();
    page.keyboard().press("ArrowLeft");
    assertThat(day("Sunday, April 19, 2026")).isFocused();
    page.keyboard().press("ArrowUp");
    assertThat(day("Sunday, April 12, 2026")).isFocused();
    page.keyboard().press("PageUp");
    page.keyboard().press("ArrowUp"); // the 5th of March is the first day on offer
    assertThat(day("Thursday, March 5, 2026")).isFocused();
    page.keyboard().press("PageDown");
    page.keyboard().press("PageDown");
    page.keyboard().press("PageDown"); // clamped to the 20th of May, the last day on offer
    assertThat(day("Wednesday, May 20, 2026")).isFocused();
    page.keyboard().press("PageUp");
    page.keyboard().press("ArrowLeft");
    assertThat(day("Sunday, April 19, 2026")).isFocused();
    page.keyboard().press("Enter"); // selects and confirms
    assertThat(dialog("Select date")).isHidden();
    assertThat(byKey(page, "date-value")).hasText("date: picked 2026-04-19");
    assertThat(button(page, "Pick a date")).isFocused();
    watch.assertClean();
  }

  @Test
  void escapeCancelsTheFocusReturnsAndTheValueStays() {
    openApp();
    button(page, "Pick a date").click();
    assertThat(day("Thursday, March 12, 2026")).isFocused();
    page.keyboard().press("ArrowRight");
    page.keyboard().press(" "); // Space selects without confirming
    assertThat(day("Friday, March 13, 2026")).hasAttribute("aria-selected", "true");
    assertThat(day("Thursday, March 12, 2026")).hasAttribute("aria-selected", "false");
    page.keyboard().press("Escape");
    assertThat(dialog("Select date")).isHidden();
    assertThat(button(page, "Pick a date")).isFocused();
    assertThat(byKey(page, "date-value")).hasText("date: dismissed, still 2026-03-12");

    // the choice was the dialog's alone: it opens again on the server's value
    button(page, "Pick a date").click();
    assertThat(day("Thursday, March 12, 2026")).hasAttribute("aria-selected", "true");
    assertThat(day("Friday, March 13, 2026")).hasAttribute("aria-selected", "false");
    button(page, "Cancel").click();
    assertThat(dialog("Select date")).isHidden();
    assertThat(button(page, "Pick a date")).isFocused();
    watch.assertClean();
  }

  @Test
  void aTimePickedByKeyboard() {
    openApp();
    button(page, "Pick a time").focus();
    page.keyboard().press("Enter");
    assertThat(dialog("Enter time")).isVisible();
    Locator hour = spinbutton("Hour");
    Locator minute = spinbutton("Minute");
    assertThat(hour).isFocused();
    assertThat(hour).hasValue("09");
    assertThat(hour).hasAttribute("aria-valuenow", "9");
    assertThat(hour).hasAttribute("aria-valuemax", "12");
    assertThat(minute).hasValue("30");
    Locator am = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("AM").setExact(true));
    Locator pm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PM").setExact(true));
    assertThat(am).hasAttribute("aria-pressed", "true");

    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp"); // 12 wraps to 1
    assertThat(hour).hasValue("01");
    assertThat(hour).hasAttribute("aria-valuenow", "1");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    assertThat(hour).hasValue("11");
    page.keyboard().press("Tab");
    assertThat(minute).isFocused();
    page.keyboard().type("45"); // tabbing in selected the old minutes
    assertThat(minute).hasValue("45");
    page.keyboard().press("Tab");
    assertThat(am).isFocused();
    page.keyboard().press("Tab");
    assertThat(pm).isFocused();
    page.keyboard().press("Space");
    assertThat(pm).hasAttribute("aria-pressed", "true");
    assertThat(am).hasAttribute("aria-pressed", "false");
    page.keyboard().press("Shift+Tab");
    page.keyboard().press("Shift+Tab");
    assertThat(minute).isFocused();
    page.keyboard().press("Enter"); // confirms, as OK does
    assertThat(dialog("Enter time")).isHidden();
    assertThat(byKey(page, "time-value")).hasText("time: picked 23:45");
    assertThat(button(page, "Pick a time")).isFocused();

    // a field left empty blocks OK with an error
    page.keyboard().press("Enter");
    assertThat(hour).hasValue("11");
    page.keyboard().press("Backspace");
    page.keyboard().press("Backspace");
    button(page, "OK").click();
    assertThat(dialog("Enter time")).isVisible();
    assertThat(hour).hasAttribute("aria-invalid", "true");
    assertThat(page.getByRole(AriaRole.ALERT)).hasText("Enter a valid time");
    page.keyboard().press("Escape");
    assertThat(byKey(page, "time-value")).hasText("time: dismissed, still 23:45");

    // 24-hour: 00 to 23, no AM/PM
    button(page, "Set the alarm").click();
    assertThat(dialog("Alarm")).isVisible();
    assertThat(hour).hasValue("00");
    assertThat(hour).hasAttribute("aria-valuemax", "23");
    assertThat(am).isHidden();
    page.keyboard().press("ArrowDown"); // 00 wraps to 23
    assertThat(hour).hasValue("23");
    page.keyboard().press("Enter");
    assertThat(byKey(page, "time-value")).hasText("time: picked 23:05");
    watch.assertClean();
  }

  @Test
  void galleryScreenshotsLightAndDark() throws Exception {
    page.navigate(server.url("/gallery/"));
    Locator date = dialog("Select date");
    for (String scheme : new String[] {"light", "dark"}) {
      page.emulateMedia(new Page.EmulateMediaOptions()
          .setColorScheme("dark".equals(scheme) ? ColorScheme.DARK : ColorScheme.LIGHT));
      button(page, "Pick a date").click();
      assertThat(date).isVisible();
      page.keyboard().press("ArrowRight");
      page.keyboard().press("ArrowRight");
      page.keyboard().press("Space");
      settle(date);
      page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("pickers-date-" + scheme + ".png")));
      page.keyboard().press("Escape");
      assertThat(date).isHidden();

      button(page, "Pick a time").click();
      assertThat(dialog("Enter time")).isVisible();
      settle(dialog("Enter time"));
      page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("pickers-time-" + scheme + ".png")));
      page.keyboard().press("Escape");
      assertThat(dialog("Enter time")).isHidden();
    }
    assertThat(byKey(page, "picked")).hasText("Time picker dismissed; time still 09:30");
    watch.assertClean();
  }

  /** The dialog's opening animation and the page's colour transition over. */
  private static void settle(Locator dialog) {
    dialog.evaluate("d => Promise.all([...d.getAnimations({ subtree: true }),"
        + " ...document.querySelector('.weft-page').getAnimations()].map(a => a.finished))");
  }
}
