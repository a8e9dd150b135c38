package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything a page reports that a test may need to complain about: console messages (all are
 * kept and printed; the errors are what {@link #assertClean} checks), uncaught page errors, failed
 * requests and responses with status 400 or more.
 */
final class PageWatch {

  private final String name;
  private final List<String> console = Collections.synchronizedList(new ArrayList<>());
  private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
  private final List<String> consoleWarnings = Collections.synchronizedList(new ArrayList<>());
  private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
  private final List<String> badRequests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> responses = Collections.synchronizedList(new ArrayList<>());

  private PageWatch(String name) {
    this.name = name;
  }

  /** Starts watching a page (before it navigates anywhere). */
  static PageWatch attach(Page page, String name) {
    PageWatch watch = new PageWatch(name);
    page.onConsoleMessage(message -> {
      String line = message.type() + ": " + message.text() + " @ " + message.location();
      watch.console.add(line);
      System.out.println("[e2e " + name + "] console " + line);
      if ("error".equals(message.type())) {
        watch.consoleErrors.add(message.text());
      } else if ("warning".equals(message.type())) {
        watch.consoleWarnings.add(message.text());
      }
    });
    page.onPageError(error -> {
      watch.pageErrors.add(error);
      System.out.println("[e2e " + name + "] page error " + error);
    });
    page.onRequestFailed(request -> {
      String line = request.method() + " " + request.url() + " failed: " + request.failure();
      watch.badRequests.add(line);
      System.out.println("[e2e " + name + "] " + line);
    });
    page.onResponse(response -> {
      String line = response.status() + " " + response.request().method() + " " + response.url();
      watch.responses.add(line);
      if (response.status() >= 400) {
        watch.badRequests.add(line);
        System.out.println("[e2e " + name + "] " + line);
      }
    });
    return watch;
  }

  List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  List<String> consoleWarnings() {
    return List.copyOf(consoleWarnings);
  }

  /** Every response seen, as {@code "<status> <method> <url>"}. */
  List<String> responses() {
    return List.copyOf(responses);
  }

  /** No console error, no page error, no failed request, no 4xx/5xx. */
  void assertClean() {
    assertClean(text -> false);
  }

  /**
   * Like {@link #assertClean()}, but console errors that {@code expected} accepts are allowed
   * (they are still printed).
   */
  void assertClean(Predicate<String> expected) {
    List<String> unexpected = consoleErrors().stream().filter(expected.negate()).collect(Collectors.toList());
    assertThat(unexpected).as("console errors on %s", name).isEmpty();
    assertThat(List.copyOf(pageErrors)).as("uncaught page errors on %s", name).isEmpty();
    assertThat(List.copyOf(badRequests)).as("failed requests or 4xx/5xx responses on %s", name).isEmpty();
  }

  /** Allows the browser's own report of a WebSocket that could not connect (the server was down). */
  static boolean isWebSocketConnectFailure(String text) {
    return text.startsWith("WebSocket connection to ") && text.contains("failed");
  }
}
