package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.examples.Counter;
import dev.weft.ui.Page;

/**
 * The demo's counter page ({@code dev.weft.examples.Counter}) built by a blocking {@code main}
 * ({@link App}): Weft runs it off the event loop, on the worker pool (JDK 17) or a virtual thread,
 * where an {@code AsyncApp}'s main runs on the session's event loop. The open scenario opens it
 * beside the demo's counter to show what that hop costs a session's opening. The page and its
 * async handlers are the demo's (its main, called from here), so the render and the patches are
 * the same.
 */
public final class BlockingMainCounter implements App {

  @Override
  public void main(Page page) throws Exception {
    new Counter().main(page);
  }
}
