package dev.weft.bench.browser;

/**
 * The script the benchmark puts into every page before Weft's client loads (Playwright's init
 * scripts run outside the page's CSP). It wraps the WebSocket's {@code onmessage} so that each
 * message the client handles is timed from the moment its handler starts (the message has
 * arrived; parsing it is counted) to the moment it returns (the DOM is built or patched: Weft's
 * client applies a message synchronously), and then to the next paint: a
 * {@code requestAnimationFrame} callback runs before the frame's style, layout and paint, and a
 * task queued from it runs after that frame is painted. Nothing in Weft's client is changed for
 * the benchmark, so what is measured is what users run.
 */
final class Instrument {

  private Instrument() {
  }

  static final String SCRIPT = """
      (() => {
        const bench = window.__weftBench = { messages: [] };
        const property = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
        Object.defineProperty(WebSocket.prototype, 'onmessage', {
          configurable: true,
          get() { return property.get.call(this); },
          set(handler) {
            if (typeof handler !== 'function') { property.set.call(this, handler); return; }
            property.set.call(this, function (event) {
              const start = performance.now();
              try {
                return handler.call(this, event);
              } finally {
                const end = performance.now();
                const text = typeof event.data === 'string' ? event.data : '';
                const type = /"type"\\s*:\\s*"(\\w+)"/.exec(text.slice(0, 300));
                const entry = { type: type ? type[1] : '?', bytes: text.length, script: end - start, paint: null,
                                nodes: 0 };
                bench.messages.push(entry);
                requestAnimationFrame(() => setTimeout(() => {
                  entry.paint = performance.now() - start;
                  entry.nodes = document.getElementsByTagName('*').length;
                }, 0));
              }
            });
          },
        });
      })();
      """;
}
