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
    return control.props;
  }

  @Test
  void aControlLeftAtItsDefaultsHoldsNoPropertyArray() {
    assertThat(new Props().capacity()).isZero();
    assertThat(props(new Text()).capacity()).isZero();
    assertThat(props(new Row()).capacity()).isZero();
    Text cleared = new Text("x");
    assertThat(props(cleared).capacity()).isEqualTo(2);
  }

  @Test
  void propertiesGrowOneByOneWhileFewAndKeepTheirOrderAndDirtyBits() {
    Props props = new Props();
    Map<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      assertThat(props.put("p" + i, i)).isTrue();
      expected.put("p" + i, i);
      if (i >= 1 && i < 6) {
        assertThat(props.capacity()).as("exactly as many slots as properties").isEqualTo(i + 1);
      }
    }
    assertThat(props.capacity()).isEqualTo(13); // one by one to 6, then by half: 9, 13
    assertThat(props.toMap()).containsExactlyEntriesOf(expected);
    assertThat(props.takeDirty()).containsExactlyEntriesOf(expected);
    assertThat(props.isDirty()).isFalse();
    assertThat(props.put("p3", 3)).as("same value: no change").isFalse();
    assertThat(props.put("p3", null)).isTrue();
    assertThat(props.takeDirty()).containsOnlyKeys("p3").containsEntry("p3", null); // null: reset
    expected.remove("p3");
    assertThat(props.toMap()).containsExactlyEntriesOf(expected);
    assertThat(props.get("p9")).isEqualTo(9);
    assertThat(props.get("nope")).isNull();
  }

  @Test
  void enumWireNamesAreOneSharedStringNotACopyPerControl() {
    Text a = new Text("a").style(TextStyle.DISPLAY_MEDIUM);
    Text b = new Text("b").style(TextStyle.DISPLAY_MEDIUM);
    assertThat(props(a).get("style")).isEqualTo("displayMedium").isSameAs(props(b).get("style"));
    assertThat(a.style()).isEqualTo(TextStyle.DISPLAY_MEDIUM);
    Button one = new Button("1").variant(ButtonVariant.FILLED);
    Button two = new Button("2").variant(ButtonVariant.FILLED);
    assertThat(props(one).get("variant")).isEqualTo("filled").isSameAs(props(two).get("variant"));
    assertThat(two.variant()).isEqualTo(ButtonVariant.FILLED);
  }

  @Test
  void controlsListeningToTheSameEventsShareOneEventList() {
    Button one = Button.async("1", e -> null);
    Button two = Button.async("2", e -> null);
    IconButton three = IconButton.async("add", e -> null);
    assertThat(props(one).get("events")).isEqualTo(java.util.List.of("click"))
        .isSameAs(props(two).get("events")).isSameAs(props(three).get("events"));
    two.onClickAsync(null);
    assertThat(props(two).get("events")).isNull();
  }

  @Test
  void anIdlePageHoldsNoChangeListsNorStoresItNeverUsed() throws Exception {
    Text count = new Text("0");
    page.add(count, new Row(Button.async("+1", e -> null)));
    count.value("1");
    page.update();
    assertThat(page.dirtyProps).as("nothing marked: no list").isNull();
    assertThat(page.dirtyChildren).isNull();
    for (String unused : new String[] {"sessionStore", "clientStorage", "overlays", "views"}) {
      assertThat(field(page, unused)).as(unused).isNull();
    }
    assertThat(page.sessionStore()).isSameAs(page.sessionStore());
    assertThat(page.clientStorage()).isSameAs(page.clientStorage());
    assertThat(page.overlay()).isSameAs(page.overlay());
    assertThat(page.views()).isSameAs(page.views());
  }

  @Test
  void aStorageAnswerBeforeAnyStorageRequestIsDroppedNotAFailure() throws Exception {
    page.update();
    driver.dispatch(new ClientEvent(1, 0, ClientStorage.EVENT, "{\"id\":1,\"ok\":true,\"value\":5}"));
    assertThat(field(page, "clientStorage")).isNull();
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
    assertThat(props(button).get("events")).isEqualTo(java.util.List.of("click", "focus"));
    button.onClickAsync(null);
    assertThat(listenersOf(button)).isInstanceOf(Listener.class);
    assertThat(control.listener("click")).isNull();
    button.onFocus(null);
    assertThat(listenersOf(button)).isNull();
    assertThat(props(button).get("events")).isNull();
  }
}
