package dev.weft.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/**
 * Waiting for a script's condition in a page with Weft's Content-Security-Policy. Playwright's
 * {@code page.waitForFunction} polls inside the page by evaluating the predicate's text, which
 * the CSP (no {@code 'unsafe-eval'}) refuses now and then (microsoft/playwright#7395, #36982):
 * StorageKeysIT failed once on it. {@code page.evaluate} goes through the DevTools protocol,
 * which the CSP does not govern, so the condition is polled from here instead.
 */
final class Scripts {

  private static final double DEFAULT_TIMEOUT_MS = 30_000;

  private Scripts() {
  }

  /** Waits until {@code script} (a function or an expression, as page.evaluate takes it) is true. */
  static void waitUntil(Page page, String script) {
    waitUntil(page, script, null, DEFAULT_TIMEOUT_MS);
  }

  /** Waits until {@code script}, a function of {@code arg}, returns true. */
  static void waitUntil(Page page, String script, Object arg) {
    waitUntil(page, script, arg, DEFAULT_TIMEOUT_MS);
  }

  static void waitUntil(Page page, String script, Object arg, double timeoutMs) {
    long deadline = System.nanoTime() + (long) (timeoutMs * 1_000_000);
    while (!Boolean.TRUE.equals(page.evaluate(script, arg))) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutError("still false after " + (long) timeoutMs + " ms: " + script);
      }
      page.waitForTimeout(20);
    }
  }
}
