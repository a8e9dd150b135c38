package dev.weft.bench;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.internal.http.WebSocketInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * One simulated browser tab: a WebSocket speaking Weft's protocol (docs/protocol.md), or the same
 * bytes to the raw echo server.
 *
 * <p>Against Weft it checks what a real client relies on: the first server message is a
 * {@code render} carrying the button keyed {@code plus}; every later numbered message is a
 * {@code patch} whose {@code seq} is exactly one above the previous one; each click's patch
 * carries the click count as {@code "value":"<n>"} (the counter's new value, or the big page's
 * changed cell). The control messages ({@code ack}, {@code pong}, {@code resume}) are outside the
 * sequence and only counted. The echo server's answers are only counted.
 *
 * <p>Like the browser it acknowledges what it applied (docs/protocol.md), so the server's replay
 * buffers stay trimmed as they would in production: each click carries the last seq applied as
 * {@code ack}, and a session that applied messages without clicking sends a standalone
 * {@code ack} after {@value #ACK_EVERY} of them or at the latest {@value #ACK_AFTER_MS} ms after
 * the first. Never to the echo server, which would answer an ack as if it were a click.
 *
 * <p>All methods run on the socket's event loop.
 */
final class Session {

  /** Acknowledge at once after this many applied messages, as the browser client does. */
  static final int ACK_EVERY = 32;
  /** … or at the latest this long after applying one. */
  static final long ACK_AFTER_MS = 250;

  /** What a session is doing when its update arrives; set per scenario. */
  interface Listener {
    void updated(Session session, long sentAt, long now);
  }

  final boolean weft;
  final Promise<Session> rendered = Promise.promise();
  /** The session's id, from its render: what a re-attaching {@code register} names. */
  String sessionId;
  /** Set by {@link #reattach}: completes when the server answered it ({@code resume} or {@code render}). */
  Promise<Session> reattached;
  long resumes;                 // resume answers to a re-attach
  WebSocket ws;
  Context context;
  long connectStart;
  long renderedAt;
  int button = -1;
  int renderBytes;

  private long clientSeq = 1;   // register was 1
  private long serverSeq;
  private long ackedSeq;        // the last server seq acknowledged (in an ack or an event)
  private boolean ackTimer;     // a standalone ack is scheduled
  /**
   * Sends no standalone acks (an event still carries the last seq applied), so what arrived after
   * the last click stays unacknowledged in the server's replay buffer: the expiry scenario wants
   * buffers holding something when their sessions expire.
   */
  boolean holdAcks;
  /** Keep the render's root ({@link #rendered}), for a scenario that reads the page. */
  boolean keepRender;
  JsonObject renderRoot;
  long clicksDone;              // updates received for clicks
  private boolean inFlight;
  private long sentAt;
  Listener listener;

  // what the driver saw, for the checks and the report
  long renders;
  long patches;
  long errors;
  long seqGaps;
  long acksReceived;            // standalone acks from the server (a blocking handler still ran)
  long acksSent;                // standalone acks to the server
  long otherControl;            // pong, resume: not expected, as the driver neither pings nor re-attaches
  long wrongValues;
  String firstProblem;
  int lastUpdateBytes;
  boolean measureBytes;
  long updateBytesSum;
  int updateBytesMax;

  /** (sent, done) nanoTime pairs of the clicks a scenario records. */
  long[] records = new long[64];
  int recordCount;

  void record(long sent, long done) {
    if (recordCount + 2 > records.length) {
      records = java.util.Arrays.copyOf(records, records.length * 2);
    }
    records[recordCount++] = sent;
    records[recordCount++] = done;
  }

  Session(boolean weft) {
    this.weft = weft;
  }

  /** The register message, as the browser client sends it. */
  static String register() {
    return "{\"type\":\"register\",\"seq\":1,\"session\":null,\"route\":\"/\",\"width\":1280,"
        + "\"height\":800,\"dark\":false}";
  }

  void attach(WebSocket socket) {
    listen(socket);
    socket.writeTextMessage(register());
  }

  /**
   * Re-attaches this session through another socket, as the browser does after a reconnect
   * (docs/protocol.md): {@code register} naming the session, with the client's next seq and the
   * last server seq it applied as {@code ack}. The old socket must be closed, or the server closes
   * it with 4001. The returned future completes when the server answered: {@code resume} (the
   * sequence goes on) or a fresh {@code render}; it fails if the socket closes first (4002: the
   * server knows no such session).
   */
  Promise<Session> reattach(WebSocket socket) {
    reattached = Promise.promise();
    listen(socket);
    ackedSeq = serverSeq;
    socket.writeTextMessage("{\"type\":\"register\",\"seq\":" + (++clientSeq) + ",\"session\":\""
        + sessionId + "\",\"ack\":" + serverSeq + ",\"route\":\"/\",\"width\":1280,\"height\":800,"
        + "\"dark\":false}");
    return reattached;
  }

  private void listen(WebSocket socket) {
    this.ws = socket;
    this.context = Vertx.currentContext();
    socket.textMessageHandler(this::frame);
    socket.exceptionHandler(t -> problem("socket: " + t));
    socket.closeHandler(v -> {
      if (socket != ws) {
        return; // a socket this session has since left for another (reattach)
      }
      if (!rendered.future().isComplete()) {
        rendered.tryFail("closed before the render (" + socket.closeStatusCode() + " "
            + socket.closeReason() + ")");
      } else if (reattached != null && !reattached.future().isComplete()) {
        reattached.tryFail("closed before the re-attach was answered (" + socket.closeStatusCode() + " "
            + socket.closeReason() + ")");
      } else if (inFlight) {
        problem("closed with a click in flight (" + socket.closeStatusCode() + ")");
      }
    });
  }

  /** Whether the server sent something this session has not acknowledged (its replay buffer holds it). */
  boolean holdsUnacknowledged() {
    return serverSeq > ackedSeq;
  }

  boolean inFlight() {
    return inFlight;
  }

  /** Clicks the button: one {@code event} message, as the browser client sends it. */
  void click() {
    inFlight = true;
    sentAt = System.nanoTime();
    String ack = "";
    if (weft && serverSeq > 0) {
      ack = ",\"ack\":" + serverSeq;
      ackedSeq = serverSeq;
    }
    ws.writeTextMessage("{\"type\":\"event\",\"seq\":" + (++clientSeq) + ack + ",\"target\":"
        + button + ",\"name\":\"click\",\"data\":null}");
  }

  /**
   * A numbered message was applied: acknowledge it as the browser would. Called after the
   * scenario's listener, whose next click usually carries the ack already.
   */
  private void applied() {
    if (holdAcks || serverSeq <= ackedSeq) {
      return;
    }
    if (serverSeq - ackedSeq >= ACK_EVERY) {
      sendAck();
    } else if (!ackTimer) {
      ackTimer = true;
      context.owner().setTimer(ACK_AFTER_MS, id -> {
        ackTimer = false;
        if (!holdAcks && serverSeq > ackedSeq) {
          sendAck();
        }
      });
    }
  }

  private void sendAck() {
    if (ws.isClosed()) {
      return;
    }
    ws.writeTextMessage("{\"type\":\"ack\",\"ack\":" + serverSeq + "}");
    ackedSeq = serverSeq;
    acksSent++;
  }

  private void frame(String text) {
    long now = System.nanoTime();
    if (!weft) {
      if (!rendered.future().isComplete()) {
        renders++;
        renderBytes = text.length();
        renderedAt = now;
        button = 0;
        rendered.tryComplete(this);
      } else {
        patches++;
        updated(text, now);
      }
      return;
    }
    if (text.startsWith("{\"type\":\"patch\"")) {
      patches++;
      checkSeq(text);
      if (inFlight) {
        if (text.contains("\"value\":\"" + (clicksDone + 1) + "\"")) {
          updated(text, now);
        } else {
          wrongValues++;
          problem("a patch without the expected value " + (clicksDone + 1) + ": " + abbreviate(text));
        }
      } else {
        problem("a patch without a click in flight: " + abbreviate(text));
      }
      applied();
    } else if (text.startsWith("{\"type\":\"ack\"")) {
      acksReceived++;
    } else if (text.startsWith("{\"type\":\"resume\"") && reattached != null) {
      resumes++; // outside the sequence: the count goes on from serverSeq
      reattached.tryComplete(this);
    } else if (text.startsWith("{\"type\":\"pong\"") || text.startsWith("{\"type\":\"resume\"")) {
      otherControl++; // valid, and outside the sequence: a resume keeps the count going
    } else if (text.startsWith("{\"type\":\"render\"")) {
      renders++;
      JsonObject render = new JsonObject(text);
      serverSeq = render.getLong("seq");
      ackedSeq = 0; // a render starts the count afresh
      renderBytes = text.getBytes(StandardCharsets.UTF_8).length;
      sessionId = render.getString("session");
      if (keepRender) {
        renderRoot = render.getJsonObject("root");
      }
      button = find(render.getJsonObject("root"), "plus");
      if (button < 0) {
        rendered.tryFail("the render has no control keyed plus");
        return;
      }
      renderedAt = now;
      rendered.tryComplete(this);
      if (reattached != null) {
        reattached.tryComplete(this); // the server could not replay: a fresh render, as good a start
      }
      applied();
    } else {
      errors++;
      problem("unexpected message: " + abbreviate(text));
      if (!rendered.future().isComplete()) {
        rendered.tryFail("unexpected message before the render: " + abbreviate(text));
      }
    }
  }

  private void updated(String text, long now) {
    inFlight = false;
    clicksDone++;
    if (measureBytes) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      lastUpdateBytes = bytes;
      updateBytesSum += bytes;
      updateBytesMax = Math.max(updateBytesMax, bytes);
    }
    if (listener != null) {
      listener.updated(this, sentAt, now);
    }
  }

  private void checkSeq(String text) {
    int at = text.indexOf("\"seq\":");
    long seq = 0;
    for (int i = at + 6; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      seq = seq * 10 + (c - '0');
    }
    if (seq != serverSeq + 1) {
      seqGaps++;
      problem("seq " + seq + " after " + serverSeq);
    }
    serverSeq = seq;
  }

  private void problem(String what) {
    if (firstProblem == null) {
      firstProblem = what;
    }
  }

  void close() {
    if (ws != null && !ws.isClosed()) {
      ws.close();
    }
  }

  /**
   * Drops the connection the way a vanished network does: a TCP reset (SO_LINGER 0), no WebSocket
   * close frame, so the server learns of it only from the socket.
   */
  void abort() {
    if (ws != null && !ws.isClosed()) {
      Channel channel = ((WebSocketInternal) ws).channelHandlerContext().channel();
      channel.config().setOption(ChannelOption.SO_LINGER, 0);
      channel.close();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }

  static int find(JsonObject node, String key) {
    JsonObject found = node(node, key);
    return found == null ? -1 : found.getInteger("id");
  }

  /** The control keyed {@code key} in a render's tree, or null. */
  static JsonObject node(JsonObject node, String key) {
    JsonObject props = node.getJsonObject("props");
    if (props != null && key.equals(props.getString("key"))) {
      return node;
    }
    JsonArray children = node.getJsonArray("children");
    if (children != null) {
      for (int i = 0; i < children.size(); i++) {
        JsonObject found = node(children.getJsonObject(i), key);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
