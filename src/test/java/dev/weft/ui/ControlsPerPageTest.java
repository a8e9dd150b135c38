package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Node;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.View;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code limits.controlsPerPage}: a page of at most 10 controls here. Whatever way a handler tries
 * to grow it past that — one control, a batch, a container with children, a container already on
 * the page, a replacement — the call throws an IllegalStateException naming the limit and its key,
 * adds nothing, and what the browser is sent next still matches the server's tree.
 */
class ControlsPerPageTest {

  private static final int LIMIT = 10;

  private final RecordingSink sink = new RecordingSink();
  private final Page page = new PageDriver(sink, ClientInfo.none(), sink, LIMIT).page();
  private final ClientMirror mirror = new ClientMirror(page, sink);

  @BeforeEach
  void eightTexts() {
    for (int i = 0; i < 8; i++) {
      page.add(new Text("t" + i));
    }
    sync();
  }

  @Test
  void aBatchPastTheLimitThrowsNamingTheLimitAndItsKeyAndAddsNoneOfIt() {
    Node before = PageDriver.snapshot(page);
    int sent = sink.messages.size();

    assertThatThrownBy(() -> page.add(new Text("a"), new Text("b"), new Text("c")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("limits.controlsPerPage is 10: adding 3 controls to a page of 8 would make 11;"
            + " nothing was added");

    assertThat(page.controls()).hasSize(8);
    assertThat(ClientMirror.json(PageDriver.snapshot(page))).isEqualTo(ClientMirror.json(before));
    assertThat(sink.messages).as("nothing sent for the refused call").hasSize(sent);
    page.add(new Text("a"), new Text("b")); // exactly up to the limit is allowed
    sync();
    assertThat(page.controls()).hasSize(10);
  }

  @Test
  void aContainerCountsWithItsChildrenAndStaysOffThePage() {
    Column column = new Column(new Text("x"), new Text("y"));

    assertThatThrownBy(() -> page.add(column))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("adding 3 controls to a page of 8 would make 11");

    assertThat(page.controls()).doesNotContain(column);
    assertThat(column.controls()).hasSize(2); // a detached container still grows freely
    column.controls().remove(1);
    page.add(column);
    sync();
    assertThat(page.controls()).hasSize(9);
  }

  @Test
  void growingAContainerOnThePageIsCheckedAndAnAddAllIsAllOrNone() {
    Column column = new Column();
    page.add(column); // 9
    sync();

    assertThatThrownBy(() -> column.controls().addAll(List.of(new Text("a"), new Text("b"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("limits.controlsPerPage is 10");
    assertThat(column.controls()).isEmpty();
    column.controls().add(new Text("a")); // 10
    assertThatThrownBy(() -> column.controls().add(0, new Text("b")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("limits.controlsPerPage is 10: adding 1 control to a page of 10 would make 11;"
            + " nothing was added");
    sync();
    assertThat(column.controls()).extracting(c -> ((Text) c).value()).containsExactly("a");
  }

  @Test
  void changesBeforeARefusedAddAreSentAndTheRefusedOnesAreNot() {
    // like a handler: a change, then an add that fails; Weft sends what the handler changed
    Text first = (Text) page.controls().get(0);
    first.value("changed");
    List<Control<?>> many = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      many.add(new Text("n" + i));
    }
    assertThatThrownBy(() -> page.controls().addAll(many)).isInstanceOf(IllegalStateException.class);
    sync();
    assertThat(mirror.tree().root().children()).hasSize(8);
    assertThat(mirror.tree().root().children().get(0).prop("value")).isEqualTo("changed");
    assertThat(many).allSatisfy(c -> assertThat(c.isAttached()).isFalse());
  }

  @Test
  void movingAControlWithinThePageIsNotGrowthAndRemovingMakesRoom() {
    Column column = new Column();
    page.add(new Text("t8"), column); // 10: full
    Control<?> moved = page.controls().get(0);
    column.controls().add(moved); // a move: still 10
    assertThatThrownBy(() -> page.add(new Text("one more"))).isInstanceOf(IllegalStateException.class);

    page.remove(moved); // 9
    page.add(new Text("after"));
    sync();
    assertThat(column.controls()).isEmpty();
    assertThat(page.controls()).hasSize(10); // t1..t7, t8, the column, "after"
    assertThat(mirror.tree().root().children().get(9).prop("value")).isEqualTo("after");
  }

  @Test
  void aFullPageStillReordersAContainersChildren() {
    page.remove(page.controls().get(0)); // 7
    Column column = new Column(new Text("b"), new Text("a"));
    page.add(column); // 7 + 3 = 10: full
    column.controls().sort(java.util.Comparator.comparing(c -> ((Text) c).value())); // moves only
    sync();
    assertThat(column.controls()).extracting(c -> ((Text) c).value()).containsExactly("a", "b");
  }

  @Test
  void replacingAControlCountsOnlyTheDifferenceAndARefusedReplacementKeepsTheOld() {
    page.add(new Text("t8"), new Text("t9")); // 10: full
    page.controls().set(0, new Text("new")); // one for one
    Control<?> second = page.controls().get(1);

    assertThatThrownBy(() -> page.controls().set(1, new Column(new Text("x"))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(page.controls().get(1)).isSameAs(second);
    assertThat(second.isAttached()).isTrue();
    sync();
    assertThat(mirror.tree().root().children().get(0).prop("value")).isEqualTo("new");
  }

  @Test
  void viewsPushedTogetherAreAllOrNone() {
    RecordingSink other = new RecordingSink();
    Page routed = new PageDriver(other, ClientInfo.none(), other, LIMIT).page();
    View home = new View("/", new Text("a"), new Text("b"), new Text("c"), new Text("d"));
    View settings = new View("/settings", new Text("e"), new Text("f"), new Text("g"), new Text("h"),
        new Text("i"));

    assertThatThrownBy(() -> routed.views().addAll(List.of(home, settings)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("adding 11 controls to a page of 0 would make 11");

    assertThat(routed.views()).isEmpty();
    routed.views().add(home);
    assertThat(routed.views()).containsExactly(home);
  }

  @Test
  void zeroMeansNoLimit() {
    RecordingSink other = new RecordingSink();
    Page unlimited = new PageDriver(other, ClientInfo.none(), other, 0).page();
    Column column = new Column();
    for (int i = 0; i < 20_000; i++) {
      column.controls().add(new Text("r" + i));
    }
    unlimited.add(column);
    assertThat(PageDriver.snapshot(unlimited).children().get(0).children()).hasSize(20_000);
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThatThrownBy(() -> new PageDriver(sink, ClientInfo.none(), sink, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxControls must be >= 0");
  }

  private void sync() {
    mirror.sync();
  }

}
