package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.ClientEvent;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an idle page keeps alive (issue 15: every session holds one, for hours): nothing made for
 * a feature it does not use, no property storage for defaults, no per-session copy of a string
 * or list every session has alike. Behaviour stays as before; the other page tests check that.
 */
class IdlePageMemoryTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();

  private static Object field(Object owner, String name) throws Exception {
    Field f = owner.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(owner);
  }

  private static Props props(Control<?> control) {
    return control;
  }

  /** A property store alone, as every control is one. */
  private static Props newProps() {
    return new Props() { };
  }

  @Test
  void aControlLeftAtItsDefaultsHoldsNoPropertyArray() {
    assertThat(newProps().propsCapacity()).isZero();
    assertThat(props(new Text()).propsCapacity()).isZero();
    assertThat(props(new Row()).propsCapacity()).isZero();
    Text cleared = new Text("x");
    assertThat(props(cleared).propsCapacity()).isEqualTo(2);
  }

  @Test
  void propertiesGrowOneByOneWhileFewAndKeepTheirOrderAndDirtyBits() {
    Props props = newProps();
    Map<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      assertThat(props.putProp("p" + i, i)).isTrue();
      expected.put("p" + i, i);
      if (i >= 1 && i < 6) {
        assertThat(props.propsCapacity()).as("exactly as many slots as properties").isEqualTo(i + 1);
      }
    }
    assertThat(props.propsCapacity()).isEqualTo(13); // one by one to 6, then by half: 9, 13
    assertThat(props.propsMap()).containsExactlyEntriesOf(expected);
    assertThat(props.takeDirtyProps()).containsExactlyEntriesOf(expected);
    assertThat(props.propsDirty()).isFalse();
    assertThat(props.putProp("p3", 3)).as("same value: no change").isFalse();
    assertThat(props.putProp("p3", null)).isTrue();
    assertThat(props.takeDirtyProps()).containsOnlyKeys("p3").containsEntry("p3", null); // null: reset
    expected.remove("p3");
    assertThat(props.propsMap()).containsExactlyEntriesOf(expected);
    assertThat(props.prop("p9")).isEqualTo(9);
    assertThat(props.prop("nope")).isNull();
  }

  @Test
  void enumWireNamesAreOneSharedStringNotACopyPerControl() {
    Text a = new Text("a").style(TextStyle.DISPLAY_MEDIUM);
    Text b = new Text("b").style(TextStyle.DISPLAY_MEDIUM);
    assertThat(props(a).prop("style")).isEqualTo("displayMedium").isSameAs(props(b).prop("style"));
    assertThat(a.style()).isEqualTo(TextStyle.DISPLAY_MEDIUM);
    Button one = new Button("1").variant(ButtonVariant.FILLED);
    Button two = new Button("2").variant(ButtonVariant.FILLED);
    assertThat(props(one).prop("variant")).isEqualTo("filled").isSameAs(props(two).prop("variant"));
    assertThat(two.variant()).isEqualTo(ButtonVariant.FILLED);
  }

  @Test
  void controlsListeningToTheSameEventsShareOneEventList() {
    Button one = Button.async("1", e -> null);
    Button two = Button.async("2", e -> null);
    IconButton three = IconButton.async("add", e -> null);
    assertThat(props(one).prop("events")).isEqualTo(java.util.List.of("click"))
        .isSameAs(props(two).prop("events")).isSameAs(props(three).prop("events"));
    two.onClickAsync(null);
    assertThat(props(two).prop("events")).isNull();
  }

  @Test
  void anIdlePageHoldsNoChangeListsNorStoresItNeverUsed() throws Exception {
    Text count = new Text("0");
    page.add(count, new Row(Button.async("+1", e -> null)));
    count.value("1");
    page.update();
    assertThat(page.dirtyProps).as("nothing marked: no list").isNull();
    assertThat(page.dirtyChildren).isNull();
    assertThat(field(page, "extras")).as("no hook, store, theme, overlay or view: no extras").isNull();
    assertThat(page.sessionStore()).isSameAs(page.sessionStore());
    assertThat(page.clientStorage()).isSameAs(page.clientStorage());
    assertThat(page.overlay()).isSameAs(page.overlay());
    assertThat(page.views()).isSameAs(page.views());
  }

  @Test
  void aSmallPageKeepsItsControlsInOneArrayWithoutAHashTable() throws Exception {
    Text count = new Text("0");
    Row row = new Row(Button.async("+1", e -> null), Button.async("-1", e -> null));
    page.add(count, row);
    ControlIndex index = (ControlIndex) field(page, "index");
    assertThat(index.hashed()).isFalse();
    assertThat(index.size()).isEqualTo(5); // the page, the text, the row, two buttons
    assertThat(index.capacity()).isEqualTo(6);
    assertThat(page.control(count.id())).isSameAs(count);
    page.remove(row);
    assertThat(page.control(row.id())).isNull();
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void aControlKeepsItsPropertiesAndStateBitsInItselfNotInObjectsOfTheirOwn() {
    for (Field f : Control.class.getDeclaredFields()) {
      if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        assertThat(f.getType()).as(f.getName()).isNotEqualTo(Props.class).isNotEqualTo(boolean.class);
      }
    }
    Text text = new Text("a");
    page.add(text);
    Control<?> c = text;
    assertThat(c.isAttached()).isTrue();
    assertThat(c.isSent()).isTrue();
    assertThat(c.isPropsQueued()).isFalse();
    text.value("b");
    assertThat(c.isPropsQueued()).isTrue();
    assertThat(c.isSent()).as("one bit set leaves the others").isTrue();
    page.update();
    assertThat(c.isPropsQueued()).isFalse();
    page.remove(text);
    assertThat(c.isAttached()).isFalse();
  }

  @Test
  void theRarelyUsedPartsOfAPageComeInOneObjectMadeOnFirstUse() throws Exception {
    page.update();
    assertThat(page.theme()).isNull();
    assertThat(page.disconnectHooks()).isEmpty();
    assertThat(field(page, "extras")).as("reading makes nothing").isNull();
    Runnable hook = () -> { };
    page.onDisconnect(hook);
    Object extras = field(page, "extras");
    assertThat(extras).isNotNull();
    assertThat(page.disconnectHooks()).containsExactly(hook);
    assertThat(page.closeHooks()).isEmpty();
    page.sessionStore();
    page.attributes().put("a", 1);
    assertThat(field(page, "extras")).as("the same object for every part").isSameAs(extras);
    assertThat(page.attributes()).containsEntry("a", 1);
    for (Field f : Page.class.getDeclaredFields()) {
      assertThat(f.getType()).as(f.getName()).isNotEqualTo(SessionStore.class).isNotEqualTo(Theme.class);
    }
  }

  @Test
  void aStorageAnswerBeforeAnyStorageRequestIsDroppedNotAFailure() throws Exception {
    page.update();
    driver.dispatch(new ClientEvent(1, 0, ClientStorage.EVENT, "{\"id\":1,\"ok\":true,\"value\":5}"));
    assertThat(field(page, "extras")).as("no client storage made, nor anything else").isNull();
  }

  @Test
  void aContainerHoldsItsChildrenInAnArrayThatFitsAndGoesWhenEmptied() throws Exception {
    Row row = new Row();
    ControlList children = (ControlList) ((Control<?>) row).children;
    assertThat(((Object[]) field(children, "items"))).isEmpty();
    Text a = new Text("a");
    Text b = new Text("b");
    row.controls().add(a);
    row.controls().add(b);
    assertThat(((Object[]) field(children, "items"))).hasSize(2);
    assertThat(row.controls()).containsExactly(a, b);
    assertThat(row.controls().indexOf(b)).isEqualTo(1);
    row.controls().add(0, b); // moves it, like the DOM's appendChild
    assertThat(row.controls()).containsExactly(b, a);
    row.controls().clear();
    assertThat(((Object[]) field(children, "items"))).as("emptied: the shared empty array").isEmpty();
    assertThat(a.parent()).isNull();
  }

  @Test
  void sessionsOfOneAppShareTheirAppUrlString() {
    String url = "http://example.com/apps/x/";
    ClientInfo one = new ClientInfo("/", 0, 0, false, null, null, new String(url));
    ClientInfo two = new ClientInfo("/", 0, 0, false, null, null, new String(url));
    assertThat(one.appUrl()).isEqualTo(url).isSameAs(two.appUrl());
    String longUrl = "http://example.com/" + "a".repeat(ClientInfo.MAX_SHARED_LENGTH) + "/";
    assertThat(new ClientInfo("/", 0, 0, false, null, null, longUrl).appUrl()).isSameAs(longUrl);
  }

  private static Object listenersOf(Control<?> control) throws Exception {
    Field f = Control.class.getDeclaredField("listeners");
    f.setAccessible(true);
    return f.get(control);
  }

  @Test
  void aControlWithOneHandlerHoldsItWithoutAnArray() throws Exception {
    Button button = Button.async("1", e -> null);
    Control<?> control = button;
    assertThat(listenersOf(button)).isInstanceOf(Listener.class);
    assertThat(control.listener("click")).isNotNull();
    assertThat(control.listener("focus")).isNull();
    button.onFocus(e -> { });
    assertThat(listenersOf(button)).isInstanceOf(Listener[].class);
    assertThat(control.listener("focus")).isNotNull();
    assertThat(props(button).prop("events")).isEqualTo(java.util.List.of("click", "focus"));
    button.onClickAsync(null);
    assertThat(listenersOf(button)).isInstanceOf(Listener.class);
    assertThat(control.listener("click")).isNull();
    button.onFocus(null);
    assertThat(listenersOf(button)).isNull();
    assertThat(props(button).prop("events")).isNull();
  }
}
