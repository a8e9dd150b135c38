package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;

/**
 * The seed's example: a blocking handler and an async one. Click one, then the other at once:
 * both texts appear about three seconds after the first click, because handlers of one session
 * run at the same time.
 */
public final class SeedApp implements App {

  @Override
  public void main(Page page) {
    page.title("Weft");
    page.add(
        new Button("Call handler", e -> {
          Thread.sleep(3000); // blocking is fine: this runs off the event loop
          page.add(new Text("Handler clicked"));
        }),
        Button.async("Call async handler", e ->
            page.timer(Duration.ofSeconds(3))
                .thenRun(() -> page.add(new Text("Async handler clicked")))));
  }
}
