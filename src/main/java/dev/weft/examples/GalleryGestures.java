package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Alignment;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.Divider;
import dev.weft.ui.controls.DragTarget;
import dev.weft.ui.controls.Draggable;
import dev.weft.ui.controls.ExpansionPanel;
import dev.weft.ui.controls.ExpansionPanelList;
import dev.weft.ui.controls.ExpansionTile;
import dev.weft.ui.controls.GestureDetector;
import dev.weft.ui.controls.GestureEvent;
import dev.weft.ui.controls.MouseCursor;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Stack;
import dev.weft.ui.controls.StackFit;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The gallery's "Gestures and layout" section: stacks (an avatar with a status dot, a picture with
 * a label over it), an FAQ of expansion tiles, an expansion panel list, a gesture pad showing the
 * last gesture and the pan's position, and three chips to drag (by mouse, touch or keyboard) into
 * a box that counts them.
 */
final class GalleryGestures {

  private GalleryGestures() {
  }

  static Control<?>[] controls(Page page, Text status) {
    return new Control<?>[] {
        new Text("Stack").style(TextStyle.TITLE_MEDIUM), stacks(),
        new Text("Expansion tiles").style(TextStyle.TITLE_MEDIUM), faq(),
        new Text("Expansion panels").style(TextStyle.TITLE_MEDIUM), panels(),
        new Text("Gesture detector").style(TextStyle.TITLE_MEDIUM), gesturePad(),
        new Text("Drag and drop").style(TextStyle.TITLE_MEDIUM), dragAndDrop(status)};
  }

  /** An avatar with a status dot on its corner, and a picture with a label over its bottom left. */
  private static Row stacks() {
    Stack avatar = new Stack(
        new Container(new Text("AL").style(TextStyle.TITLE_MEDIUM).color("onPrimaryContainer"))
            .width(48).height(48).borderRadius(24).bgcolor("primaryContainer").alignment(Alignment.CENTER),
        new Container().width(14).height(14).borderRadius(7).bgcolor("tertiary")
            .border("2px solid surface").right(0).bottom(0).key("stack-dot"))
        .width(48).height(48).key("stack-avatar");
    Stack picture = new Stack(
        new Container(new Text("Sunrise over the bay").color("onSurfaceVariant"))
            .bgcolor("surfaceContainerHighest").borderRadius(12).padding(16),
        new Container(new Text("New").style(TextStyle.LABEL_LARGE).color("onPrimary"))
            .bgcolor("primary").borderRadius(8).padding(6, 2, 6, 2).left(8).bottom(8).key("stack-label"))
        .width(220).height(112).fit(StackFit.EXPAND).key("stack-picture");
    return new Row(avatar, new Column(new Text("Ada Lovelace").style(TextStyle.TITLE_SMALL),
        new Text("Online").style(TextStyle.BODY_SMALL).color("onSurfaceVariant")).spacing(0),
        new Container().width(24), picture)
        .verticalAlignment(CrossAxisAlignment.CENTER);
  }

  /** Frequently asked questions as expansion tiles; the second starts open. */
  private static Column faq() {
    Text heard = new Text("No question opened yet").key("faq-status").color("onSurfaceVariant");
    ExpansionTile what = new ExpansionTile("What is Weft?")
        .subtitle(new Text("In one sentence"));
    what.controls().add(new Text("Flet's model for the JVM: you write main(page) in Java, the "
        + "browser shows it and sends events back over one WebSocket."));
    ExpansionTile keys = new ExpansionTile("Can I use it without a mouse?").initiallyExpanded(true);
    keys.controls().add(new Text("Yes: headers are buttons (Enter or Space), chips below can be "
        + "dragged with the keyboard."));
    ExpansionTile custom = new ExpansionTile("Where are the docs?")
        .leading(new Text("?").style(TextStyle.TITLE_MEDIUM).color("primary"))
        .trailing(new Text("docs/").style(TextStyle.LABEL_LARGE).color("primary"));
    custom.controls().addAll(List.of(new Text("docs/controls.md lists every control and its properties."),
        new Text("docs/protocol.md says what goes over the WebSocket.")));
    for (ExpansionTile tile : List.of(what, keys, custom)) {
      tile.onChange(e -> heard.value("“" + ((Text) tile.title()).value() + "” "
          + (tile.expanded() ? "opened" : "closed")));
    }
    return new Column(new Column(what, new Divider(), keys, new Divider(), custom).spacing(0)
        .horizontalAlignment(CrossAxisAlignment.STRETCH), heard)
        .horizontalAlignment(CrossAxisAlignment.STRETCH);
  }

