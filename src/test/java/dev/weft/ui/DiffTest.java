package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Codec;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Render;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiffTest {

  private static final Codec CODEC = new Codec();

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private final ClientMirror mirror = new ClientMirror(page, sink);

  private void sync() {
    mirror.sync();
  }


  private List<Op> lastOps() {
    return ((Patch) sink.last()).ops();
  }

  @Test
  void firstUpdateRendersTheWholePage() {
    page.add(new Text("a"), new Button("b"));
    assertThat(sink.messages).hasSize(1).first().isInstanceOf(Render.class);
    Render render = (Render) sink.messages.get(0);
    assertThat(render.root().children()).extracting(Node::type).containsExactly("text", "button");
    sync();
  }

  @Test
  void aPropertyChangeIsOneSetOperation() {
    Text t = new Text("before");
    page.add(t);
    sync();
    t.value("after");
    page.update();
    assertThat(lastOps()).containsExactly(new Op.Set(t.id(), java.util.Map.of("value", "after")));
    sync();
  }

  @Test
  void resettingAPropertyToItsDefaultSendsNull() {
    Text t = new Text("x").size(20);
    page.add(t);
    sync();
    t.size(null);
    page.update();
    Op.Set set = (Op.Set) lastOps().get(0);
    assertThat(set.props()).containsEntry("size", null);
    sync();
  }

  @Test
  void settingTheSameValueSendsNothing() {
    Text t = new Text("same");
    page.add(t);
    sync();
    int before = sink.messages.size();
    t.value("same");
    page.update();
    assertThat(sink.messages).hasSize(before);
  }

  @Test
  void oneCellOfABigPageCostsOneSmallPatch() {
    List<Control<?>> rows = new ArrayList<>();
    List<Text> cells = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Text cell = new Text("cell " + i);
      cells.add(cell);
      rows.add(new Row(new Text("row " + i), cell));
    }
    page.controls().addAll(rows);
    page.update();
    cells.get(5_000).value("changed");
    page.update();
    String frame = CODEC.encode((Patch) sink.last());
    assertThat(lastOps()).hasSize(1);
    assertThat(frame.length()).isLessThan(200);
  }

  @Test
  void appendingToABigListSendsOnlyTheNewChild() {
    Column list = new Column();
    for (int i = 0; i < 1_000; i++) {
      list.controls().add(new Text("item " + i));
    }
    page.add(list);
    sync();
    list.controls().add(new Text("new"));
    page.update();
    assertThat(lastOps()).hasSize(1).first().isInstanceOf(Op.Insert.class);
    assertThat(((Op.Insert) lastOps().get(0)).before()).isNull();
    sync();
  }

  @Test
  void reversingChildrenMovesAllButOne() {
    Column list = new Column();
    for (int i = 0; i < 5; i++) {
      list.controls().add(new Text("item " + i));
    }
    page.add(list);
    sync();
    List<Control<?>> reversed = new ArrayList<>(list.controls());
    java.util.Collections.reverse(reversed);
    list.controls().clear();
    list.controls().addAll(reversed);
    page.update();
    assertThat(lastOps()).hasSize(4).allMatch(op -> op instanceof Op.Move);
    sync();
  }

  @Test
  void sortingChildrenPutsThemInOrderWithMovesOnly() {
    Column list = new Column();
    for (String name : List.of("delta", "alpha", "echo", "charlie", "bravo")) {
      list.controls().add(new Text(name));
    }
    page.add(list);
    sync();
    List<Control<?>> before = List.copyOf(list.controls());
    list.controls().sort(java.util.Comparator.comparing(c -> ((Text) c).value()));
    assertThat(list.controls()).extracting(c -> ((Text) c).value())
        .containsExactly("alpha", "bravo", "charlie", "delta", "echo");
    assertThat(list.controls()).containsExactlyInAnyOrderElementsOf(before);
    page.update();
    assertThat(lastOps()).isNotEmpty().allMatch(op -> op instanceof Op.Move);
    sync();
  }

  @Test
  void sortingThePagesOwnControlsKeepsItsOverlaysLast() {
    for (String name : List.of("delta", "alpha", "charlie", "bravo")) {
      page.add(new Text(name));
    }
    Text overlay = new Text("zz overlay");
    page.overlay().add(overlay);
    sync();
    page.controls().sort(java.util.Comparator.comparing(c -> ((Text) c).value()));
    assertThat(page.controls()).extracting(c -> ((Text) c).value())
        .containsExactly("alpha", "bravo", "charlie", "delta");
    assertThat(page.overlay()).containsExactly(overlay);
    page.update();
    assertThat(lastOps()).isNotEmpty().allMatch(op -> op instanceof Op.Move);
    sync();
  }

  @Test
  void aControlCanLeaveAParentThatIsRemovedInTheSameUpdate() {
    Text keeper = new Text("keeper");
    Column doomed = new Column(new Text("goes"), keeper);
    Column target = new Column();
    page.add(doomed, target);
    sync();
    target.controls().add(keeper); // moves it out of doomed
    page.remove(doomed);           // sends both changes
    assertThat(lastOps()).extracting(op -> op.getClass().getSimpleName())
        .containsExactly("Move", "Remove");
    sync();
  }

  @Test
  void aNewContainerHoldingAnExistingControlReferencesIt() {
    Text existing = new Text("existing");
    page.add(existing);
    sync();
    Container box = new Container();
    box.content(existing);
    page.add(box);
    Op.Insert insert = (Op.Insert) lastOps().get(0);
    assertThat(insert.control().children()).singleElement()
        .satisfies(ref -> assertThat(ref.isReference()).isTrue());
    sync();
  }

  @Test
  void removedAndReaddedLaterIsInsertedAgain() {
    Text t = new Text("t");
    page.add(t);
    sync();
    page.remove(t);
    sync();
    t.value("changed while away");
    page.add(t);
    assertThat(lastOps()).singleElement().isInstanceOf(Op.Insert.class);
    sync();
  }

  @Test
  void longestIncreasingRunKeepsTheMostChildrenInPlace() {
    int[] values = {3, 0, 1, -1, 2, 5, 4};
    boolean[] in = Diff.longestIncreasingRun(values);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (in[i]) {
        kept.add(values[i]);
      }
    }
    assertThat(kept).hasSize(4).isSorted().startsWith(0, 1, 2).doesNotContain(-1, 3);
  }

  /**
   * Random edits of every kind, checked after each update against the strict client mirror:
   * the mirror throws on any operation that does not fit, and must end equal to the server.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomEditsKeepTheClientInStep(long seed) {
    Random random = new Random(seed);
    List<Control<?>> known = new ArrayList<>();
    sync();
    for (int round = 0; round < 300; round++) {
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        edit(random, known);
      }
      sync();
    }
  }

  private void edit(Random random, List<Control<?>> known) {
    List<Control<?>> containers = new ArrayList<>();
    containers.add(page);
    for (Control<?> c : known) {
      if (c.children != null) {
        containers.add(c);
      }
    }
    Control<?> parent = containers.get(random.nextInt(containers.size()));
    List<Control<?>> kids = parent.childList();
    switch (random.nextInt(8)) {
      case 0, 1 -> { // add a new control, sometimes a container with children
        Control<?> fresh = switch (random.nextInt(4)) {
          case 0 -> new Row(new Text("r" + random.nextInt(99)));
          case 1 -> new Column();
          case 2 -> new Container(new Text("boxed"));
          default -> new Text("t" + random.nextInt(99));
        };
        known.add(fresh);
        for (Control<?> c : fresh.childList() == null ? List.<Control<?>>of() : fresh.childList()) {
          known.add(c);
        }
        tryInsert(kids, random.nextInt(kids.size() + 1), fresh);
      }
      case 2 -> { // move a known control somewhere (maybe into another parent)
        if (!known.isEmpty()) {
          tryInsert(kids, random.nextInt(kids.size() + 1), known.get(random.nextInt(known.size())));
        }
      }
      case 3 -> { // remove a child
        if (!kids.isEmpty()) {
          kids.remove(random.nextInt(kids.size()));
        }
      }
      case 4 -> { // change a property
        if (!known.isEmpty()) {
          Control<?> c = known.get(random.nextInt(known.size()));
          c.tooltip(random.nextBoolean() ? null : "tip " + random.nextInt(9));
          c.width(random.nextBoolean() ? null : random.nextInt(300));
        }
      }
      case 5 -> { // shuffle a parent's children
        List<Control<?>> copy = new ArrayList<>(kids);
        java.util.Collections.shuffle(copy, random);
        kids.clear();
        kids.addAll(copy);
      }
      case 6 -> { // detach something, change it while it is away, maybe bring it back
        if (!known.isEmpty()) {
          Control<?> c = known.get(random.nextInt(known.size()));
          if (c.parent() != null) {
            c.parent().childList().remove(c);
          }
          c.key("k" + random.nextInt(50));
          if (random.nextBoolean()) {
            tryInsert(kids, random.nextInt(kids.size() + 1), c);
          }
        }
      }
      default -> { // clear a parent
        if (random.nextInt(4) == 0) {
          kids.clear();
        }
      }
    }
  }

  private static void tryInsert(List<Control<?>> kids, int index, Control<?> c) {
    try {
      kids.add(Math.min(index, kids.size()), c);
    } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException refused) {
      // into itself, or a full container: refused, as it should be
    }
  }
}
