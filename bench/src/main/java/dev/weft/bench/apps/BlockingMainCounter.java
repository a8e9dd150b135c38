package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.MainAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;

/**
 * The demo's counter page ({@code dev.weft.examples.Counter}) built by a blocking {@code main}
 * ({@link App}): Weft runs it off the event loop, on the worker pool (JDK 17) or a virtual thread,
 * where an {@code AsyncApp}'s main runs on the session's event loop. The open scenario opens it
 * beside the demo's counter to show what that hop costs a session's opening. The page and its
 * async handlers are the demo's, so the render and the patches are the same.
 */
public final class BlockingMainCounter implements App {

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
            }).variant(ButtonVariant.FILLED).icon("add").key("plus"))
            .alignment(MainAxisAlignment.CENTER));
  }
}
