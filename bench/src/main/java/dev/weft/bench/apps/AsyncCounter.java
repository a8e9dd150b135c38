package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;

/**
 * A counter whose "+1" has an async handler: it waits on a 50 ms timer (the session's event
 * loop stays free meanwhile), then updates the text.
 */
public final class AsyncCounter implements App {

  private static final Duration DELAY = Duration.ofMillis(50);

  @Override
  public void main(Page page) {
    page.title("Async counter");
    Text count = new Text("0").key("count");
    page.add(count, Button.async("+1", e -> page.timer(DELAY).thenRun(() ->
        count.value(String.valueOf(Integer.parseInt(count.value()) + 1)))).key("plus"));
  }
}
