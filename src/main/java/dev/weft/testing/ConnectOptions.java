package dev.weft.testing;

import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link WeftTestClient#connect(ConnectOptions)} can be told, for the tests the short
 * {@code connect} overloads do not cover: resuming a session with the right sequence number,
 * a foreign or missing {@code Origin}, extra headers (cookies, a user agent), a socket that never
 * registers, a viewport. A mutable builder; the client copies what it needs when it connects.
 *
 * <pre>{@code
 * WeftTestClient.connect(ConnectOptions.of(url).route("/orders/7").timeout(Duration.ofSeconds(5)));
 * }</pre>
 */
public final class ConnectOptions {

  /** How long a connect, or a call without an explicit timeout, may take by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private Vertx vertx;
  private String route = "/";
  private String session;
  private long firstSeq = 1;
  private boolean register = true;
  private boolean autoAck = true;
  private boolean autoResend = true;
  private boolean browserOrigin = true;
  private String origin;
  private int width = 1280;
  private int height = 800;
  private boolean dark;
  private Duration timeout = DEFAULT_TIMEOUT;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();

  private ConnectOptions(URI base) {
    this.base = base;
  }

  /**
   * Options for the app at {@code appUrl}, its base URL such as {@code http://localhost:8000/} or
   * {@code http://localhost:8000/sub-app/} (a missing final slash is added, as the server's
   * redirect would).
   */
  public static ConnectOptions of(String appUrl) {
    Objects.requireNonNull(appUrl, "appUrl");
    URI uri = URI.create(appUrl.endsWith("/") ? appUrl : appUrl + "/");
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("the app URL must be http or https, not " + appUrl);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the app URL has no host: " + appUrl);
    }
    return new ConnectOptions(uri);
  }

  /** The Vert.x instance to use; without one the client creates its own and closes it. */
  public ConnectOptions vertx(Vertx vertx) {
    this.vertx = vertx;
    return this;
  }

  /** The route sent in {@code register}, with its query: {@code "/"} unless told. */
  public ConnectOptions route(String route) {
    this.route = Objects.requireNonNull(route, "route");
    return this;
  }

  /**
   * The session to re-attach to, by its token ({@link WeftTestClient#sessionToken()}, what a
   * browser keeps), or null for a new one. The server ignores events whose seq is not
   * above the last one it accepted for the session, so when resuming a session another client
   * sent events in, also set {@link #firstSeq} above that client's {@link WeftTestClient#clientSeq()}
   * — or use {@link #resuming(WeftTestClient)}, or {@link WeftTestClient#reconnect()}.
   */
  public ConnectOptions session(String session) {
    this.session = session;
    return this;
  }

  /** The seq of the {@code register} message; later messages count up from it. Default 1. */
  public ConnectOptions firstSeq(long firstSeq) {
    if (firstSeq < 1) {
      throw new IllegalArgumentException("seq numbers start at 1, not " + firstSeq);
    }
    this.firstSeq = firstSeq;
    return this;
  }

  /**
   * Takes over another client's session and continues its sequence numbers, like the same page
   * coming back over a new socket. The new client has no page yet, so its {@code register}
   * acknowledges nothing and the server answers with a full {@code render}; the other client's
   * unacknowledged events stay with it.
   */
  public ConnectOptions resuming(WeftTestClient previous) {
    return session(previous.sessionToken()).firstSeq(previous.clientSeq() + 1);
  }

  /**
   * Whether to send {@code register} and wait for the first render (the default). Without it the
   * client returns as soon as the socket is open, for tests of what comes before registering.
   */
  public ConnectOptions register(boolean register) {
    this.register = register;
    return this;
  }

  /**
   * Whether the client acknowledges the server's messages by itself, as the browser does (the
   * default): an {@code ack} after 32 applied messages, or at the latest 250 ms after applying one
   * while the test is in a call, and the same ack riding on each event. Turn it off for tests of
   * the server's replay buffer; then nothing is acknowledged but what {@link
   * WeftTestClient#sendAck()} sends, and the {@code register} of a re-attach (which always says
   * what the client applied).
   */
  public ConnectOptions autoAck(boolean autoAck) {
    this.autoAck = autoAck;
    return this;
  }

  /**
   * Whether the client resends the events the server has not acknowledged as soon as a re-attach
   * is answered, as the browser does (the default). Turn it off to resend by hand with {@link
   * WeftTestClient#resend()}, or to look at {@link WeftTestClient#unacknowledged()} first.
   */
  public ConnectOptions autoResend(boolean autoResend) {
    this.autoResend = autoResend;
    return this;
  }

  /**
   * The {@code Origin} header to send, or null to send none (as a non-browser program would).
   * By default the client sends the app's own origin, like a browser showing the app.
   */
  public ConnectOptions origin(String origin) {
    this.browserOrigin = false;
    this.origin = origin;
    return this;
  }

  /** The viewport sent in {@code register}; 1280 × 800 unless told. */
  public ConnectOptions viewport(int width, int height) {
    this.width = width;
    this.height = height;
    return this;
  }

  /** Whether the "browser" prefers a dark colour scheme. */
  public ConnectOptions dark(boolean dark) {
    this.dark = dark;
    return this;
  }

  /**
   * A header to send with the WebSocket upgrade, as a browser or a proxy in front of the app
   * would: {@code header("Cookie", "theme=dark")}, {@code header("User-Agent", "…")}. Call it
   * again to add more (also several values of one name). The app sees them in
   * {@code page.client()}. For {@code Origin} use {@link #origin(String)}.
   */
  public ConnectOptions header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.equalsIgnoreCase("Origin")) {
      throw new IllegalArgumentException("set Origin with origin(String), not header()");
    }
    headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  /** The bound on connecting, and on calls that take no timeout of their own. */
  public ConnectOptions timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  // ------------------------------------------------------------------ read by the client

  /** The app's base URL, ending in {@code /}. */
  public String appUrl() {
    return base.toString();
  }

  /** The WebSocket's URL: the app's base plus {@code ws}, with ws/wss for http/https. */
  public String webSocketUrl() {
    String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
    return scheme + "://" + base.getRawAuthority() + base.getRawPath() + "ws";
  }

  /** The app's own origin: scheme and host, with the port when the URL names one. */
  public String sameOrigin() {
    return base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
  }

  /** The {@code Origin} header the client sends, or null for none. */
  public String originHeader() {
    return browserOrigin ? sameOrigin() : origin;
  }

  public Vertx vertx() {
    return vertx;
  }

  public String route() {
    return route;
  }

  public String session() {
    return session;
  }

  public long firstSeq() {
    return firstSeq;
  }

  public boolean register() {
    return register;
  }

  public boolean autoAck() {
    return autoAck;
  }

  public boolean autoResend() {
    return autoResend;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public boolean dark() {
    return dark;
  }

  public Duration timeout() {
    return timeout;
  }

  /** The extra headers of the WebSocket upgrade, by name. */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }

  /** A copy, so a client keeps its settings however the caller changes this builder later. */
  ConnectOptions copy() {
    return copyAt(base);
  }

  /** These options for the app at {@code other}'s base URL. */
  ConnectOptions movedTo(ConnectOptions other) {
    return copyAt(other.base);
  }

  private ConnectOptions copyAt(URI base) {
    ConnectOptions c = new ConnectOptions(base);
    c.vertx = vertx;
    c.route = route;
    c.session = session;
    c.firstSeq = firstSeq;
    c.register = register;
    c.autoAck = autoAck;
    c.autoResend = autoResend;
    c.browserOrigin = browserOrigin;
    c.origin = origin;
    c.width = width;
    c.height = height;
    c.dark = dark;
    c.timeout = timeout;
    headers.forEach((name, values) -> c.headers.put(name, new ArrayList<>(values)));
    return c;
  }
}