  /** Three panels; the first opens on a click anywhere on its header. */
  private static Column panels() {
    Text heard = new Text("No panel toggled yet").key("panel-status").color("onSurfaceVariant");
    ExpansionPanelList list = new ExpansionPanelList(
        new ExpansionPanel("Shipping", new Text("Orders leave the warehouse within two days."))
            .canTapHeader(true),
        new ExpansionPanel("Returns", new Text("Send it back within 30 days, no questions asked.")),
        new ExpansionPanel("Warranty", new Text("Two years on every part.")));
    list.onChange(e -> {
      int index = ((Number) e.data()).intValue();
      ExpansionPanel panel = (ExpansionPanel) list.controls().get(index);
      heard.value("Panel " + index + " (" + ((Text) panel.header()).value() + ") "
          + (panel.expanded() ? "opened" : "closed"));
    });
    return new Column(list, heard).horizontalAlignment(CrossAxisAlignment.STRETCH);
  }

  /** A pad that shows the last gesture, and a pan's position and total movement. */
  private static Column gesturePad() {
    Text last = new Text("No gesture yet").key("gesture-last").style(TextStyle.TITLE_SMALL);
    Text pan = new Text("No pan yet").key("gesture-pan").color("onSurfaceVariant");
    double[] moved = new double[2];
    int[] updates = new int[1];
    GestureDetector pad = new GestureDetector(
        new Container(new Column(
            new Text("Tap, double tap, long press, right-click, drag or scroll here")
                .color("onSurfaceVariant"),
            last, pan).horizontalAlignment(CrossAxisAlignment.CENTER).spacing(4))
            .height(160).bgcolor("surfaceContainerHighest").borderRadius(16).padding(16)
            .alignment(Alignment.CENTER))
        .mouseCursor(MouseCursor.MOVE).key("gesture-pad")
        .inOrder(); // the pan's total is built from its updates, after the start's reset
    pad.onTap(e -> last.value("Tap at " + at(e)))
        .onDoubleTap(e -> last.value("Double tap at " + at(e)))
        .onLongPress(e -> last.value("Long press at " + at(e)))
        .onSecondaryTap(e -> last.value("Secondary tap at " + at(e)))
        .onScroll(e -> last.value("Scroll by " + num(e.dx()) + ", " + num(e.dy())))
        .onPanStart(e -> {
          moved[0] = 0;
          moved[1] = 0;
          updates[0] = 0;
          last.value("Pan started at " + at(e));
        })
        .onPanUpdate(e -> {
          moved[0] += e.dx();
          moved[1] += e.dy();
          updates[0]++;
          pan.value("Pan at " + at(e) + ", moved " + num(moved[0]) + ", " + num(moved[1])
              + " in " + updates[0] + " updates");
        })
        .onPanEnd(e -> last.value("Pan ended at " + at(e)));
    return new Column(pad).horizontalAlignment(CrossAxisAlignment.STRETCH);
  }

  /** Three chips to drop into a box that counts them; a button puts them back. */
  private static Column dragAndDrop(Text status) {
    Row shelf = new Row().spacing(12).key("chip-shelf");
    Row inBox = new Row().spacing(8).wrap(true);
    Text count = new Text("Empty: drop chips here").key("drop-count").style(TextStyle.TITLE_SMALL);
    List<Draggable> chips = List.of(chip("Alpha", "primaryContainer", "onPrimaryContainer"),
        chip("Beta", "secondaryContainer", "onSecondaryContainer"),
        chip("Gamma", "tertiaryContainer", "onTertiaryContainer"));
    shelf.controls().addAll(chips);
    DragTarget box = new DragTarget(new Container(new Column(count, inBox).spacing(8))
        .padding(16).borderRadius(12).border("1px solid outlineVariant").height(120))
        .group("chips").key("drop-box");
    box.onAccept(e -> {
      Draggable chip = e.draggable();
      if (!inBox.controls().contains(chip)) {
        shelf.controls().remove(chip);
        inBox.controls().add(chip);
      }
      int n = inBox.controls().size();
      count.value(n + (n == 1 ? " chip" : " chips") + " in the box, last " + e.data());
      status.value("Dropped " + e.data());
    });
    Button reset = new Button("Put the chips back", e -> {
      inBox.controls().clear();
      shelf.controls().clear();
      shelf.controls().addAll(chips);
      count.value("Empty: drop chips here");
    }).variant(ButtonVariant.TEXT);
    return new Column(shelf, box, new Row(reset)).horizontalAlignment(CrossAxisAlignment.STRETCH);
  }

  private static Draggable chip(String name, String bg, String fg) {
    Container face = new Container(new Text(name).style(TextStyle.LABEL_LARGE).color(fg))
        .bgcolor(bg).borderRadius(8).padding(16, 6, 16, 6);
    Container hole = new Container(new Text(name).style(TextStyle.LABEL_LARGE).color("onSurfaceVariant"))
        .borderRadius(8).padding(15, 5, 15, 5).border("1px dashed outline");
    return new Draggable(face).contentWhenDragging(hole).group("chips").data(name.toLowerCase(Locale.ROOT))
        .key("chip-" + name.toLowerCase(Locale.ROOT));
  }

  private static String at(GestureEvent e) {
    return "(" + num(e.x()) + ", " + num(e.y()) + ")";
  }

  private static String num(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
