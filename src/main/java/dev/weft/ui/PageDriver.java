package dev.weft.ui;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The runtime's handle on a page: what a session needs that app authors should not see. It
 * creates the page, re-renders it for a new connection and turns client events into handler
 * calls.
 */
public final class PageDriver {

  private final Page page;

  public PageDriver(PageHost host, ClientInfo client, PageSink sink) {
    this(host, client, sink, 0);
  }

  /**
   * A page that holds at most {@code maxControls} controls ({@code limits.controlsPerPage}; 0 for
   * no limit): adding past it throws and changes nothing.
   */
  public PageDriver(PageHost host, ClientInfo client, PageSink sink, int maxControls) {
    if (maxControls < 0) {
      throw new IllegalArgumentException("maxControls must be >= 0 (0: no limit), not " + maxControls);
    }
    this.page = new Page(host, client, sink, maxControls);
  }

  public Page page() {
    return page;
  }

  /**
   * Brings a connection that re-attached up to date. {@code switchConnection} runs first, under
   * the page lock, so no update from a handler running elsewhere can slip in: it switches to the
   * new connection and replays what that browser missed, returning true, or returns false when
   * it cannot, and the whole page is sent again.
   */
  public void resync(ClientInfo client, BooleanSupplier switchConnection) {
    page.client(client);
    page.lock.lock();
    try {
      if (!switchConnection.getAsBoolean()) {
        page.render();
      }
    } finally {
      page.lock.unlock();
    }
  }

  /**
   * Takes a client event: finds the control, applies the value the user entered and returns the
   * handler to run, or null when the event only synced a value.
   *
   * @throws ProtocolException for an unknown control, an event it does not take, or bad data
   */
  public Dispatch dispatch(ClientEvent event) throws ProtocolException {
    page.lock.lock();
    try {
      Control<?> control = page.lookup(event.target());
      if (control == null) {
        throw new ProtocolException(ErrorCode.UNKNOWN_CONTROL,
            "no control " + event.target() + " on the page", event.seq());
      }
      Listener listener = control.listener(event.name());
      if (listener == null && !control.acceptsUnhandled(event.name())) {
        throw new ProtocolException(ErrorCode.UNKNOWN_EVENT,
            control + " does not listen to " + event.name(), event.seq());
      }
      for (Control<?> c = control; c != null; c = c.parent) {
        if (c.prop("disabled") != null) {
          throw new ProtocolException(ErrorCode.UNKNOWN_EVENT,
              control + " is disabled", event.seq());
        }
      }
      String refused = control.acceptClientValue(event.name(), event.data());
      if (refused != null) {
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, refused, event.seq());
      }
      return listener == null ? null : new Dispatch(control, listener, event);
    } finally {
      page.lock.unlock();
    }
  }

  /**
   * The page's whole tree as it stands, without sending anything: what a client that applied
   * every message so far, plus a final update, shows. For tests comparing the two.
   */
  public static dev.weft.protocol.Node snapshot(Page page) {
    page.lock.lock();
    try {
      return Diff.snapshot(page);
    } finally {
      page.lock.unlock();
    }
  }

  public List<Runnable> disconnectHooks() {
    return List.copyOf(page.disconnectHooks());
  }

  public List<Runnable> closeHooks() {
    return List.copyOf(page.closeHooks());
  }

  public List<UploadHandler> uploadHandlers() {
    return List.copyOf(page.uploadHandlers());
  }

  public List<LoginHandler> loginHandlers() {
    return List.copyOf(page.loginHandlers());
  }

  public List<AsyncLoginHandler> asyncLoginHandlers() {
    return List.copyOf(page.asyncLoginHandlers());
  }

  public List<LogoutHandler> logoutHandlers() {
    return List.copyOf(page.logoutHandlers());
  }

  public List<AsyncLogoutHandler> asyncLogoutHandlers() {
    return List.copyOf(page.asyncLogoutHandlers());
  }

  /** A handler ready to run for one event. */
  public static final class Dispatch {

    private final Control<?> control;
    private final Listener listener;
    private final ClientEvent event;

    Dispatch(Control<?> control, Listener listener, ClientEvent event) {
      this.control = control;
      this.listener = listener;
      this.event = event;
    }

    /** Whether the handler is async (runs on the event loop) rather than blocking. */
    public boolean isAsync() {
      return listener.isAsync();
    }

    /** Runs a blocking handler on the calling thread. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void runBlocking() throws Exception {
      ((EventHandler) listener.blocking()).handle(newEvent());
    }

    /** Runs an async handler; returns its stage, or null when it completed at once. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public java.util.concurrent.CompletionStage<?> runAsync() throws Exception {
      return ((AsyncEventHandler) listener.async()).handle(newEvent());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ControlEvent<?> newEvent() {
      return new ControlEvent(control, event.name(), event.data(), event.seq());
    }

    @Override
    public String toString() {
      return event.name() + " on " + control;
    }
  }
}
