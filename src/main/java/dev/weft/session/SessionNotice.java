package dev.weft.session;

import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Register;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.RequestHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices the socket side and a session exchange over the event bus, next to the browser's
 * frames (which travel as plain strings). JSON objects, so they cross JVMs as they are; but for
 * the credits a session returns to its connection ({@link #done}), a bare number.
 */
public final class SessionNotice {

  static final String KIND = "kind";
  static final String CONNECTION = "conn";
  /** The node (instance) a connection, or a session, lives on: see {@link Nodes}. */
  static final String NODE = "node";
  private static final String SESSION = "session";
  static final String MOUNT = "mount";
  /** The token the browser presented: the session admits the connection only if it is its own. */
  static final String TOKEN = "token";
  static final String ACK = "ack";
  static final String CODE = "code";
  static final String MESSAGE = "message";
  static final String ATTACH = "attach";
  static final String DETACH = "detach";
  private static final String ABUSIVE = "abusive";
  static final String REFUSED = "refused";
  private static final String CLOSE = "close";
  private static final String REASON = "reason";
  private static final String HEADERS = "headers";

  private SessionNotice() {
  }

  /**
   * To a session: re-attach it to a connection, on node {@code node}, whose browser registered
   * with its token ({@code register.session()}), which the session checks. The session watches
   * that node: should it die, the connection is gone. The token crosses the event bus like every
   * frame the browser sends, never into a log.
   */
  public static JsonObject attach(String connection, String node, String mount, Register register,
                                  ClientInfo client) {
    return new JsonObject()
        .put(KIND, ATTACH)
        .put(CONNECTION, connection)
        .put(NODE, node)
        .put(MOUNT, mount)
        .put(TOKEN, register.session())
        .put(ACK, register.ack())
        .put("route", client.route())
        .put("width", client.width())
        .put("height", client.height())
        .put("dark", client.dark())
        .put("ip", client.clientIp())
        .put("appUrl", client.appUrl())
        .put(HEADERS, headersJson(client.headers()));
  }

  /**
   * A session's answer to {@link #attach}: its id and the node it lives on, which the connection
   * watches so that it closes (4002) should that node die.
   */
  static JsonObject attached(String sessionId, String node) {
    return new JsonObject().put(SESSION, sessionId).put(NODE, node);
  }

  /** What an {@link #attached} answer says. */
  static OpenedSession opened(JsonObject attached) {
    return new OpenedSession(attached.getString(SESSION), attached.getString(NODE));
  }

  /** To a session: its connection closed. */
  public static JsonObject detach(String connection) {
    return detach(connection, false);
  }

  /**
   * To a session: its connection closed; {@code abusive} when the server closed it for breaking
   * the protocol (a corrupt or oversized frame: 1002, 1007, 1009). Sent as a request: the answer
   * says the session will send nothing more to the connection, which may then unregister its
   * address without Vert.x logging a warning for every frame still on its way to it.
   */
  public static JsonObject detach(String connection, boolean abusive) {
    JsonObject notice = new JsonObject().put(KIND, DETACH).put(CONNECTION, connection);
    return abusive ? notice.put(ABUSIVE, true) : notice;
  }

  /** Whether a detach notice says the connection was closed for abuse. */
  static boolean abusive(JsonObject detach) {
    return detach.getBoolean(ABUSIVE, false);
  }

  /** To a session: its connection refused a frame (too large, binary) that the session answers. */
  public static JsonObject refused(String connection, ProtocolException error) {
    return new JsonObject().put(KIND, REFUSED).put(CONNECTION, connection)
        .put(CODE, error.code().name()).put(MESSAGE, error.getMessage());
  }

  static ProtocolException refusal(JsonObject notice) {
    return new ProtocolException(ErrorCode.valueOf(notice.getString(CODE)),
        notice.getString(MESSAGE), null);
  }

  /** To a connection: close the WebSocket with this code and reason. */
  public static JsonObject close(int code, String reason) {
    return new JsonObject().put(CLOSE, code).put(REASON, reason);
  }

  /**
   * To a connection: the session is done with {@code frames} more of its frames (handled, their
   * handlers finished), so it may read that many more. See {@code Connection}'s flow control. A
   * number, the only notice that is not a JSON object: it goes every 16 frames, across the
   * cluster when the connection is on another instance, where a JSON object is encoded and parsed
   * again (about 4% of the Java samples of the session's instance in the hop benchmark, for one
   * notice per 16 clicks) and a number is four bytes; on one instance, Vert.x copies a JSON
   * object for each local delivery and passes a number as it is.
   */
  public static Integer done(int frames) {
    return frames;
  }

  /** The close code of a notice to a connection. */
  public static short closeCode(JsonObject notice) {
    return notice.getInteger(CLOSE, 1000).shortValue();
  }

  public static String closeReason(JsonObject notice) {
    return notice.getString(REASON, "");
  }

  /** The browser's side of an attach notice, as the connection captured it. */
  static ClientInfo clientInfo(JsonObject attach) {
    return new ClientInfo(attach.getString("route", "/"), attach.getInteger("width", 0),
        attach.getInteger("height", 0), attach.getBoolean("dark", false),
        attach.getString("ip"), headers(attach.getJsonObject(HEADERS)), attach.getString("appUrl"));
  }

  /** Headers as {@code {"Name": ["value", …]}}: JSON, so an attach crosses JVMs as it is. */
  private static JsonObject headersJson(RequestHeaders headers) {
    JsonObject json = new JsonObject();
    headers.asMap().forEach((name, values) -> json.put(name, new JsonArray(values)));
    return json;
  }

  private static RequestHeaders headers(JsonObject json) {
    if (json == null) {
      return RequestHeaders.none();
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : json.fieldNames()) {
      List<String> list = new ArrayList<>();
      json.getJsonArray(name, new JsonArray()).forEach(v -> list.add(String.valueOf(v)));
      values.put(name, list);
    }
    return RequestHeaders.of(values);
  }
}
