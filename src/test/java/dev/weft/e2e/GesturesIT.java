package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.MouseButton;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery's "Gestures and layout" section in Chromium: stacks place their children at the
 * offsets asked for; expansion tiles and panels open and close by mouse and keyboard
 * (aria-expanded follows, the server hears it); the gesture pad's taps, double tap, long press,
 * right click, wheel and pan reach the server with the pointer's coordinates, and a flood of
 * pointer moves is sent as a few coalesced updates that lose no movement; chips are dragged into
 * a box by mouse, by touch and by keyboard. Screenshots: target/screenshots/gestures-light.png and
 * -dark.png.
 */
class GesturesIT extends BrowserBase {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  @BeforeEach
  void openGallery() {
    page.navigate(server.url("/gallery/"));
    assertThat(byKey(page, "gesture-last")).hasText("No gesture yet");
  }

  private Locator role(AriaRole role, String name) {
    return page.getByRole(role, new Page.GetByRoleOptions().setName(name));
  }

  private static List<Double> numbers(String text) {
    List<Double> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      found.add(Double.parseDouble(m.group()));
    }
    return found;
  }

  /** Waits for {@code text} to start with {@code prefix}, then returns its numbers. */
  private List<Double> numbersAfter(Locator text, String prefix) {
    assertThat(text).hasText(Pattern.compile("^" + prefix)); // plain words: no regex quoting (JS has no \\Q)
    return numbers(text.textContent().substring(prefix.length()));
  }

  @Test
  void positionedChildrenSitAtTheirOffsetsInTheStack() {
    byKey(page, "stack-picture").scrollIntoViewIfNeeded();
    BoundingBox avatar = byKey(page, "stack-avatar").boundingBox();
    BoundingBox dot = byKey(page, "stack-dot").boundingBox();
    assertThat(avatar.width).isEqualTo(48, within(0.5));
    assertThat(dot.width).isEqualTo(14, within(0.5));
    // right: 0, bottom: 0
    assertThat(dot.x + dot.width).isEqualTo(avatar.x + avatar.width, within(0.5));
    assertThat(dot.y + dot.height).isEqualTo(avatar.y + avatar.height, within(0.5));

    BoundingBox picture = byKey(page, "stack-picture").boundingBox();
    BoundingBox label = byKey(page, "stack-label").boundingBox();
    assertThat(label.x - picture.x).isEqualTo(8, within(0.5)); // left: 8
    assertThat(picture.y + picture.height - (label.y + label.height)).isEqualTo(8, within(0.5)); // bottom: 8
    // fit expand: the unpositioned child fills the stack; the label is painted over it
    BoundingBox photo = byKey(page, "stack-picture").locator(":scope > :not(.weft-positioned)").boundingBox();
    assertThat(photo.width).isEqualTo(picture.width, within(0.5));
    assertThat(photo.height).isEqualTo(picture.height, within(0.5));
    Object onTop = page.evaluate("([x, y]) => document.elementFromPoint(x, y)"
        + ".closest('[data-key=\"stack-label\"]') !== null", List.of(label.x + 4, label.y + label.height / 2));
    assertThat(onTop).isEqualTo(true);
    watch.assertClean();
  }

  @Test
  void expansionTilesOpenAndCloseByMouseAndKeyboard() {
    Locator what = role(AriaRole.BUTTON, "What is Weft?");
    Locator answer = page.getByText("Flet's model for the JVM", new Page.GetByTextOptions());
    Locator heard = byKey(page, "faq-status");
    assertThat(what).hasAttribute("aria-expanded", "false");
    assertThat(answer).isHidden();
    Locator body = page.locator("#" + what.getAttribute("aria-controls"));
    assertThat(body.locator("text=Flet's model for the JVM")).hasCount(1); // aria-controls names the body

    what.click();
    assertThat(what).hasAttribute("aria-expanded", "true");
    assertThat(answer).isVisible();
    assertThat(heard).hasText("“What is Weft?” opened");

    what.focus();
    page.keyboard().press("Enter");
    assertThat(what).hasAttribute("aria-expanded", "false");
    assertThat(heard).hasText("“What is Weft?” closed");
    assertThat(answer).isHidden();
    page.keyboard().press(" ");
    assertThat(what).hasAttribute("aria-expanded", "true");
    assertThat(heard).hasText("“What is Weft?” opened");

    // initiallyExpanded: open from the start; Tab reaches the next header
    Locator keys = role(AriaRole.BUTTON, "Can I use it without a mouse?");
    assertThat(keys).hasAttribute("aria-expanded", "true");
    page.keyboard().press("Tab");
    assertThat(keys).isFocused();
    page.keyboard().press(" ");
    assertThat(keys).hasAttribute("aria-expanded", "false");
    assertThat(heard).hasText("“Can I use it without a mouse?” closed");

    // a trailing control replaces the arrow
    Locator docs = role(AriaRole.BUTTON, "Where are the docs?");
    assertThat(docs.locator(".weft-xt-arrow")).isHidden();
    watch.assertClean();
  }

  @Test
  void expansionPanelsOpenByTheirButtonOrHeaderAndTellTheServerTheIndex() {
    Locator heard = byKey(page, "panel-status");
    Locator returns = role(AriaRole.BUTTON, "Returns");
    assertThat(returns).hasAttribute("aria-expanded", "false");
    Locator returnsText = page.getByText("Send it back within 30 days");
    assertThat(returnsText).isHidden();
    returns.click();
    assertThat(returns).hasAttribute("aria-expanded", "true");
    assertThat(returnsText).isVisible();
    assertThat(heard).hasText("Panel 1 (Returns) opened");

    returns.focus();
    page.keyboard().press("Enter");
    assertThat(returns).hasAttribute("aria-expanded", "false");
    assertThat(heard).hasText("Panel 1 (Returns) closed");

    // canTapHeader: a click on the header's text toggles the first panel
    Locator shipping = role(AriaRole.BUTTON, "Shipping");
    page.getByText("Shipping", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(shipping).hasAttribute("aria-expanded", "true");
    assertThat(heard).hasText("Panel 0 (Shipping) opened");
    // not so on a panel without it
    page.getByText("Warranty", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(role(AriaRole.BUTTON, "Warranty")).hasAttribute("aria-expanded", "false");
    assertThat(heard).hasText("Panel 0 (Shipping) opened");
    watch.assertClean();
  }

  @Test
  void tapsPressesAndTheWheelReachTheServerWithCoordinates() {
    Locator pad = byKey(page, "gesture-pad");
    pad.scrollIntoViewIfNeeded();
    Locator last = byKey(page, "gesture-last");
    BoundingBox box = pad.boundingBox();
    Mouse mouse = page.mouse();

    mouse.click(box.x + 40, box.y + 30);
    assertCoordinates(numbersAfter(last, "Tap at"), 40, 30);

    mouse.dblclick(box.x + 120, box.y + 50);
    assertCoordinates(numbersAfter(last, "Double tap at"), 120, 50);

    mouse.move(box.x + 200, box.y + 60);
    mouse.down();
    page.waitForTimeout(700);
    mouse.up();
    assertCoordinates(numbersAfter(last, "Long press at"), 200, 60);

    mouse.click(box.x + 60, box.y + 90, new Mouse.ClickOptions().setButton(MouseButton.RIGHT));
    assertCoordinates(numbersAfter(last, "Secondary tap at"), 60, 90);

    double scrollBefore = scrollTop();
    mouse.move(box.x + 100, box.y + 100);
    mouse.wheel(0, 120);
    assertThat(last).hasText("Scroll by 0, 120");
    assertThat(scrollTop()).as("the page did not scroll").isEqualTo(scrollBefore);

    // the keyboard: the pad is a button, Enter taps its centre
    assertThat(pad).hasAttribute("role", "button");
    pad.focus();
    page.keyboard().press("Enter");
    assertCoordinates(numbersAfter(last, "Tap at"), box.width / 2, box.height / 2);
    watch.assertClean();
  }

  @Test
  void aPanSendsStartUpdatesAndEndWithPositionsAndAllItsMovement() {
    Locator pad = byKey(page, "gesture-pad");
    pad.scrollIntoViewIfNeeded();
    Locator last = byKey(page, "gesture-last");
    Locator pan = byKey(page, "gesture-pan");
    BoundingBox box = pad.boundingBox();
    Mouse mouse = page.mouse();
    mouse.move(box.x + 30, box.y + 40);
    mouse.down();
    mouse.move(box.x + 180, box.y + 100, new Mouse.MoveOptions().setSteps(15));
    // past the pad's edge: the pointer is captured, the pan goes on
    mouse.move(box.x + box.width + 40, box.y + 120, new Mouse.MoveOptions().setSteps(5));
    mouse.up();
    assertCoordinates(numbersAfter(last, "Pan ended at"), box.width + 40, 120);
    List<Double> moved = numbersAfter(pan, "Pan at");
    // Pan at (x, y), moved dx, dy in n updates
    assertCoordinates(moved.subList(0, 2), box.width + 40, 120);
    assertThat(moved.get(2)).as("dx adds up to the whole movement").isEqualTo(box.width + 10, within(1.0));
    assertThat(moved.get(3)).as("dy").isEqualTo(80, within(1.0));
    assertThat(moved.get(4)).isBetween(1.0, 20.0);
    watch.assertClean();
  }

  @Test
  void aFloodOfPointerMovesGoesOutAsAFewCoalescedUpdates() {
    Locator pad = byKey(page, "gesture-pad");
    pad.scrollIntoViewIfNeeded();
    Locator pan = byKey(page, "gesture-pan");
    // 300 moves in one task, as a fast touchpad might deliver between two frames
    page.evaluate("() => {\n"
        + "  const el = document.querySelector('[data-key=\"gesture-pad\"]');\n"
        + "  const r = el.getBoundingClientRect();\n"
        + "  const at = (type, x, y) => el.dispatchEvent(new PointerEvent(type, {bubbles: true, pointerId: 7,\n"
        + "    pointerType: 'mouse', isPrimary: true, button: type === 'pointermove' ? -1 : 0,\n"
        + "    clientX: r.left + x, clientY: r.top + y}));\n"
        + "  at('pointerdown', 10, 10);\n"
        + "  for (let i = 1; i <= 300; i++) at('pointermove', 10 + i * 0.5, 10 + i * 0.25);\n"
        + "}");
    List<Double> moved = numbersAfter(pan, "Pan at");
    assertCoordinates(moved.subList(0, 2), 160, 85);
    assertThat(moved.get(2)).isEqualTo(150, within(0.5));
    assertThat(moved.get(3)).isEqualTo(75, within(0.5));
    assertThat(moved.get(4)).as("updates sent for 300 moves").isLessThanOrEqualTo(2.0);
    page.evaluate("() => document.querySelector('[data-key=\"gesture-pad\"]').dispatchEvent(new PointerEvent("
        + "'pointerup', {bubbles: true, pointerId: 7, pointerType: 'mouse', isPrimary: true}))");
    assertThat(byKey(page, "gesture-last")).hasText(Pattern.compile("^Pan ended at"));
    watch.assertClean();
  }

  @Test
  void chipsAreDraggedIntoTheBoxByMouse() {
    Locator box = byKey(page, "drop-box");
    Locator alpha = byKey(page, "chip-alpha");
    Locator count = byKey(page, "drop-count");
    box.scrollIntoViewIfNeeded();
    BoundingBox from = alpha.boundingBox();
    BoundingBox to = box.boundingBox();
    Mouse mouse = page.mouse();
    mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    mouse.down();
    mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 20, new Mouse.MoveOptions().setSteps(4));
    // picked up: the box of its group is armed, a copy follows the pointer, the chip leaves a hole
    assertThat(box).hasClass(Pattern.compile("weft-drag-target--armed"));
    assertThat(page.locator(".weft-drag-feedback")).hasCount(1);
    assertThat(alpha.locator("[data-slot=\"contentWhenDragging\"]")).isVisible();
    mouse.move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(8));
    assertThat(box).hasClass(Pattern.compile("weft-drag-target--over"));
    mouse.up();
    assertThat(count).hasText("1 chip in the box, last alpha");
    assertThat(box.locator("[data-key=\"chip-alpha\"]")).hasCount(1);
    assertThat(page.locator(".weft-drag-feedback")).hasCount(0);
    assertThat(box).not().hasClass(Pattern.compile("weft-drag-target--armed"));

    // dropped elsewhere: nothing happens
    Locator beta = byKey(page, "chip-beta");
    BoundingBox b = beta.boundingBox();
    mouse.move(b.x + 10, b.y + 10);
    mouse.down();
    mouse.move(b.x + 10, b.y - 80, new Mouse.MoveOptions().setSteps(6));
    mouse.up();
    assertThat(page.locator(".weft-drag-feedback")).hasCount(0);
    assertThat(count).hasText("1 chip in the box, last alpha");

    // Escape during a drag puts the chip back; moving on with the button held starts no new drag
    b = beta.boundingBox();
    mouse.move(b.x + 10, b.y + 10);
    mouse.down();
    mouse.move(b.x + 30, b.y + 30, new Mouse.MoveOptions().setSteps(4));
    assertThat(page.locator(".weft-drag-feedback")).hasCount(1);
    page.keyboard().press("Escape");
    assertThat(page.locator(".weft-drag-feedback")).hasCount(0);
    mouse.move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(6));
    assertThat(page.locator(".weft-drag-feedback")).hasCount(0);
    mouse.up();
    assertThat(box).not().hasClass(Pattern.compile("weft-drag-target--armed"));
    assertThat(count).hasText("1 chip in the box, last alpha");
    watch.assertClean();
  }

  @Test
  void aChipIsDraggedIntoTheBoxByTouch() {
    // a touch screen: Chromium turns CDP's touch events into pointer events of type touch
    BrowserContext touch = browser().newContext(new Browser.NewContextOptions().setHasTouch(true)
        .setViewportSize(1280, 800));
    try {
      Page phone = touch.newPage();
      PageWatch touchWatch = PageWatch.attach(phone, "GesturesIT.touch");
      phone.navigate(server.url("/gallery/"));
      Locator box = byKey(phone, "drop-box");
      Locator gamma = byKey(phone, "chip-gamma");
      box.scrollIntoViewIfNeeded();
      BoundingBox from = gamma.boundingBox();
      BoundingBox to = box.boundingBox();
      CDPSession cdp = touch.newCDPSession(phone);
      double x0 = from.x + from.width / 2;
      double y0 = from.y + from.height / 2;
      double x1 = to.x + to.width / 2;
      double y1 = to.y + to.height / 2;
      cdp.send("Input.dispatchTouchEvent", touchAt("touchStart", x0, y0));
      for (int i = 1; i <= 10; i++) {
        cdp.send("Input.dispatchTouchEvent", touchAt("touchMove", x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10));
      }
      assertThat(box).hasClass(Pattern.compile("weft-drag-target--over"));
      assertThat(phone.locator(".weft-drag-feedback")).hasCount(1);
      JsonObject end = new JsonObject();
      end.addProperty("type", "touchEnd");
      end.add("touchPoints", new JsonArray());
      cdp.send("Input.dispatchTouchEvent", end);
      assertThat(byKey(phone, "drop-count")).hasText("1 chip in the box, last gamma");
      assertThat(phone.locator(".weft-drag-feedback")).hasCount(0);
      touchWatch.assertClean();
    } finally {
      touch.close();
    }
  }

  private static JsonObject touchAt(String type, double x, double y) {
    JsonObject point = new JsonObject();
    point.addProperty("x", x);
    point.addProperty("y", y);
    JsonArray points = new JsonArray();
    points.add(point);
    JsonObject event = new JsonObject();
    event.addProperty("type", type);
    event.add("touchPoints", points);
    return event;
  }

  @Test
  void chipsAreDraggedIntoTheBoxByKeyboard() {
    Locator box = byKey(page, "drop-box");
    Locator beta = byKey(page, "chip-beta");
    Locator gamma = byKey(page, "chip-gamma");
    Locator count = byKey(page, "drop-count");
    Locator live = page.locator(".weft-visually-hidden[aria-live]");
    assertThat(beta).hasAttribute("role", "button");
    assertThat(beta).hasAttribute("aria-roledescription", "draggable");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beta").setExact(true)))
        .hasCount(1);

    beta.focus();
    page.keyboard().press(" ");
    assertThat(live).hasText(Pattern.compile("^Picked up Beta\\. 1 drop target"));
    assertThat(box).hasAttribute("role", "button");
    assertThat(box).hasClass(Pattern.compile("weft-drag-target--armed"));
    page.keyboard().press("ArrowRight");
    assertThat(box).isFocused();
    assertThat(live).hasText(Pattern.compile("^Over .*Space or Enter drops Beta here"));
    page.keyboard().press("Enter");
    assertThat(count).hasText("1 chip in the box, last beta");
    assertThat(live).hasText(Pattern.compile("^Dropped Beta on "));
    assertThat(box).not().hasAttribute("role", "button");
    assertThat(box).isFocused(); // the keyboard's place is kept, out of the tab order
    assertThat(box).hasAttribute("tabindex", "-1");

    // Escape puts it back, the focus returns to the chip
    gamma.focus();
    page.keyboard().press("Enter");
    assertThat(live).hasText(Pattern.compile("^Picked up Gamma"));
    page.keyboard().press("Tab");
    page.keyboard().press("Escape");
    assertThat(live).hasText("Cancelled: Gamma put back.");
    assertThat(gamma).isFocused();
    assertThat(box).not().hasClass(Pattern.compile("weft-drag-target--armed"));
    assertThat(count).hasText("1 chip in the box, last beta");

    // Tab reaches the box too
    gamma.focus();
    page.keyboard().press(" ");
    page.keyboard().press("Tab");
    assertThat(box).isFocused();
    page.keyboard().press(" ");
    assertThat(count).hasText("2 chips in the box, last gamma");
    watch.assertClean();
  }

  @Test
  void theSectionLooksRightInLightAndDark() throws Exception {
    Locator section = page.getByRole(AriaRole.REGION,
        new Page.GetByRoleOptions().setName("Gestures and layout").setExact(true));
    role(AriaRole.BUTTON, "What is Weft?").click();
    role(AriaRole.BUTTON, "Returns").click();
    assertThat(byKey(page, "panel-status")).hasText("Panel 1 (Returns) opened");
    page.setViewportSize(1280, 2400); // the whole section in view: the page scrolls inside itself
    for (String mode : List.of("light", "dark")) {
      if (mode.equals("dark")) {
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode")).click();
        Scripts.waitUntil(page, "() => document.documentElement.classList.contains('weft-dark')");
        // the background's colour transition has ended (a loaded machine paints late)
        Scripts.waitUntil(page, "() => [document.querySelector('.weft-page'), document.body]"
            + ".map((el) => el && getComputedStyle(el).backgroundColor)"
            + ".filter((c) => c && c !== 'rgba(0, 0, 0, 0)')"
            + ".every((c) => c.match(/\\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b) < 120)");
      }
      section.scrollIntoViewIfNeeded();
      page.mouse().move(1, 1);
      page.waitForTimeout(300); // the expansion animations
      section.screenshot(new Locator.ScreenshotOptions().setAnimations(ScreenshotAnimations.DISABLED)
          .setPath(E2eServer.screenshots().resolve("gestures-" + mode + ".png")));
    }
    watch.assertClean();
  }

  /** How far the page's scroller (the page element, or else the document) is scrolled. */
  private double scrollTop() {
    return ((Number) page.evaluate("() => { const el = document.querySelector('.weft-page');"
        + " return (el && el.scrollHeight > el.clientHeight ? el : document.scrollingElement).scrollTop; }"))
        .doubleValue();
  }

  private static void assertCoordinates(List<Double> found, double x, double y) {
    assertThat(found).hasSizeGreaterThanOrEqualTo(2);
    assertThat(found.get(0)).as("x").isEqualTo(x, within(1.0));
    assertThat(found.get(1)).as("y").isEqualTo(y, within(1.0));
  }
}
