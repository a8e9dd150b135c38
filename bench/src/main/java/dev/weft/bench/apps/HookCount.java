package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;

/**
 * Renders how many {@link ClosingCounter} sessions of this process ran their {@code onClose}
 * hook, as the text keyed {@code closed}; the button keyed {@code plus} is there because the
 * driver's sessions expect one.
 */
public final class HookCount implements App {

  @Override
  public void main(Page page) {
    page.add(new Text(String.valueOf(ClosingCounter.CLOSED.get())).key("closed"),
        new Button("+1", e -> { }).key("plus"));
  }
}
