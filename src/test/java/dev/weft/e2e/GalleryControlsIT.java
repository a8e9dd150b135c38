package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every control, driven through the gallery the way a user would, found by role and label: each
 * test checks the DOM the client drew and the server's answer to the user's action.
 */
class GalleryControlsIT extends BrowserBase {

  private Locator status;

  @BeforeEach
  void openGallery() {
    page.navigate(server.url("/gallery/"));
    status = byKey(page, "status");
    assertThat(status).hasText("Nothing clicked yet");
    assertThat(page).hasTitle("Weft gallery");
  }

  @Test
  void everyButtonVariantTakesClicks() {
    for (String name : List.of("Elevated", "Filled", "Tonal", "Outlined", "Text", "Add")) {
      Locator button = button(page, name);
      assertThat(button).hasCount(1);
      // a <button> whose whole text is its label (an icon adds no text)
      assertThat(button).hasText(name);
      assertThat((String) button.evaluate("b => b.tagName")).isEqualTo("BUTTON");
      assertThat(button).hasAttribute("data-weft-id", Pattern.compile("\\d+"));
      button.click();
      assertThat(status).hasText(name + " clicked");
    }
    assertThat(button(page, "Add").locator("svg")).hasCount(1);
    watch.assertClean();
  }

  @Test
  void theIconButtonToggles() {
    Locator favorite = button(page, "Favorite");
    assertThat(favorite).not().hasAttribute("aria-pressed", "true");
    favorite.click();
    assertThat(status).hasText("Favorited");
    assertThat(favorite).hasAttribute("aria-pressed", "true");
    favorite.click();
    assertThat(status).hasText("Unfavorited");
    assertThat(favorite).not().hasAttribute("aria-pressed", "true");

    button(page, "Delete").click();
    assertThat(status).hasText("Delete clicked");
    button(page, "Settings").click();
    assertThat(status).hasText("Settings clicked");
    watch.assertClean();
  }

