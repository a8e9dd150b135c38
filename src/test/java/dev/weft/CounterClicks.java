package dev.weft;

import dev.weft.testing.WeftTestClient;
import java.time.Duration;

/**
 * Drives the tests' counter page (a text keyed {@code count} and a "+1" button) one click at a
 * time: each click is answered before the next is sent, so a count that arrives is exact.
 */
public final class CounterClicks {

  private CounterClicks() {
  }

  /** Clicks +1 until the count shows {@code value}, waiting up to {@code wait} for each patch. */
  public static void clickTo(WeftTestClient client, int value, Duration wait) {
    Object shown = client.findByKey("count").prop("value");
    for (int n = shown == null ? 0 : Integer.parseInt((String) shown); n < value; n++) {
      String next = String.valueOf(n + 1);
      client.click("+1");
      client.awaitControl(e -> "count".equals(e.prop("key")) && next.equals(e.prop("value")), wait);
    }
  }
}
