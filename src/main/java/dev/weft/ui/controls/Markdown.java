package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.EventHandler;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Markdown text (Flet's {@code Markdown}), rendered to HTML on the server with commonmark-java
 * and sanitised ({@link MarkdownHtml}): raw HTML shows as text, only http, https, mailto and
 * relative links and http, https and relative images are kept, links open in a new tab. Only the
 * HTML goes to the browser (the {@code html} property), which checks it again before showing it.
 *
 * <p>With an {@link #onTapLink} handler a click on a link does not open it: the handler gets the
 * link's URL as {@code e.data()} and decides. Without one, the link opens in a new tab.
 */
public final class Markdown extends Control<Markdown> {

  /** The longest Markdown source accepted, in characters: a page is not a document store. */
  public static final int MAX_LENGTH = 200_000;
  /** The event of a click on a link. */
  public static final String TAP_LINK = "tapLink";
  private static final int MAX_URL_LENGTH = 8_192;

  // The source is not sent (the HTML is): kept here, and set together with the HTML it renders to.
  private final ReentrantLock rendering = new ReentrantLock();
  private String value = "";
  private MarkdownExtensionSet extensionSet = MarkdownExtensionSet.NONE;

  public Markdown() {
  }

  public Markdown(String value) {
    value(value);
  }

  @Override
  protected String type() {
    return "markdown";
  }

  /** The Markdown source. */
  public String value() {
    rendering.lock();
    try {
      return value;
    } finally {
      rendering.unlock();
    }
  }

  /**
   * Sets the Markdown source; null is empty.
   *
   * @throws IllegalArgumentException when it is longer than {@link #MAX_LENGTH} characters or
   *     nests too deep to render
   */
  public Markdown value(String value) {
    String source = value == null ? "" : value;
    if (source.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("markdown is " + source.length() + " characters long; at most "
          + MAX_LENGTH + " are accepted (split it into several Markdown controls, or page it)");
    }
    return render(source, null);
  }

  public MarkdownExtensionSet extensionSet() {
    rendering.lock();
    try {
      return extensionSet;
    } finally {
      rendering.unlock();
    }
  }

  /** The syntax understood: {@link MarkdownExtensionSet#GITHUB_WEB} adds tables; null is NONE. */
  public Markdown extensionSet(MarkdownExtensionSet set) {
    return render(null, set == null ? MarkdownExtensionSet.NONE : set);
  }

  /** The sanitised HTML the browser shows (derived from the value and the extension set). */
  public String html() {
    Object v = get("html");
    return v == null ? "" : (String) v;
  }

  public boolean selectable() {
    return get("selectable") != null;
  }

  /** Whether the user may select the text (Flet's default: not). */
  public Markdown selectable(boolean selectable) {
    return set("selectable", selectable ? Boolean.TRUE : null);
  }

  /** Clicks on links come to the handler (URL in {@code e.data()}) instead of opening them. */
  public Markdown onTapLink(EventHandler<Markdown> handler) {
    return on(TAP_LINK, handler);
  }

  public Markdown onTapLinkAsync(AsyncEventHandler<Markdown> handler) {
    return onAsync(TAP_LINK, handler);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!TAP_LINK.equals(event)) {
      return null;
    }
    if (!(data instanceof String url) || url.isEmpty() || url.length() > MAX_URL_LENGTH) {
      return "tapLink of " + this + " needs the link's URL (a string of 1 to " + MAX_URL_LENGTH
          + " characters), not " + (data == null ? "null" : data.getClass().getSimpleName());
    }
    if (!MarkdownUrls.allowed(url, Set.of("http", "https", "mailto"))) {
      return "tapLink of " + this + " names a URL no Markdown link may have: " + url;
    }
    return null;
  }

  /** Renders the new source or set (null keeps the current one) and stores it with its HTML. */
  private Markdown render(String newValue, MarkdownExtensionSet newSet) {
    rendering.lock();
    try {
      String source = newValue != null ? newValue : value;
      MarkdownExtensionSet set = newSet != null ? newSet : extensionSet;
      String html = source.isEmpty() ? null : MarkdownHtml.render(source, set);
      value = source;
      extensionSet = set;
      return set("html", html);
    } finally {
      rendering.unlock();
    }
  }
}
