package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;

/**
 * A counter whose "+1" has a blocking handler that sleeps 50 ms before updating the text (a
 * stand-in for a JDBC or HTTP call). It runs on a virtual thread on JDK 21+, on the worker pool
 * ({@code handlers.workerPoolSize}) on JDK 17.
 */
public final class BlockingCounter implements App {

  @Override
  public void main(Page page) {
    page.title("Blocking counter");
    Text count = new Text("0").key("count");
    page.add(count, new Button("+1", e -> {
      Thread.sleep(50);
      count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
    }).key("plus"));
  }
}
