package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.examples.Counter;
import dev.weft.ui.Page;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counter demo with an {@code onClose} hook that counts: the expiry scenario checks that every
 * expired session ran its hook ({@link HookCount} shows the count).
 */
public final class ClosingCounter implements App {

  static final AtomicLong CLOSED = new AtomicLong();

  @Override
  public void main(Page page) {
    new Counter().main(page);
    page.onClose(CLOSED::incrementAndGet);
  }
}
