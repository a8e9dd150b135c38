package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Render;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {

  private final RecordingSink sink = new RecordingSink();
  private final Page page = RecordingSink.newDriver(sink).page();

  @Test
  void theFirstUpdateRendersAndLaterOnesPatch() {
    page.update();
    assertThat(sink.messages).singleElement().isInstanceOf(Render.class);
    page.add(new Text("x"));
    assertThat(sink.last()).isInstanceOf(Patch.class);
  }

  @Test
  void addInsertRemoveAndCleanEachSendTheirChange() {
    Text a = new Text("a");
    Text b = new Text("b");
    Text c = new Text("c");
    page.add(a, c);
    page.insert(1, b);
    assertThat(page.controls()).containsExactly(a, b, c);
    assertThat(((Patch) sink.last()).ops()).singleElement().isInstanceOf(Op.Insert.class);
    page.remove(b);
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Remove(b.id()));
    page.clean();
    assertThat(page.controls()).isEmpty();
    assertThat(((Patch) sink.last()).ops()).hasSize(2).allMatch(op -> op instanceof Op.Remove);
  }

  @Test
  void settersMarkChangesForTheNextUpdateOnly() {
    Text t = new Text("a");
    page.add(t);
    int sent = sink.messages.size();
    t.value("b");
    assertThat(sink.messages).hasSize(sent);
    page.update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(t.id(), Map.of("value", "b")));
  }

  @Test
  void idsAreAssignedOnFirstAttachAndNeverReused() {
    Text t = new Text("a");
    assertThat(t.id()).isEqualTo(-1);
    page.add(t);
    int id = t.id();
    assertThat(id).isPositive();
    page.remove(t);
    page.add(t);
    assertThat(t.id()).isEqualTo(id);
    Text other = new Text("b");
    page.add(other);
    assertThat(other.id()).isNotEqualTo(id);
  }

  @Test
  void addingAnAttachedControlElsewhereMovesIt() {
    Text t = new Text("t");
    Row row = new Row();
    page.add(t, row);
    row.controls().add(t);
    assertThat(page.controls()).containsExactly(row);
    assertThat(t.parent()).isSameAs(row);
  }

  @Test
  void aControlCannotGoInsideItself() {
    Column outer = new Column();
    Column inner = new Column();
    outer.controls().add(inner);
    assertThatThrownBy(() -> inner.controls().add(outer)).hasMessageContaining("inside itself");
    assertThatThrownBy(() -> outer.controls().add(outer)).hasMessageContaining("inside itself");
  }

  @Test
  void aControlBelongsToOnePage() {
    Page other = RecordingSink.newDriver(new RecordingSink()).page();
    Text t = new Text("t");
    page.add(t);
    assertThatThrownBy(() -> other.add(t)).hasMessageContaining("belongs to another page");
    assertThat(other.controls()).isEmpty();
  }

  @Test
  void aContainerHoldsOneControl() {
    Container box = new Container(new Text("one"));
    assertThatThrownBy(() -> box.childList().add(new Text("two"))).hasMessageContaining("at most 1");
    Text replacement = new Text("replacement");
    box.content(replacement);
    assertThat(box.content()).isSameAs(replacement);
    box.content(null);
    assertThat(box.content()).isNull();
  }

  @Test
  void findLooksUpAControlByKey() {
    Text t = new Text("t").key("target");
    page.add(new Row(new Column(t)));
    assertThat(page.find("target")).isSameAs(t);
    assertThat(page.find("missing")).isNull();
  }

  @Test
  void pagePropertiesAreSentAsProperties() {
    page.update();
    page.title("Hello").themeMode(ThemeMode.DARK).padding(0).scroll(ScrollMode.HIDDEN).update();
    Op.Set set = (Op.Set) ((Patch) sink.last()).ops().get(0);
    assertThat(set.id()).isZero();
    assertThat(set.props()).containsEntry("title", "Hello").containsEntry("themeMode", "dark")
        .containsEntry("padding", 0).containsEntry("scroll", "hidden");
    assertThat(page.themeMode()).isEqualTo(ThemeMode.DARK);
  }

  @Test
  void scrollToCountsUpSoTheSameTargetScrollsAgain() {
    page.update();
    page.scrollTo("bottom");
    page.scrollTo("bottom");
    Op.Set set = (Op.Set) ((Patch) sink.last()).ops().get(0);
    assertThat(set.props().get("scrollTo")).isEqualTo(Map.of("to", "bottom", "n", 2));
  }

  @Test
  void handlersAreAnnouncedInTheEventsProperty() {
    Button b = new Button("b", e -> { });
    page.add(b);
    Render render = (Render) sink.messages.get(0);
    assertThat(render.root().children().get(0).props()).containsEntry("events", List.of("click"));
    b.onFocus(e -> { });
    page.update();
    assertThat(((Op.Set) ((Patch) sink.last()).ops().get(0)).props())
        .containsEntry("events", List.of("click", "focus"));
    b.onClick(null).onFocus(null);
    page.update();
    assertThat(((Op.Set) ((Patch) sink.last()).ops().get(0)).props()).containsEntry("events", null);
  }

  @Test
  void defaultsAreLeftOffTheWire() {
    page.add(new Text("").size(null).italic(false).selectable(true));
    Render render = (Render) sink.messages.get(0);
    assertThat(render.root().children().get(0).props()).isEmpty();
  }
}
