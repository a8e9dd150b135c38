package dev.weft.examples;

import dev.weft.AsyncApp;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.MainAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.concurrent.CompletionStage;

/**
 * The classic counter. Its {@code main} only builds a page and its handlers only change a text,
 * so both are async: a session opens and every click is handled on the event loop, with no trip
 * through the blocking hand-off.
 */
public final class Counter implements AsyncApp {

  @Override
  public CompletionStage<?> main(Page page) {
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
    return null; // the page is built: nothing to wait for
  }
}
