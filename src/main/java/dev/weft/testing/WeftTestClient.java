package dev.weft.testing;

import dev.weft.protocol.AppError;
import dev.weft.protocol.Download;
import dev.weft.protocol.Storage;
import dev.weft.protocol.Navigate;
import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Codec;
import dev.weft.protocol.ProtocolError;
import dev.weft.protocol.Resume;
import dev.weft.protocol.ServerMessage;
import dev.weft.secrets.LogTag;
import dev.weft.session.SessionToken;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A headless browser for tests of Weft apps, in the spirit of Phoenix's LiveViewTest: it opens
 * the app's WebSocket like the real client, mirrors the page in a {@link ClientTree}, and lets a
 * test find controls by their text or key, click, type, toggle and wait for what should appear.
 *
 * <pre>{@code
 * try (WeftTestClient client = WeftTestClient.connect("http://localhost:8000/")) {
 *   client.click(client.find("+1"));
 *   client.awaitText("1", Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <h2>Blocking, and bounded</h2>
 * Every method blocks the calling thread until it is done, and every wait is bounded (by the
 * timeout given, else {@link ConnectOptions#timeout()}); none may be called on a Vert.x event
 * loop, where blocking would stall the very server under test, so they throw there. Failures are
 * {@link AssertionError}s whose message holds an outline of the page.
 *
 * <h2>When the mirror changes</h2>
 * Frames are queued as they arrive and applied, in order, only inside calls to this client: the
 * tree that {@link #tree()} returns stays still between calls, so a test reads a consistent page.
 * Each call first applies whatever has arrived. A patch that does not fit the tree, a skipped
 * sequence number or an undecodable frame is not thrown at the point it arrives (the test may be
 * waiting for something else) but recorded in {@link #failures()}; assert on it with
 * {@link #assertNoFailures()}.
 *
 * <h2>Like a browser, and not</h2>
 * User actions behave as the browser client does: typing, toggling, choosing and focusing update
 * the mirror and send their event only when the control listens to it. {@link #click} and
 * {@link #submit} exist only to run a handler, so they fail when the control does not listen —
 * a test that clicks a dead button should not pass by doing nothing. Nothing can be done to a
 * disabled control. For tests of the protocol itself, {@link #send(String)},
 * {@link #sendBinary(byte[])} and {@link #sendEvent(int, String, Object)} bypass every check.
 *
 * <h2>Across drops: acks, resend, resume</h2>
 * The client is the browser's half of the reliable session (docs/protocol.md). It keeps every
 * event until the server acknowledges it ({@link #unacknowledged()}, {@link #serverAck()});
 * {@link #disconnect()} cuts the socket as a network failure would (what arrived but was not yet
 * applied is lost), and user actions while it is down are kept. {@link #reconnect()} re-attaches
 * with the session's id and, as {@code ack}, the last server seq applied; the server answers
 * {@code resume} (the page is kept and the missed messages are replayed, see
 * {@link #lastResume()}) or a full {@code render}, and the client drops what the answer
 * acknowledges and resends the rest in order with their original seq. It acknowledges what it
 * applied as the browser does: an {@code ack} after 32 messages, or once it is in a call 250 ms
 * after applying one, and on each event. For tests of the protocol's edge cases,
 * {@link ConnectOptions#autoAck(boolean)} and {@link ConnectOptions#autoResend(boolean)} turn
 * that off, and {@link #sendAck()}, {@link #resend()} and {@link #sendPing()} do it by hand.
 * {@link #messages()} holds the numbered messages (a replay shows again there);
 * {@link #controlMessages()} the {@code resume}, {@code ack} and {@code pong}. A session the
 * server no longer has fails the re-attach with a {@link ConnectFailedException} whose
 * {@link CloseStatus} is 4002. The client does not watch the server's heartbeat.
 *
 * <p>Thread-safe, but meant for one test thread: calls from several threads are serialised, and
 * a waiting call holds the others up.
 */public final class WeftTestClient implements AutoCloseable {

  private final ConnectOptions options;
  private final Codec codec = new Codec();
  private final ClientSocket socket;
  private final Inbox inbox;
  private final Outbound outbound;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed; // guarded by lock

  private WeftTestClient(ConnectOptions options) {
    this.options = options;
    this.socket = new ClientSocket(options);
    this.inbox = new Inbox(socket, codec);
    this.outbound = new Outbound(socket, codec, options.autoAck(), options.autoResend());
    inbox.listener(outbound);
  }

  // ------------------------------------------------------------------ connecting

  /** Opens the app at {@code appUrl} (e.g. {@code http://localhost:8000/}) on route {@code /}. */
  public static WeftTestClient connect(String appUrl) {
    return connect(ConnectOptions.of(appUrl));
  }

  /** Opens the app at {@code appUrl} on a route such as {@code "/orders/7?tab=items"}. */
  public static WeftTestClient connect(String appUrl, String route) {
    return connect(ConnectOptions.of(appUrl).route(route));
  }

  /** Opens the app using a given Vert.x instance (which {@link #close()} leaves open). */
  public static WeftTestClient connect(Vertx vertx, String appUrl) {
    return connect(ConnectOptions.of(appUrl).vertx(vertx));
  }

  /** Opens the app on a route, using a given Vert.x instance. */
  public static WeftTestClient connect(Vertx vertx, String appUrl, String route) {
    return connect(ConnectOptions.of(appUrl).vertx(vertx).route(route));
  }

  /**
   * Re-attaches to the session whose token ({@link #sessionToken()}) is {@code sessionToken},
   * taking it over from its current connection (which
   * the server closes with 4001), with a full render. The client's sequence numbers start at 1;
   * to resume a session in which events were sent, use
   * {@link ConnectOptions#resuming(WeftTestClient)} or {@link #reconnect()}.
   *
   * @throws ConnectFailedException with close status 4002 when the server does not have it, or
   *     the token's secret is not the session's
   */
  public static WeftTestClient connect(Vertx vertx, String appUrl, String route, String sessionToken) {
    return connect(ConnectOptions.of(appUrl).vertx(vertx).route(route).session(sessionToken));
  }

  /**
   * Opens a connection as the options say. Unless told not to register, sends {@code register}
   * and returns once the first {@code render} has been applied.
   *
   * @throws ConnectFailedException when the WebSocket cannot be opened, or the server closes it
   *     instead of answering (4002 for a session it does not have)
   * @throws AssertionError when no render comes in time, or the server refuses register
   */
  public static WeftTestClient connect(ConnectOptions options) {
    ClientSocket.notOnEventLoop();
    WeftTestClient client = new WeftTestClient(options.copy());
    try {
      client.enter();
      try {
        client.open(options.session(), options.firstSeq());
      } finally {
        client.lock.unlock();
      }
      return client;
    } catch (RuntimeException | Error e) {
      client.socket.release();
      throw e;
    }
  }

  /**
   * Drops the connection (if still open, with a close frame, after applying what came before it)
   * and opens a new one that re-attaches to this session, as the browser does after a network
   * blip: {@code register} carries the session's id, the next client seq and, as {@code ack}, the
   * last server seq applied. Returns once the answer was applied: a {@code resume} (the page is
   * kept; the replay follows and is applied as it arrives, see {@link #lastResume()}) or a
   * {@code render}. Either way the events the answer's {@code ack} covers are dropped and the rest
   * resent in order with their original seq (unless {@link ConnectOptions#autoResend} is off).
   *
   * @throws ConnectFailedException when the server closes the socket instead of answering: its
   *     {@link ConnectFailedException#closeStatus()} is {@code 4002} when the session is gone
   *     (expired, or the server restarted); {@link #closeStatus()} then says the same
   */
  public void reconnect() {
    locked(() -> {
      requireNotClosed();
      inbox.drain();
      if (socket.isOpen()) {
        socket.close((short) 1000, "reconnecting");
        inbox.awaitClose(options.timeout());
      }
      open(inbox.sessionToken(), outbound.lastSeq() + 1);
    });
  }

  /**
   * As {@link #reconnect()}, through the server at {@code appUrl} instead (the same app's base URL
   * on another instance of a cluster), as a browser behind a load balancer without sticky
   * sessions does. Later reconnects go there too.
   *
   * @throws ConnectFailedException as {@link #reconnect()} does; 4002 when no instance has the
   *     session any more
   */
  public void reconnect(String appUrl) {
    locked(() -> {
      requireNotClosed();
      socket.retarget(ConnectOptions.of(appUrl));
      reconnect();
    });
  }

  /**
   * Cuts the connection as a network failure would: what has arrived but not yet been applied is
   * lost (so an {@code ack} or patch in flight never reaches the page), and nothing is sent first.
   * The session stays on the server; user actions from now on are kept and sent after
   * {@link #reconnect()}. {@link #closeStatus()} reports 1006.
   */
  public void disconnect() {
    locked(() -> {
      requireNotClosed();
      socket.cut();
    });
  }

  private void open(String session, long firstSeq) {
    socket.open();
    outbound.continueAt(firstSeq);
    if (!options.register()) {
      return;
    }
    int errorsBefore = inbox.protocolErrors().size();
    inbox.expectAnswer();
    outbound.register(session, inbox.tree().seq(), options);
    inbox.waitFor(() -> {
      if (inbox.answer() != null) {
        return inbox.answer();
      }
      List<ProtocolError> errors = inbox.protocolErrors();
      if (errors.size() > errorsBefore) {
        throw new AssertionError("the server refused register: "
            + errors.subList(errorsBefore, errors.size()));
      }
      CloseStatus status = socket.closeStatus();
      if (status != null) {
        throw new ConnectFailedException("the server closed the socket instead of answering "
            + "register" + (session == null ? "" : " (re-attaching to session " + session + ")")
            + ": " + status + (status.meaning().isEmpty() ? "" : ", " + status.meaning()), status);
      }
      return null;
    }, options.timeout(), session == null ? "the first render" : "a resume or render");
  }

  // ------------------------------------------------------------------ finding controls

  /**
   * The one control whose whole text is exactly {@code text}: a text's value, a button's text,
   * or the label of a text field, checkbox, switch or dropdown.
   *
   * @throws AssertionError when no control, or more than one, has that text
   */
  public ClientTree.Entry find(String text) {
    return one(e -> text.equals(PageOutline.textOf(e)), "the text " + quote(text));
  }

  /**
   * The one control whose {@code key} is {@code key}.
   *
   * @throws AssertionError when no control, or more than one, has that key
   */
  public ClientTree.Entry findByKey(String key) {
    return one(e -> key.equals(e.prop("key")), "the key " + quote(key));
  }

  /**
   * Every control of a type ({@code "button"}, {@code "text"}, …), depth first.
   *
   * @throws AssertionError when there is none
   */
  public List<ClientTree.Entry> findAll(String type) {
    List<ClientTree.Entry> found = controls(e -> e.type().equals(type));
    if (found.isEmpty()) {
      throw new AssertionError("no control of type " + quote(type) + " on the page:\n" + outline());
    }
    return found;
  }

  /** The controls matching a predicate, depth first; empty when none does. */
  public List<ClientTree.Entry> controls(Predicate<ClientTree.Entry> predicate) {
    return current(() -> inbox.tree().all().stream().filter(predicate).toList());
  }

  /** Whether some control's whole text is exactly {@code text}. */
  public boolean hasText(String text) {
    return !controls(e -> text.equals(PageOutline.textOf(e))).isEmpty();
  }

  private ClientTree.Entry one(Predicate<ClientTree.Entry> predicate, String what) {
    return locked(() -> {
      List<ClientTree.Entry> found = controls(predicate);
      if (found.isEmpty()) {
        throw new AssertionError("no control with " + what + " on the page:\n" + outline());
      }
      if (found.size() > 1) {
        throw new AssertionError(found.size() + " controls have " + what + " ("
            + found.stream().map(PageOutline::line).toList() + "); use findByKey or controls():\n"
            + outline());
      }
      return found.get(0);
    });
  }
  // ------------------------------------------------------------------ acting like a user

  /**
   * Clicks a control (a button, icon button or clickable container).
   *
   * @return the seq of the {@code click} event sent
   * @throws AssertionError when the control is gone, disabled or does not listen to clicks
   */
  public long click(ClientTree.Entry control) {
    return locked(() -> {
      ClientTree.Entry live = live(control, "click");
      requireListens(live, "click");
      return sendEventLocked(live.id(), "click", null);
    });
  }

  /** Clicks the one control whose whole text is {@code text} (see {@link #find}). */
  public long click(String text) {
    return click(find(text));
  }

  /**
   * Types into a text field: its value becomes {@code text}, in the mirror and on the server. Like
   * the browser, it sends a {@code change} whether or not the field listens to it (the browser
   * sends each edit to a listening field, and each committed edit otherwise, which keeps the
   * server's value current).
   *
   * @return the seq of the {@code change} event
   * @throws AssertionError when the control is not an enabled, writable text field, or the text
   *     is longer than its {@code maxLength}
   */
  public long type(ClientTree.Entry textField, String text) {
    Objects.requireNonNull(text, "text");
    return locked(() -> {
      ClientTree.Entry live = live(textField, "type into");
      requireType(live, "type into", "textField");
      if (Boolean.TRUE.equals(live.prop("readOnly"))) {
        throw new AssertionError("cannot type into " + PageOutline.line(live) + ": it is read-only");
      }
      if (live.prop("maxLength") instanceof Number max
          && text.codePointCount(0, text.length()) > max.intValue()) {
        throw new AssertionError("cannot type " + text.length() + " characters into "
            + PageOutline.line(live) + ": its maxLength is " + max);
      }
      inbox.tree().userSet(live.id(), "value", text.isEmpty() ? null : text);
      return sendEventLocked(live.id(), "change", text);
    });
  }

  /**
   * Presses Enter in a single-line text field: sends {@code submit} with its value.
   *
   * @return the seq of the {@code submit} event
   * @throws AssertionError when the field is gone, disabled, multi-line or has no submit handler
   */
  public long submit(ClientTree.Entry textField) {
    return locked(() -> {
      ClientTree.Entry live = live(textField, "submit");
      requireType(live, "submit", "textField");
      if (Boolean.TRUE.equals(live.prop("multiline"))) {
        throw new AssertionError("cannot submit " + PageOutline.line(live)
            + ": Enter in a multi-line field starts a new line");
      }
      requireListens(live, "submit");
      return sendEventLocked(live.id(), "submit", stringValue(live));
    });
  }

  /**
   * Flips a checkbox or switch; sends {@code change} with the new value (always, as the browser
   * does, to keep the server's value current).
   *
   * @return the seq of the {@code change} event
   */
  public long toggle(ClientTree.Entry toggle) {
    return locked(() -> {
      ClientTree.Entry live = live(toggle, "toggle");
      requireType(live, "toggle", "checkbox", "switch");
      boolean on = !Boolean.TRUE.equals(live.prop("value"));
      inbox.tree().userSet(live.id(), "value", on ? Boolean.TRUE : null);
      return sendEventLocked(live.id(), "change", on);
    });
  }

  /**
   * Chooses a dropdown's option by key; sends {@code change} (always, as the browser does).
   *
   * @return the seq of the {@code change} event
   * @throws AssertionError when the dropdown has no option with that key
   */
  public long select(ClientTree.Entry dropdown, String key) {
    Objects.requireNonNull(key, "key");
    return locked(() -> {
      ClientTree.Entry live = live(dropdown, "select in");
      requireType(live, "select in", "dropdown");
      List<String> keys = new ArrayList<>();
      if (live.prop("options") instanceof List<?> options) {
        for (Object option : options) {
          if (option instanceof Map<?, ?> m && m.get("key") != null) {
            keys.add(String.valueOf(m.get("key")));
          }
        }
      }
      if (!keys.contains(key)) {
        throw new AssertionError(PageOutline.line(live) + " has no option " + quote(key)
            + "; its options are " + keys);
      }
      inbox.tree().userSet(live.id(), "value", key);
      return sendEventLocked(live.id(), "change", key);
    });
  }

  /**
   * Moves the focus to a control; sends {@code focus} when it listens.
   *
   * @return the event's seq, or 0 when none was sent
   */
  public long focus(ClientTree.Entry control) {
    return locked(() -> {
      ClientTree.Entry live = live(control, "focus");
      return listens(live, "focus") ? sendEventLocked(live.id(), "focus", null) : 0;
    });
  }

  /**
   * Moves the focus away from a control; sends {@code blur} when it listens, with a text field's
   * value as its data (null for other controls).
   *
   * @return the event's seq, or 0 when none was sent
   */
  public long blur(ClientTree.Entry control) {
    return locked(() -> {
      ClientTree.Entry live = live(control, "blur");
      Object data = live.type().equals("textField") ? stringValue(live) : null;
      return listens(live, "blur") ? sendEventLocked(live.id(), "blur", data) : 0;
    });
  }

  /**
   * Presses a key on the page, as the browser reports it to {@code page.onKeyboardEvent}: sends
   * the page's {@code keyboard} event when the page listens to it (a browser sends nothing
   * otherwise).
   *
   * @param key the key as the browser names it: {@code "k"}, {@code "Enter"}, {@code "ArrowUp"}
   * @return the event's seq, or 0 when none was sent
   */
  public long pressKey(String key, boolean shift, boolean ctrl, boolean alt, boolean meta) {
    return locked(() -> {
      inbox.drain();
      ClientTree.Entry page = inbox.tree().root();
      if (page == null || !listens(page, "keyboard")) {
        return 0L;
      }
      Map<String, Object> data = new java.util.LinkedHashMap<>();
      data.put("key", key);
      data.put("shift", shift);
      data.put("ctrl", ctrl);
      data.put("alt", alt);
      data.put("meta", meta);
      return sendEventLocked(0, "keyboard", dev.weft.protocol.Json.writeValue(data));
    });
  }

  /**
   * Answers a {@code storage} request as the browser does, with its value (for get; null for
   * the other operations, a list of keys for keys), through the page's {@code storage} event.
   *
   * @return the event's seq
   */
  public long answerStorage(long id, Object value) {
    Map<String, Object> answer = new java.util.LinkedHashMap<>();
    answer.put("id", id);
    answer.put("ok", true);
    answer.put("value", value);
    return sendEvent(0, "storage", dev.weft.protocol.Json.writeValue(answer));
  }

  /** Answers a {@code storage} request with a failure, as a browser whose storage refused it. */
  public long failStorage(long id, String error) {
    return sendEvent(0, "storage", dev.weft.protocol.Json.writeValue(
        Map.of("id", id, "ok", false, "error", error)));
  }

  /**
   * Answers a {@code storage} request the way a browser's local storage would, with
   * {@code local} standing for it (keys as the app names them, the app prefix left out).
   *
   * @return the event's seq
   */
  public long answerStorage(Storage request, Map<String, Object> local) {
    Object value = switch (request.op()) {
      case Storage.GET -> local.get(request.key());
      case Storage.SET -> {
        local.put(request.key(), request.value());
        yield null;
      }
      case Storage.REMOVE -> {
        local.remove(request.key());
        yield null;
      }
      case Storage.KEYS -> List.copyOf(local.keySet());
      case Storage.CLEAR -> {
        local.clear();
        yield null;
      }
      default -> throw new AssertionError("unknown storage op " + request.op());
    };
    return answerStorage(request.id(), value);
  }

  // ------------------------------------------------------------------ waiting

  /**
   * Waits until some control's whole text is exactly {@code text} and returns it.
   *
   * @throws AssertionError on timeout, with an outline of the page
   */
  public ClientTree.Entry awaitText(String text, Duration timeout) {
    return awaitControl(e -> text.equals(PageOutline.textOf(e)), timeout,
        "a control with the text " + quote(text));
  }

  /** Waits until no control's whole text is {@code text} any more. */
  public void awaitNoText(String text, Duration timeout) {
    awaitTree(t -> t.all().stream().noneMatch(e -> text.equals(PageOutline.textOf(e))), timeout,
        "the text " + quote(text) + " to go");
  }

  /** Waits until a control matches and returns the first that does, depth first. */
  public ClientTree.Entry awaitControl(Predicate<ClientTree.Entry> predicate, Duration timeout) {
    return awaitControl(predicate, timeout, "a control matching the predicate");
  }

  private ClientTree.Entry awaitControl(Predicate<ClientTree.Entry> predicate, Duration timeout,
                                        String what) {
    return locked(() -> {
      return inbox.waitFor(() -> inbox.tree().all().stream().filter(predicate).findFirst()
          .orElse(null), timeout, what);
    });
  }

  /** Waits until the whole mirrored tree satisfies a condition; returns the tree. */
  public ClientTree awaitTree(Predicate<ClientTree> condition, Duration timeout) {
    return awaitTree(condition, timeout, "the page to match the condition");
  }

  private ClientTree awaitTree(Predicate<ClientTree> condition, Duration timeout, String what) {
    return locked(() -> {
      return inbox.waitFor(() -> {
        ClientTree tree = inbox.tree();
        return tree.root() != null && condition.test(tree) ? tree : null;
      }, timeout, what);
    });
  }

  /**
   * Waits for the next {@code appError} not yet returned by this method (the first call returns
   * the first one received, and so on).
   */
  public AppError awaitAppError(Duration timeout) {
    return locked(() -> inbox.nextAppError(timeout));
  }

  /**
   * Waits for the next {@code navigate} not yet returned by this method: the page sent the
   * browser to a URL ({@code page.launchUrl}, or a sign-in going to its provider). The test client
   * stays on the page; a test that follows the URL reconnects itself.
   */
  public Navigate awaitNavigate(Duration timeout) {
    return locked(() -> inbox.nextNavigation(timeout));
  }

  /**
   * Waits for the next {@code download} not yet returned by this method: the page asked the
   * browser to save a file ({@code page.download}). Fetch its URL (relative to the app's base)
   * to get the file; it works once.
   */
  public Download awaitDownload(Duration timeout) {
    return locked(() -> inbox.nextDownload(timeout));
  }

  /**
   * Waits for the next {@code storage} request not yet returned by this method
   * ({@code page.clientStorage()}); answer it with {@link #answerStorage} or
   * {@link #failStorage}, or leave it to time out.
   */
  public Storage awaitStorageRequest(Duration timeout) {
    return locked(() -> inbox.nextStorage(timeout));
  }

  /**
   * Waits for the next protocol {@code error} not yet returned by this method (the first call
   * returns the first one received, and so on).
   */
  public ProtocolError awaitProtocolError(Duration timeout) {
    return locked(() -> inbox.nextProtocolError(timeout));
  }

  /** Waits until the server closes the socket; returns its close code and reason. */
  public CloseStatus awaitClose(Duration timeout) {
    return locked(() -> inbox.awaitClose(timeout));
  }

  // ------------------------------------------------------------------ raw protocol access

  /** Sends a text frame as it is: for tests of what the server does with bad input. */
  public void send(String frame) {
    locked(() -> {
      requireOpen();
      socket.send(frame);
    });
  }

  /** Sends a binary frame (which the protocol does not use). */
  public void sendBinary(byte[] bytes) {
    locked(() -> {
      requireOpen();
      socket.sendBinary(bytes);
    });
  }

  /**
   * Sends an {@code event} with the next seq, without any of the checks user actions make (the
   * target may not exist, or not listen).
   *
   * @return the event's seq
   */
  public long sendEvent(int target, String name, Object data) {
    return locked(() -> sendEventLocked(target, name, data));
  }

  /** Takes the next client seq, for a hand-made frame sent with {@link #send(String)}. */
  public long nextSeq() {
    return locked(() -> outbound.takeSeq());
  }

  /**
   * Sends an {@code ack} of the last server message applied, now, whatever
   * {@link ConnectOptions#autoAck} says.
   *
   * @return the seq acknowledged
   */
  public long sendAck() {
    return locked(() -> {
      requireOpen();
      outbound.sendAck();
      return inbox.tree().seq();
    });
  }

  /**
   * Sends every event the server has not acknowledged, in order, with its original seq, as a
   * re-attach does by itself unless {@link ConnectOptions#autoResend} is off.
   *
   * @return how many were sent
   */
  public int resend() {
    return locked(() -> {
      requireOpen();
      return outbound.resend();
    });
  }

  /** Sends {@code ping}; the server's {@code pong} shows in {@link #controlMessages()}. */
  public void sendPing() {
    locked(() -> {
      requireOpen();
      outbound.sendPing();
    });
  }

  /**
   * Numbers and sends an event (the seq is taken even when it cannot be sent). While the socket is
   * down after a close the browser would resume from (a cut, 4003, 4004, …), the event is kept
   * and sent after {@link #reconnect()}, as the browser keeps clicks made while offline.
   */
  private long sendEventLocked(int target, String name, Object data) {
    requireNotClosed();
    inbox.drain();
    if (!socket.isOpen()) {
      CloseStatus status = socket.closeStatus();
      if (status == null || !status.resumable() || inbox.sessionToken() == null) {
        throw new IllegalStateException("the WebSocket is closed"
            + (status == null ? "" : " (" + status + ")"));
      }
    }
    return outbound.event(target, name, data);
  }

  // ------------------------------------------------------------------ state

  /**
   * The session's id, as its page knows it ({@code page.sessionId()}): the first part of
   * {@link #sessionToken()}; null before a render.
   */
  public String sessionId() {
    return current(() -> idOf(inbox.sessionToken()));
  }

  private static String idOf(String sessionToken) {
    SessionToken token = SessionToken.parse(sessionToken);
    return token == null ? null : token.id();
  }

  /**
   * What a browser keeps to come back to its session, from the last render: the session's id and
   * its secret, opaque to the browser; null before a render. Presented whole in {@code register}
   * ({@link ConnectOptions#session}), it takes the session over.
   */
  public String sessionToken() {
    return current(() -> inbox.sessionToken());
  }

  /**
   * The mirrored page, with everything received so far applied. It changes only during calls to
   * this client; read it from the test's thread.
   */
  public ClientTree tree() {
    return current(() -> inbox.tree());
  }

  /** The page as an indented outline (see {@link PageOutline}). */
  public String outline() {
    return current(() -> inbox.outline());
  }

  /** The seq of the last server message applied (0 before any). */
  public long lastSeq() {
    return current(() -> inbox.tree().seq());
  }

  /** The seq of the last message this client sent. */
  public long clientSeq() {
    return locked(() -> outbound.lastSeq());
  }

  /**
   * The highest client seq the server has acknowledged in this session (from the {@code ack} of
   * its messages, standalone {@code ack}s and {@code resume}); 0 before any.
   */
  public long serverAck() {
    return current(() -> outbound.serverAck());
  }

  /**
   * The events sent, or kept while the socket was down, that the server has not acknowledged
   * yet, in seq order: what a re-attach resends.
   */
  public List<ClientEvent> unacknowledged() {
    return current(() -> outbound.unacknowledged());
  }

  /**
   * The {@code resume} that answered the last {@code register}, or empty when it was a
   * {@code render} (or none came yet): whether the last re-attach got a replay or the whole page.
   */
  public Optional<Resume> lastResume() {
    return current(() -> inbox.answer() instanceof Resume r ? Optional.of(r) : Optional.empty());
  }

  /**
   * Every numbered server message ({@code render}, {@code patch}, {@code error},
   * {@code appError}) received, in order, across reconnects; a replay after {@code resume} shows
   * here again as it arrives. Control messages are in {@link #controlMessages()}.
   */
  public List<ServerMessage> messages() {
    return snapshot(inbox.messages());
  }

  /** Every control message ({@code resume}, {@code ack}, {@code pong}) received, in order. */
  public List<ServerMessage> controlMessages() {
    return snapshot(inbox.controlMessages());
  }

  /** Every {@code appError} received, in order. */
  public List<AppError> appErrors() {
    return snapshot(inbox.appErrors());
  }

  /** Every {@code navigate} received, in order. */
  public List<Navigate> navigations() {
    return snapshot(inbox.navigations());
  }

  /**
   * Every {@code download} received, in order: the page asked the browser to save a file
   * ({@code page.download}); its URL, relative to the app's base, works once.
   */
  public List<Download> downloads() {
    return snapshot(inbox.downloads());
  }

  /** Every protocol {@code error} received, in order. */
  public List<ProtocolError> protocolErrors() {
    return snapshot(inbox.protocolErrors());
  }

  /**
   * What went wrong in the client's view of the protocol: sequence gaps, patches that did not fit
   * the tree, undecodable frames, socket failures. Empty for a correct server.
   */
  public List<String> failures() {
    return snapshot(inbox.failures());
  }

  /** Throws when anything is in {@link #failures()}. */
  public void assertNoFailures() {
    List<String> seen = failures();
    if (!seen.isEmpty()) {
      throw new AssertionError(seen.size() + " protocol failures seen by the client: " + seen);
    }
  }

  /** How the socket closed, or empty while it is open. */
  public Optional<CloseStatus> closeStatus() {
    return current(() -> Optional.ofNullable(socket.closeStatus()));
  }

  /** Whether the socket is open (as far as the frames applied so far tell; false after a cut). */
  public boolean isOpen() {
    return closeStatus().isEmpty() && !closed;
  }

  private <T> List<T> snapshot(List<T> list) {
    return current(() -> List.copyOf(list));
  }

  // ------------------------------------------------------------------ closing

  /**
   * Closes the socket (code 1000) and the client's WebSocket client; closes the Vert.x instance
   * when the client created it. Idempotent.
   */
  @Override
  public void close() {
    locked(() -> {
      if (closed) {
        return;
      }
      closed = true;
      try {
        inbox.drain();
        socket.close((short) 1000, "test done");
      } finally {
        socket.release();
      }
    });
  }

  // ------------------------------------------------------------------ helpers

  /** The control as it is now on the page; fails when it is gone or disabled. */
  private ClientTree.Entry live(ClientTree.Entry control, String action) {
    inbox.drain();
    ClientTree.Entry live = inbox.tree().get(control.id());
    if (live == null) {
      throw new AssertionError("cannot " + action + " " + control + ": it is no longer on the page:\n"
          + outline());
    }
    for (ClientTree.Entry e = live; e != null; e = e.parent()) {
      if (Boolean.TRUE.equals(e.prop("disabled"))) {
        throw new AssertionError("cannot " + action + " " + PageOutline.line(live) + ": "
            + (e == live ? "it is" : PageOutline.line(e) + " around it is") + " disabled");
      }
    }
    return live;
  }

  private static boolean listens(ClientTree.Entry control, String event) {
    return control.prop("events") instanceof List<?> events && events.contains(event);
  }

  private void requireListens(ClientTree.Entry control, String event) {
    if (!listens(control, event)) {
      throw new AssertionError(PageOutline.line(control) + " does not listen to " + event
          + ", so a browser would send nothing:\n" + outline());
    }
  }

  private static void requireType(ClientTree.Entry control, String action, String... types) {
    for (String type : types) {
      if (control.type().equals(type)) {
        return;
      }
    }
    throw new AssertionError("cannot " + action + " " + PageOutline.line(control) + ": it is not a "
        + String.join(" or ", types));
  }

  private static String stringValue(ClientTree.Entry control) {
    Object value = control.prop("value");
    return value == null ? "" : String.valueOf(value);
  }

  private void requireOpen() {
    requireNotClosed();
    inbox.drain();
    if (!socket.isOpen()) {
      throw new IllegalStateException("the WebSocket is closed"
          + (socket.closeStatus() == null ? "" : " (" + socket.closeStatus() + ")"));
    }
  }

  private void requireNotClosed() {
    if (closed) {
      throw new IllegalStateException("this test client is closed");
    }
  }

  /** Takes the client's lock, refusing event-loop threads (the lock may be held by a waiting call). */
  private void enter() {
    ClientSocket.notOnEventLoop();
    lock.lock();
  }

  /** Runs {@code body} holding the lock: every public call goes through here or {@link #enter}. */
  private <T> T locked(Supplier<T> body) {
    enter();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  private void locked(Runnable body) {
    locked(() -> {
      body.run();
      return null;
    });
  }

  /** Reads state after applying whatever has arrived. */
  private <T> T current(Supplier<T> read) {
    return locked(() -> {
      inbox.drain();
      return read.get();
    });
  }

  private static String quote(String s) {
    return '"' + s + '"';
  }

  @Override
  public String toString() {
    return "WeftTestClient[" + options.webSocketUrl() + ", session " + LogTag.of(idOf(inbox.sessionToken())) + "]";
  }
}