  @Test
  void typingInTheTextFieldUpdatesTheGreetingAndEnterSubmits() {
    Locator greeting = byKey(page, "greeting");
    assertThat(greeting).hasText("Type your name and press Enter");
    Locator name = page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true));
    assertThat(name).isEditable();
    assertThat(name).hasAttribute("placeholder", "Ada Lovelace");
    name.pressSequentially("Ada", new Locator.PressSequentiallyOptions().setDelay(30));
    assertThat(greeting).hasText("Typing: Ada");
    name.press("Enter");
    assertThat(greeting).hasText("Hello, Ada!");
    assertThat(name).hasValue("Ada");
    // the role lookup finds the same field by its label
    assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your name"))).hasValue("Ada");
    watch.assertClean();
  }

  @Test
  void fastTypingLosesNoCharacters() {
    Locator name = page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true));
    String text = "Augusta Ada King, Countess of Lovelace";
    name.pressSequentially(text); // no delay between keys: server echoes race the typing
    assertThat(byKey(page, "greeting")).hasText("Typing: " + text);
    assertThat(name).hasValue(text);
    name.press("End");
    name.press("Backspace");
    name.press("Backspace");
    name.press("Enter");
    String shorter = text.substring(0, text.length() - 2);
    assertThat(byKey(page, "greeting")).hasText("Hello, " + shorter + "!");
    assertThat(name).hasValue(shorter);
    watch.assertClean();
  }

  @Test
  void theCheckboxChanges() {
    Locator agree = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I agree").setExact(true));
    assertThat(agree).not().isChecked();
    agree.check();
    assertThat(status).hasText("Agreed");
    assertThat(agree).isChecked();
    agree.uncheck();
    assertThat(status).hasText("Not agreed");
    assertThat(agree).not().isChecked();
    // clicking the label text toggles it too
    page.getByText("I agree", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(status).hasText("Agreed");
    assertThat(page.getByLabel("I agree")).isChecked();
    watch.assertClean();
  }

  @Test
  void theSwitchTurnsThePageDark() throws Exception {
    // tall enough for the whole gallery: the page element scrolls itself, so a full-page
    // screenshot would stop at the viewport
    page.setViewportSize(1280, ((Number) page.evaluate(
        "() => Math.ceil(document.querySelector('.weft-page').scrollHeight)")).intValue());
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(E2eServer.screenshots().resolve("gallery-light.png")).setFullPage(true));
    Locator dark = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode").setExact(true));
    assertThat(dark).not().isChecked();
    String lightBackground = background();
    assertThat(page.locator("html")).not().hasClass(Pattern.compile("(^|\\s)weft-dark(\\s|$)"));

    dark.click();
    assertThat(dark).isChecked();
    assertThat(page.locator("html")).hasClass(Pattern.compile("(^|\\s)weft-dark(\\s|$)"));
    String darkBackground = settledBackground(lightBackground);
    System.out.println("[e2e gallery] page background light " + lightBackground + ", dark " + darkBackground);
    assertThat(darkBackground).as("the background changes in dark mode").isNotEqualTo(lightBackground);
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(E2eServer.screenshots().resolve("gallery-dark.png")).setFullPage(true));

    dark.click();
    assertThat(dark).not().isChecked();
    assertThat(page.locator("html")).not().hasClass(Pattern.compile("(^|\\s)weft-dark(\\s|$)"));
    watch.assertClean();
  }

  /** The colour behind the page's content. */
  /**
   * The page's background once it has left {@code from} and stopped changing (two reads 100 ms
   * apart agree), or whatever it is after 5 s: the colour transition takes longer on a busy
   * machine than any fixed wait one could pick.
   */
  private String settledBackground(String from) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    String last = background();
    while (System.nanoTime() < deadline) {
      page.waitForTimeout(100);
      String now = background();
      if (now.equals(last) && !now.equals(from)) {
        return now;
      }
      last = now;
    }
    return last;
  }

  private String background() {
    return (String) page.evaluate("() => {"
        + " for (const el of [document.querySelector('.weft-page'), document.body, document.documentElement]) {"
        + "   const c = el && getComputedStyle(el).backgroundColor;"
        + "   if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;"
        + " }"
        + " return 'transparent'; }");
  }

  @Test
  void theDropdownSelects() {
    Locator color = page.getByLabel("Favourite colour", new Page.GetByLabelOptions().setExact(true));
    assertThat((String) color.evaluate("s => s.tagName")).isEqualTo("SELECT");
    color.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Green"));
    assertThat(status).hasText("Colour: Green");
    assertThat(color).hasValue("Green");
    color.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Blue"));
    assertThat(status).hasText("Colour: Blue");
    watch.assertClean();
  }

  @Test
  void theProgressBarAdvances() {
    Locator progress = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Progress").setExact(true));
    assertThat(progress).hasAttribute("aria-valuenow", "0");
    Locator advance = button(page, "Advance");
    advance.click();
    assertThat(status).hasText("Progress 25%");
    assertThat(progress).hasAttribute("aria-valuenow", "25");
    advance.click();
    assertThat(status).hasText("Progress 50%");
    assertThat(progress).hasAttribute("aria-valuenow", "50");

    Locator working = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Working").setExact(true));
    assertThat(working).isVisible();
    assertThat(working).not().hasAttribute("aria-valuenow", Pattern.compile(".*"));
    assertThat(working).hasClass(Pattern.compile("(^|\\s)weft-progress--indeterminate(\\s|$)"));
    watch.assertClean();
  }

  @Test
  void theContainerTakesClicksAndKeys() {
    Locator card = byKey(page, "card");
    assertThat(card).hasAttribute("role", "button");
    Locator byRole = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("A container"));
    assertThat(byRole).hasCount(1);
    byRole.click();
    assertThat(status).hasText("Card clicked");
    button(page, "Text").click();
    assertThat(status).hasText("Text clicked");
    card.focus();
    page.keyboard().press("Enter");
    assertThat(status).hasText("Card clicked");
    watch.assertClean();
  }

  @Test
  void theImageLoadsAndTheDividersAreThere() {
    Locator image = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Weft logo").setExact(true));
    assertThat(image).isVisible();
    Scripts.waitUntil(page, "img => img.complete && img.naturalWidth > 0", image.elementHandle());
    assertThat(((Number) image.evaluate("img => img.naturalWidth")).intValue()).isPositive();
    assertThat((String) image.evaluate("img => img.src")).isEqualTo(server.url("/gallery/favicon.png"));

    Locator dividers = page.locator("hr:visible"); // not those in closed menus, which have no role then
    assertThat(dividers.first()).isVisible();
    assertThat(dividers.count()).as("one divider per gallery section").isGreaterThanOrEqualTo(5);
    assertThat(page.getByRole(AriaRole.SEPARATOR).count()).isEqualTo(dividers.count());
    watch.assertClean();
  }

  @Test
  void everyControlElementCarriesItsId() {
    Object missing = page.evaluate("() => [...document.querySelectorAll("
        + "'#weft-root button, #weft-root input, #weft-root select, #weft-root hr, #weft-root img, #weft-root [role=progressbar]')]"
        + ".filter(el => !el.closest('[data-weft-id]')).map(el => el.outerHTML.slice(0, 80))");
    assertThat((List<?>) missing).as("control elements outside any [data-weft-id]").isEmpty();
    // every input has an accessible label
    Object unlabelled = page.evaluate("() => [...document.querySelectorAll('#weft-root input, #weft-root select, #weft-root textarea')]"
        + ".filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-labelledby') && !el.getAttribute('aria-label'))"
        + ".map(el => el.outerHTML.slice(0, 80))");
    assertThat((List<?>) unlabelled).as("inputs without a label").isEmpty();
    watch.assertClean();
  }
}
