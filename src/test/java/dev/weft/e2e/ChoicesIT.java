package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Choices and sliders" section by mouse and keyboard, found by role and name:
 * sliders dragged and moved by keys, radios and segments moved by arrows, chips toggled and
 * deleted, search suggestions and autocomplete chosen by keyboard and mouse, the sign-up form's
 * password reveal, input filter, counter and server-set errors. Screenshots:
 * target/screenshots/choices-light.png and choices-dark.png (the section), choices-sliders-light.png
 * and -dark.png (a slider's value indicator).
 */
class ChoicesIT extends BrowserBase {

  private Locator status;

  @BeforeEach
  void openGallery() {
    page.navigate(server.url("/gallery/"));
    status = byKey(page, "status");
    assertThat(status).hasText("Nothing clicked yet");
  }

  private Locator role(AriaRole role, String name) {
    return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private void press(String key) {
    page.keyboard().press(key);
  }

  /** Drags a range input's thumb from the value fraction {@code from} to {@code to} of its track. */
  private void drag(Locator slider, double from, double to) {
    slider.scrollIntoViewIfNeeded();
    BoundingBox box = slider.boundingBox();
    double thumb = 20;
    double y = box.y + box.height / 2;
    page.mouse().move(box.x + thumb / 2 + from * (box.width - thumb), y);
    page.mouse().down();
    for (int i = 1; i <= 10; i++) {
      page.mouse().move(box.x + thumb / 2 + (from + (to - from) * i / 10) * (box.width - thumb), y);
    }
    page.mouse().up();
  }

  @Test
  void slidersMoveByKeysAndByDragging() {
    Locator volume = role(AriaRole.SLIDER, "Volume");
    assertThat(volume).hasAttribute("aria-valuetext", "40 %");
    assertThat(volume).hasValue("40"); // a native range: aria-valuenow is its value
    volume.focus();
    press("ArrowRight"); // 20 divisions of 0..100: a step of 5
    assertThat(volume).hasAttribute("aria-valuetext", "45 %");
    assertThat(status).hasText("Volume set to 45 %");
    assertThat(byKey(page, "volume-now")).hasText("Volume: 45 %");
    press("End");
    assertThat(status).hasText("Volume set to 100 %");
    press("Home");
    assertThat(status).hasText("Volume set to 0 %");
    press("PageUp");
    assertThat(volume).not().hasValue("0");
    press("Home");
    assertThat(status).hasText("Volume set to 0 %");

    // a drag: change while moving (paced), changeEnd once at the end, on a division
    drag(volume, 0, 0.75);
    assertThat(status).hasText("Volume set to 75 %");
    assertThat(byKey(page, "volume-now")).hasText("Volume: 75 %");
    assertThat(volume).hasValue("75");

    // a continuous slider with two decimals
    Locator brightness = role(AriaRole.SLIDER, "Brightness");
    assertThat(brightness).hasAttribute("aria-valuetext", "0.50");
    drag(brightness, 0.5, 0.25);
    assertThat(status).hasText(Pattern.compile("Brightness 0\\.2[4-6]"));

    // the range: two sliders that never cross
    Locator start = role(AriaRole.SLIDER, "Price start");
    Locator end = role(AriaRole.SLIDER, "Price end");
    assertThat(start).hasAttribute("aria-valuetext", "€100");
    assertThat(end).hasAttribute("aria-valuetext", "€300");
    start.focus();
    press("ArrowRight");
    assertThat(start).hasAttribute("aria-valuetext", "€110");
    assertThat(status).hasText("Price €110 to €300");
    drag(end, 0.6, 0.8); // about +100, one division (14 px) either way is the mouse's rounding
    Scripts.waitUntil(page,
        "() => document.querySelector('[data-key=status]').textContent !== 'Price €110 to €300'");
    double moved = Double.parseDouble(end.inputValue());
    assertThat(moved).isBetween(380.0, 420.0);
    assertThat(status).hasText("Price €110 to €" + Math.round(moved));
    end.focus();
    press("Home"); // stops at the start thumb
    assertThat(status).hasText("Price €110 to €110");
    assertThat(end).hasValue("110");
    watch.assertClean();
  }

  @Test
  void radiosAndSegmentsMoveWithArrows() {
    Locator drink = role(AriaRole.RADIOGROUP, "Drink");
    assertThat(drink.getByRole(AriaRole.RADIO)).hasCount(3);
    Locator coffee = role(AriaRole.RADIO, "Coffee");
    Locator tea = role(AriaRole.RADIO, "Tea");
    Locator water = role(AriaRole.RADIO, "Water");
    assertThat(tea).isChecked();
    coffee.click();
    assertThat(status).hasText("Drink: coffee");
    assertThat(tea).not().isChecked();
    press("ArrowRight");
    assertThat(tea).isFocused();
    assertThat(tea).isChecked();
    assertThat(status).hasText("Drink: tea");
    press("ArrowDown");
    assertThat(water).isChecked();
    assertThat(status).hasText("Drink: water");

    // single select: a radio group of buttons, arrows choose
    Locator view = role(AriaRole.RADIOGROUP, "View");
    Locator week = view.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Week"));
    Locator month = view.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Month"));
    assertThat(week).hasAttribute("aria-checked", "true");
    assertThat(view.locator("[tabindex='0']")).hasCount(1);
    month.click();
    assertThat(status).hasText("View: month");
    assertThat(month).hasAttribute("aria-checked", "true");
    assertThat(week).hasAttribute("aria-checked", "false");
    press("ArrowLeft");
    assertThat(week).isFocused();
    assertThat(status).hasText("View: week");
    press("End");
    assertThat(status).hasText("View: year");
    press("Enter"); // already chosen, single select: stays
    assertThat(view.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Year")))
        .hasAttribute("aria-checked", "true");

    // multi select: toggle buttons, arrows only move the focus
    Locator sizes = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Sizes").setExact(true));
    Locator s = sizes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("S").setExact(true));
    Locator m = sizes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("M").setExact(true));
    assertThat(m).hasAttribute("aria-pressed", "true");
    s.click();
    assertThat(status).hasText("Sizes: s, m");
    press("ArrowRight");
    assertThat(m).isFocused();
    assertThat(status).hasText("Sizes: s, m");
    press(" ");
    assertThat(status).hasText("Sizes: s");
    assertThat(m).hasAttribute("aria-pressed", "false");
    press("ArrowLeft");
    press("Enter");
    assertThat(status).hasText("Sizes: none"); // allowEmptySelection
    watch.assertClean();
  }

  @Test
  void chipsToggleAndDelete() {
    Locator vegan = button(page, "Vegan");
    assertThat(vegan).hasAttribute("aria-pressed", "false");
    vegan.click();
    assertThat(status).hasText("Vegan on");
    assertThat(vegan).hasAttribute("aria-pressed", "true");
    assertThat(vegan.locator("svg[data-icon='check']")).hasCount(1);
    press(" ");
    assertThat(status).hasText("Vegan off");
    assertThat(vegan).hasAttribute("aria-pressed", "false");

    button(page, "Delete Ada").click();
    assertThat(status).hasText("Removed Ada");
    assertThat(button(page, "Ada")).hasCount(0);
    button(page, "Grace").focus();
    press("Backspace");
    assertThat(status).hasText("Removed Grace");
    assertThat(button(page, "Grace")).hasCount(0);
    assertThat(button(page, "Delete Alan")).isVisible();

    Locator assist = button(page, "Add to favourites");
    assertThat(assist).not().hasAttribute("aria-pressed", Pattern.compile(".*"));
    assist.click();
    assertThat(status).hasText("Assist chip clicked");
    watch.assertClean();
  }

  @Test
  void searchSuggestionsAndAutocompleteByKeyboardAndMouse() {
    Locator search = role(AriaRole.COMBOBOX, "Search cities");
    assertThat(search).hasAttribute("aria-expanded", "false");
    search.click(); // tap: the server suggests a few cities for the empty bar
    Locator list = page.locator("#" + search.getAttribute("aria-controls"));
    assertThat(list.getByRole(AriaRole.OPTION)).hasText(new String[] {"Amsterdam", "Athens", "Berlin", "Bern"});
    assertThat(search).hasAttribute("aria-expanded", "true");
    search.pressSequentially("be");
    assertThat(list).hasAttribute("role", "listbox");
    assertThat(list.getByRole(AriaRole.OPTION)).hasText(new String[] {"Berlin", "Bern"});
    assertThat(search).hasAttribute("aria-expanded", "true");
    press("ArrowDown");
    Locator berlin = list.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName("Berlin"));
    assertThat(berlin).hasAttribute("aria-selected", "true");
    assertThat(search).hasAttribute("aria-activedescendant", berlin.getAttribute("id"));
    assertThat(search).isFocused();
    press("ArrowDown");
    press("Enter");
    assertThat(status).hasText("City: Bern");
    assertThat(search).hasValue("Bern");
    assertThat(list).isHidden();
    assertThat(search).hasAttribute("aria-expanded", "false");

    // Enter with no suggestion active searches for the text
    search.fill("");
    search.pressSequentially("lon");
    assertThat(list.getByRole(AriaRole.OPTION)).hasText(new String[] {"London"});
    press("Enter");
    assertThat(status).hasText("Searched for lon");
    // Escape closes the view; a click on a suggestion chooses it
    search.fill("");
    search.pressSequentially("par");
    assertThat(list.getByRole(AriaRole.OPTION)).hasText(new String[] {"Paris"});
    press("Escape");
    assertThat(list).isHidden();
    press("ArrowDown");
    list.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName("Paris")).click();
    assertThat(status).hasText("City: Paris");

    // the autocomplete filters in the browser, by key or value
    Locator fruit = role(AriaRole.COMBOBOX, "Fruit");
    fruit.click();
    fruit.pressSequentially("ap");
    Locator fruits = page.locator("#" + fruit.getAttribute("aria-controls"));
    assertThat(fruits.getByRole(AriaRole.OPTION)).hasText(new String[] {"Apple", "Apricot", "Grape"});
    press("ArrowDown");
    press("ArrowDown");
    press("Enter");
    assertThat(status).hasText("Fruit: apricot");
    assertThat(fruit).hasValue("Apricot");
    fruit.fill("");
    fruit.pressSequentially("berry");
    fruits.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName("Blueberry")).click();
    assertThat(status).hasText("Fruit: blueberry");
    watch.assertClean();
  }

  @Test
  void theSignUpFormFiltersRevealsCountsAndShowsErrors() {
    Locator age = role(AriaRole.TEXTBOX, "Age");
    age.click();
    page.keyboard().type("4x2y");
    assertThat(age).hasValue("42"); // the letters were refused in the browser

    Locator user = role(AriaRole.TEXTBOX, "User name");
    user.click();
    page.keyboard().type("ada lovelace");
    assertThat(user).hasValue("adalovelace"); // no spaces in a user name
    assertThat(byKey(page, "signup-user").locator(".weft-textfield-counter")).hasText("11 / 20");

    Locator password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
    assertThat(password).hasAttribute("type", "password");
    password.fill("secret");
    Locator reveal = button(page, "Show password");
    assertThat(reveal).hasAttribute("aria-pressed", "false");
    reveal.click();
    assertThat(reveal).hasAttribute("aria-pressed", "true");
    assertThat(password).hasAttribute("type", "text");
    assertThat(password).hasValue("secret");
    reveal.click();
    assertThat(password).hasAttribute("type", "password");

    // the server checks the form and marks what is wrong
    button(page, "Sign up").click();
    assertThat(status).hasText("Please correct the form");
    Locator email = role(AriaRole.TEXTBOX, "E-mail");
    assertThat(email).hasAttribute("aria-invalid", "true");
    assertThat(email).hasAccessibleDescription("Enter an e-mail address");
    assertThat(password).hasAttribute("aria-invalid", "true");
    assertThat(user).not().hasAttribute("aria-invalid", "true");
    email.fill("ada@example.org");
    password.fill("correct horse");
    button(page, "Sign up").click();
    assertThat(status).hasText("Signed up as adalovelace");
    assertThat(email).not().hasAttribute("aria-invalid", "true");

    Locator about = role(AriaRole.TEXTBOX, "About you");
    about.fill("Line one\nLine two");
    assertThat((String) about.evaluate("t => t.tagName")).isEqualTo("TEXTAREA");
    assertThat(byKey(page, "signup-about").locator(".weft-textfield-counter")).hasText("17 characters");
    watch.assertClean();
  }

  @Test
  void theSectionLooksRightInLightAndDark() throws Exception {
    Locator section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Choices and sliders"));
    page.setViewportSize(1280, 2000); // the page scrolls inside its own element: the section must fit
    button(page, "Vegan").click();
    assertThat(status).hasText("Vegan on");
    // the section's styles are there (a lost brace in weft.css once dropped them all, silently)
    assertThat(page.evaluate("() => ["
        + " getComputedStyle(document.querySelector('[data-key=volume] .weft-slider-track')).height,"
        + " getComputedStyle(document.querySelector('.weft-segment:first-child')).borderTopLeftRadius,"
        + " getComputedStyle(document.querySelector('.weft-searchbar-box')).borderTopLeftRadius].join(' ')"))
        .isEqualTo("4px 20px 28px");
    for (String mode : List.of("light", "dark")) {
      if (mode.equals("dark")) {
        role(AriaRole.SWITCH, "Dark mode").click();
        Scripts.waitUntil(page, "() => document.documentElement.classList.contains('weft-dark')");
        page.waitForTimeout(400); // the background's colour transition
      }
      button(page, "Sign up").click();
      assertThat(status).hasText("Please correct the form");
      section.scrollIntoViewIfNeeded();
      // the value indicator over a slider with the keyboard focus
      Locator volume = role(AriaRole.SLIDER, "Volume");
      volume.focus();
      press("ArrowRight");
      press("ArrowLeft");
      Locator indicator = byKey(page, "volume").locator(".weft-slider-indicator");
      assertThat(indicator).hasText("40 %");
      Scripts.waitUntil(page, "() => getComputedStyle(document.querySelector("
          + "'[data-key=volume] .weft-slider-indicator')).opacity === '1'");
      byKey(page, "volume").locator("xpath=..").screenshot(new Locator.ScreenshotOptions()
          .setPath(E2eServer.screenshots().resolve("choices-sliders-" + mode + ".png")));
      // a filter chip on, the form's errors, the search view open with an active suggestion
      Locator search = role(AriaRole.COMBOBOX, "Search cities");
      search.fill("");
      assertThat(byKey(page, "cities").locator("[role=listbox] > *")).hasCount(0);
      role(AriaRole.TEXTBOX, "About you").fill("Curious about looms.\nAnd about Weft.");
      search.click();
      assertThat(byKey(page, "cities").getByRole(AriaRole.OPTION)).hasCount(4); // the tap's suggestions came first
      search.pressSequentially("ber");
      assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Berlin"))).isVisible();
      press("ArrowDown");
      section.screenshot(new Locator.ScreenshotOptions()
          .setPath(E2eServer.screenshots().resolve("choices-" + mode + ".png")));
      press("Escape");
    }
    watch.assertClean();
  }
}
