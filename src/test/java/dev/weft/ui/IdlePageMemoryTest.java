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
    assertThat(props.takeDirty()).containsExactly(Map.entry("p3", null));
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
}
