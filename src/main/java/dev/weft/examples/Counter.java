package dev.weft.examples;

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

/** The classic counter; its async handlers never leave the event loop. */
public final class Counter implements App {

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
