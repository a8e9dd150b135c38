package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed example in a real browser: handlers of one session run at the same time (a 3-second
 * blocking handler and a 3-second async one finish together, not one after the other), and one
 * user's sleeping handler does not hold up another user. Tagged {@code handlers}: test.sh runs
 * these again on JDK 25, where blocking handlers run on virtual threads instead of the worker
 * pool.
 */
@Tag("handlers")
// asserts on time (see its limits): failsafe runs it alone, with nothing beside it (pom.xml, "serial")
@Tag("serial")
class SeedHandlersIT extends BrowserBase {

  /** Both handlers take 3 s; run one after the other they would take 6 s. */
  private static final long CONCURRENT_BOUND_MS = 5_000;
  /** How long to wait for a second user's first render: no longer than the first user's handler sleeps. */
  private static final long SECOND_USER_BOUND_MS = 3_000;

  @Test
  void blockingAndAsyncHandlersOfOneSessionRunAtTheSameTime() throws Exception {
    page.navigate(server.url("/"));
    Locator call = button(page, "Call handler");
    Locator callAsync = button(page, "Call async handler");
    call.waitFor();
    callAsync.waitFor();
    // In-page clock: when each click happened and when each text first appeared in the DOM.
    page.evaluate("() => {"
        + "  window.__weftClicks = [];"
        + "  window.__weftSeen = {};"
        + "  document.addEventListener('click', (e) => window.__weftClicks.push(performance.now()), true);"
        + "  const look = () => {"
        + "    for (const el of document.querySelectorAll('[data-weft-id]')) {"
        + "      const t = el.textContent;"
        + "      if ((t === 'Handler clicked' || t === 'Async handler clicked') && !(t in window.__weftSeen)) {"
        + "        window.__weftSeen[t] = performance.now();"
        + "      }"
        + "    }"
        + "  };"
        + "  new MutationObserver(look).observe(document.body, {subtree: true, childList: true, characterData: true});"
        + "}");

    long start = System.nanoTime();
    call.click();
    long firstClickDone = System.nanoTime();
    callAsync.click();
    long secondClickDone = System.nanoTime();

    // polls every 25 ms (Locator.waitFor backs off to 500 ms, which would blur the figure)
    Scripts.waitUntil(page, "() => 'Handler clicked' in window.__weftSeen"
            + " && 'Async handler clicked' in window.__weftSeen", null, 8_000);
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    Locator handlerText = exactText(page, "Handler clicked");
    Locator asyncText = exactText(page, "Async handler clicked");
    handlerText.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    asyncText.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));

    @SuppressWarnings("unchecked")
    Map<String, Object> seen = (Map<String, Object>) page.evaluate("() => window.__weftSeen");
    @SuppressWarnings("unchecked")
    java.util.List<Object> clicks = (java.util.List<Object>) page.evaluate("() => window.__weftClicks");
    double firstClick = ((Number) clicks.get(0)).doubleValue();
    double handlerAt = ((Number) seen.get("Handler clicked")).doubleValue() - firstClick;
    double asyncAt = ((Number) seen.get("Async handler clicked")).doubleValue() - firstClick;
    System.out.printf("[e2e seed] clicks took %d ms and %d ms (Playwright); in the page, after the first"
            + " click: 'Handler clicked' at %.0f ms, 'Async handler clicked' at %.0f ms; wall clock from"
            + " the first click until both were seen: %d ms (serially it would be >= 6000 ms); JDK %d%n",
        (firstClickDone - start) / 1_000_000, (secondClickDone - firstClickDone) / 1_000_000,
        handlerAt, asyncAt, wallMs, Runtime.version().feature());

    // each text is the whole text of exactly one control element
    assertThat(handlerText.count()).isEqualTo(1);
    assertThat(asyncText.count()).isEqualTo(1);
    assertThat(handlerText.textContent()).isEqualTo("Handler clicked");
    assertThat(asyncText.textContent()).isEqualTo("Async handler clicked");
    assertThat(handlerText.getAttribute("data-weft-id")).isNotNull();
    assertThat(asyncText.getAttribute("data-weft-id")).isNotNull();
    // both land about 3 s after the first click: the handlers overlapped
    assertThat(handlerAt).as("ms from the first click to 'Handler clicked'").isLessThan(CONCURRENT_BOUND_MS);
    assertThat(asyncAt).as("ms from the first click to 'Async handler clicked'").isLessThan(CONCURRENT_BOUND_MS);
    assertThat(wallMs).as("wall-clock ms from the first click until both texts were seen")
        .isLessThan(CONCURRENT_BOUND_MS);

    page.screenshot(new Page.ScreenshotOptions()
        .setPath(E2eServer.screenshots().resolve("seed-after-clicks.png")).setFullPage(true));
    watch.assertClean();
  }

  @Test
  void aSecondUserIsServedWhileTheFirstUsersBlockingHandlerSleeps() {
    Page first = page;
    PageWatch firstWatch = watch;
    first.navigate(server.url("/"));
    button(first, "Call handler").click(); // sleeps 3 s on the server

    BrowserContext other = newContext();
    try {
      Page second = other.newPage();
      PageWatch secondWatch = PageWatch.attach(second, "seed user 2");
      long start = System.nanoTime();
      second.navigate(server.url("/"));
      button(second, "Call handler").waitFor(new Locator.WaitForOptions().setTimeout(SECOND_USER_BOUND_MS));
      button(second, "Call async handler").waitFor(new Locator.WaitForOptions().setTimeout(SECOND_USER_BOUND_MS));
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      boolean firstStillSleeping = exactText(first, "Handler clicked").count() == 0;
      System.out.printf("[e2e seed] second user's page showed both buttons %d ms after navigation "
          + "(first user's handler still sleeping: %s); JDK %d%n", elapsedMs, firstStillSleeping,
          Runtime.version().feature());
      // the proof is that the first user's 3 s handler was still asleep when the second page was
      // whole, not a number of milliseconds (that is for benchmarks: this machine is shared)
      assertThat(firstStillSleeping).as("the first user's handler was still running meanwhile").isTrue();

      exactText(first, "Handler clicked").waitFor(new Locator.WaitForOptions().setTimeout(8_000));
      assertThat(exactText(second, "Handler clicked").count()).as("the second user's page is its own").isZero();
      secondWatch.assertClean();
      firstWatch.assertClean();
    } finally {
      other.close();
    }
  }
}
