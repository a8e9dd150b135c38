package dev.weft.testing;

import dev.weft.protocol.Ack;
import dev.weft.protocol.AppError;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Download;
import dev.weft.protocol.Storage;
import dev.weft.protocol.Navigate;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Pong;
import dev.weft.protocol.ProtocolError;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Render;
import dev.weft.protocol.Resume;
import dev.weft.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the server sent, as the test sees it: the mirrored page, every numbered message in order
 * (replayed ones again), the control messages apart, the protocol and app errors, and what broke
 * the protocol ({@link #failures}). It takes arrivals from the {@link ClientSocket} only when
 * asked ({@link #drain}, {@link #waitFor}), so the page stays still between the test's calls, and
 * tells its {@link Listener} what the server acknowledged and what was applied.
 *
 * <p>The sequence checks live in {@link ClientTree}; a message that breaks them is recorded as a
 * failure rather than thrown, since the test may be waiting for something else. A {@code resume}
 * keeps the page, so the replay that follows continues its count; a {@code render} replaces it.
 *
 * <p>Used under the client's lock.
 */
final class Inbox {

  /** Told, as messages are applied, what the sending side needs to know. */
  interface Listener {

    /** The server has accepted the client's events up to {@code ack}. */
    void acknowledged(long ack);

    /** A {@code render} or {@code resume} answered {@code register}; called after the ack. */
    void attached(String session, long ack, boolean resumed);

    /** A numbered message was applied; its seq is now the page's (called before attached). */
    void applied(long seq);

    /** What had arrived is applied; also called at least every 250 ms while a call waits. */
    void settled();
  }

  /** How long a wait may go without calling {@link Listener#settled()}. */
  private static final long SETTLE_NANOS = 250_000_000L;

  private final ClientSocket socket;
  private final Codec codec;
  private Listener listener;
  private ClientTree tree = new ClientTree();
  private final List<ServerMessage> messages = new ArrayList<>();
  private final List<ProtocolError> protocolErrors = new ArrayList<>();
  private final List<AppError> appErrors = new ArrayList<>();
  private final List<Navigate> navigations = new ArrayList<>();
  private final List<Download> downloads = new ArrayList<>();
  private final List<Storage> storageRequests = new ArrayList<>();
  private int storageTaken;
  private final List<String> failures = new ArrayList<>();
  private final List<ServerMessage> controlMessages = new ArrayList<>();
  private ServerMessage answer; // the render or resume that answered the last register
  private int appErrorsTaken;
  private int downloadsTaken;
  private int navigationsTaken;
  private int protocolErrorsTaken;
  private String sessionToken;

  Inbox(ClientSocket socket, Codec codec) {
    this.socket = socket;
    this.codec = codec;
  }

  void listener(Listener listener) {
    this.listener = listener;
  }

  /** Forgets the answer to the last register, before sending another. */
  void expectAnswer() {
    answer = null;
  }

  /** The {@code render} or {@code resume} that answered the last register, or null yet. */
  ServerMessage answer() {
    return answer;
  }

  List<ServerMessage> controlMessages() {
    return controlMessages;
  }

  ClientTree tree() {
    return tree;
  }

  /** The session's token, as the last render gave it: what a browser keeps. */
  String sessionToken() {
    return sessionToken;
  }

  List<ServerMessage> messages() {
    return messages;
  }

  List<ProtocolError> protocolErrors() {
    return protocolErrors;
  }

  List<AppError> appErrors() {
    return appErrors;
  }

  List<Navigate> navigations() {
    return navigations;
  }

  List<Download> downloads() {
    return downloads;
  }

  List<String> failures() {
    return failures;
  }

  String outline() {
    return PageOutline.of(tree);
  }

  // ------------------------------------------------------------------ waiting

  /** Applies everything already arrived, without waiting. */
  void drain() {
    ClientSocket.Arrival next;
    while ((next = socket.poll()) != null) {
      handle(next);
    }
    listener.settled();
  }

  /**
   * Applies what arrives, until {@code probe} gives a value. Fails fast when the socket closed and
   * nothing is left to apply: what is awaited can no longer come.
   *
   * @throws AssertionError on timeout or close, with the errors so far and an outline of the page
   */
  <T> T waitFor(Supplier<T> probe, Duration timeout, String what) {
    ClientSocket.notOnEventLoop();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      drain();
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (socket.closeStatus() != null) {
        throw new AssertionError("waited for " + what + ", but the socket closed ("
            + socket.closeStatus() + ")" + errorsSoFar() + "\npage:\n" + outline());
      }
      ClientSocket.Arrival next = socket.poll(Math.min(deadline, System.nanoTime() + SETTLE_NANOS));
      if (next != null) {
        handle(next);
      } else if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for "
            + what + errorsSoFar() + "\npage:\n" + outline());
      }
    }
  }

  /** The next app error not yet taken, waiting for it. */
  AppError nextAppError(Duration timeout) {
    AppError e = waitFor(() -> appErrors.size() > appErrorsTaken ? appErrors.get(appErrorsTaken) : null,
        timeout, "an appError");
    appErrorsTaken++;
    return e;
  }

  /** The next {@code storage} request not yet taken, waiting for it. */
  Storage nextStorage(Duration timeout) {
    Storage st = waitFor(() -> storageRequests.size() > storageTaken
        ? storageRequests.get(storageTaken) : null, timeout, "a storage request");
    storageTaken++;
    return st;
  }

  /** The next {@code download} not yet taken, waiting for it. */
  Download nextDownload(Duration timeout) {
    Download d = waitFor(() -> downloads.size() > downloadsTaken
        ? downloads.get(downloadsTaken) : null, timeout, "a download message");
    downloadsTaken++;
    return d;
  }

  /** The next {@code navigate} not yet taken, waiting for it. */
  Navigate nextNavigation(Duration timeout) {
    Navigate n = waitFor(() -> navigations.size() > navigationsTaken
        ? navigations.get(navigationsTaken) : null, timeout, "a navigate message");
    navigationsTaken++;
    return n;
  }

  /** The next protocol error not yet taken, waiting for it. */
  ProtocolError nextProtocolError(Duration timeout) {
    ProtocolError e = waitFor(() -> protocolErrors.size() > protocolErrorsTaken
        ? protocolErrors.get(protocolErrorsTaken) : null, timeout, "a protocol error");
    protocolErrorsTaken++;
    return e;
  }

  /** Waits until the socket closes, applying what comes before the close. */
  CloseStatus awaitClose(Duration timeout) {
    return waitFor(socket::closeStatus, timeout, "the socket to close");
  }

  private String errorsSoFar() {
    StringBuilder sb = new StringBuilder();
    if (!protocolErrors.isEmpty()) {
      sb.append("\nprotocol errors: ").append(protocolErrors);
    }
    if (!appErrors.isEmpty()) {
      sb.append("\napp errors: ").append(appErrors);
    }
    if (!failures.isEmpty()) {
      sb.append("\nfailures: ").append(failures);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ applying

  private void handle(ClientSocket.Arrival arrival) {
    if (arrival instanceof ClientSocket.Failed f) {
      if (socket.closeStatus() == null) {
        failures.add("WebSocket failure: " + f.cause());
      }
      return;
    }
    if (arrival instanceof ClientSocket.Binary) {
      failures.add("the server sent a binary frame, which the protocol does not use");
      return;
    }
    if (!(arrival instanceof ClientSocket.Text frame)) {
      return; // the close: the socket has recorded its status
    }
    ServerMessage message;
    try {
      message = codec.decodeServer(frame.text());
    } catch (ProtocolException e) {
      failures.add("an undecodable frame (" + e.getMessage() + "): " + abbreviate(frame.text()));
      return;
    }
    if (message.seq() == 0 && !(message instanceof ProtocolError)) {
      controlMessages.add(message);
    } else {
      messages.add(message);
    }
    try {
      apply(message);
    } catch (RuntimeException e) {
      failures.add(message.getClass().getSimpleName().toLowerCase(Locale.ROOT)
          + " seq " + message.seq() + ": " + e.getMessage());
    }
  }

  private void apply(ServerMessage message) {
    if (message instanceof Render r) {
      tree.apply(r);
      sessionToken = r.session();
      answer = r;
      listener.applied(r.seq());
      listener.attached(r.session(), r.ack(), false);
    } else if (message instanceof Resume r) {
      answer = r;
      if (tree.root() == null) {
        throw new IllegalStateException("a resume, but the client has no page to keep");
      }
      if (!r.session().equals(sessionToken)) {
        throw new IllegalStateException("a resume of another session than this client's");
      }
      listener.attached(r.session(), r.ack(), true);
    } else if (message instanceof Ack a) {
      listener.acknowledged(a.ack());
    } else if (message instanceof Pong) {
      return; // kept among the control messages; the test client does not watch the heartbeat
    } else {
      applyNumbered(message);
    }
  }

  private void applyNumbered(ServerMessage message) {
    if (message instanceof ProtocolError e) {
      protocolErrors.add(e);
      if (e.seq() == 0) {
        return; // answered before the session existed, outside the sequence
      }
    } else if (message instanceof AppError e) {
      appErrors.add(e);
    } else if (message instanceof Navigate n) {
      navigations.add(n); // a browser would leave the page (or open a tab); the test decides
    } else if (message instanceof Download d) {
      downloads.add(d); // a browser would fetch and save it; the test may fetch it itself
    } else if (message instanceof Storage st) {
      storageRequests.add(st); // the test answers it, as a browser's local storage would
    }
    listener.acknowledged(message.ack()); // an ack holds even when the message does not fit
    if (message instanceof Patch p) {
      tree.apply(p);
    } else {
      tree.skip(message.seq());
    }
    listener.applied(message.seq());
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
