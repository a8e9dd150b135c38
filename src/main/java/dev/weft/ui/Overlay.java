package dev.weft.ui;

/**
 * A control drawn over the page when open: a dialog, a bottom sheet, a snack bar, a banner, a
 * navigation drawer, a date or time picker. Open one with {@link Page#open} and close it with
 * {@link Page#close} (Flet's {@code page.open(dialog)}); the user may dismiss it in the browser
 * (Escape, a click on the scrim, a snack bar's time running out), which closes it on the server
 * too and runs {@link #onDismiss}.
 *
 * <p>Its {@code open} property is what the browser follows; {@code page.open} also puts an
 * overlay that is on no page into the page's {@linkplain Page#overlay() overlay list}. An overlay
 * may as well live anywhere in the tree (like a {@code FilePicker}): it takes no room there.
 *
 * @param <C> the overlay's own type
 */
public abstract class Overlay<C extends Overlay<C>> extends Control<C> {

  /** The event the browser sends when the user dismissed the overlay; no data. */
  public static final String DISMISS = "dismiss";

  /** An overlay without children. */
  protected Overlay() {
  }

  /** An overlay whose content is held in a list of at most {@code maxChildren}. */
  protected Overlay(int maxChildren) {
    super(maxChildren);
  }

  /** Whether the overlay shows; see {@link Page#open} and {@link Page#close}. */
  public boolean open() {
    return get("open") != null;
  }

  /** Opens or closes the overlay, sent with the next update; {@link Page#open} also updates. */
  public C open(boolean open) {
    return set("open", open ? Boolean.TRUE : null);
  }

  /**
   * Runs when the user dismissed the overlay in the browser (not after {@link Page#close}): it is
   * closed already when the handler runs.
   */
  public C onDismiss(EventHandler<C> handler) {
    return on(DISMISS, handler);
  }

  public C onDismissAsync(AsyncEventHandler<C> handler) {
    return onAsync(DISMISS, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return DISMISS.equals(event);
  }

  /** A dismissal closes the overlay on the server too; subclasses with values call this first. */
  @Override
  protected String acceptClientValue(String event, Object data) {
    if (DISMISS.equals(event)) {
      putSilently("open", null);
    }
    return null;
  }
}
