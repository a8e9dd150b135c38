package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;

/**
 * The benchmark's counter page, the same tree as the demo's {@code dev.weft.examples.Counter}
 * (Flet's counter): a text and a row of two buttons. "+1" has an async click handler that
 * updates the text, so a click never leaves the session's event loop. The driver finds the
 * button by its key, {@code plus}, and expects each patch to carry the new count.
 */
public final class BenchCounter implements App {

  @Override
  public void main(Page page) {
    page.title("Counter");
    Text count = new Text("0").style(TextStyle.DISPLAY_MEDIUM).key("count");
    page.horizontalAlignment(CrossAxisAlignment.CENTER);
    page.add(
        count,
        new Row(
            IconButton.async("remove", e -> {
              count.value(String.valueOf(Integer.parseInt(count.value()) - 1));
              return null;
            }).tooltip("Decrement").key("minus"),
            Button.async("+1", e -> {
              count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
              return null;
            }).variant(ButtonVariant.FILLED).icon("add").key("plus")));
  }
}
