package dev.weft.chaos;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy for tests that misbehaves on request, between a browser (or test client) and a Weft
 * server, on 127.0.0.1 only. It forwards bytes unchanged, and can
 * <ul>
 *   <li>{@link #cutAll cut} every live connection abruptly (an RST each way, as when a middlebox
 *       or a network dies) and then reset new ones for a while before it accepts again;</li>
 *   <li>{@link #freeze freeze} the connections open at that moment: nothing passes either way, and
 *       nothing is closed (a proxy that silently stops), while new connections pass;</li>
 *   <li>{@link #cutOn cut at a chosen WebSocket message}: just before an {@code event} reaches the
 *       server, or just after it did (so its answer is lost), or instead of a {@code patch}.</li>
 * </ul>
 * Everything is bounded: at most {@value #MAX_LINKS} connections at once (more are reset), two
 * threads each, a down time of at most {@link #MAX_DOWN}. {@link #close()} stops it all.
 */
public final class ChaosProxy implements AutoCloseable {

  public static final int MAX_LINKS = 32;
  public static final Duration MAX_DOWN = Duration.ofSeconds(10);

  /** After delivering the message a trip waits for, the proxy holds every reply this long, then cuts. */
  static final Duration ANSWER_LOST_AFTER = Duration.ofMillis(40);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final ServerSocket listener;
  private final int targetPort;
  private final Thread acceptor;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();
  private final AtomicInteger linkIds = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger cuts = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicReference<Trip> armed = new AtomicReference<>();
  private final Transcript transcript = new Transcript();
  private volatile long downUntilNanos = System.nanoTime();
  private volatile boolean closed;

  /** A cut waiting for a message: the next text frame of {@code type} going {@code direction}. */
  record Trip(Direction direction, String type, boolean deliverFirst, Duration down) {
  }

  private ChaosProxy(ServerSocket listener, int targetPort) {
    this.listener = listener;
    this.targetPort = targetPort;
    this.acceptor = new Thread(this::acceptLoop, "chaos-proxy-accept-" + listener.getLocalPort());
    acceptor.setDaemon(true);
  }

  /** Listens on a free port of 127.0.0.1 and forwards to {@code 127.0.0.1:targetPort}. */
  public static ChaosProxy start(int targetPort) throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    ChaosProxy proxy = new ChaosProxy(listener, targetPort);
    proxy.acceptor.start();
    return proxy;
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** Connections accepted and forwarded so far (not counting those reset while down). */
  public int connections() {
    return connections.get();
  }

  /** Times {@link #cutAll} ran (a trip's cut included). */
  public int cuts() {
    return cuts.get();
  }

  /** Connections reset on arrival: while down, or beyond {@value #MAX_LINKS}, or the server was unreachable. */
  public int refused() {
    return refused.get();
  }

  /** Connections open now. */
  public int liveConnections() {
    return links.size();
  }

  /** The transcript so far: every WebSocket message, cut and reset connection, timed. */
  public List<String> transcript() {
    return transcript.lines();
  }

  /** Notes a line of the test's own in the transcript (a click, a check), so it reads in order. */
  public void note(String line) {
    transcript.add("** " + line);
  }

  /**
   * Resets every live connection now, and every new one for {@code down}; returns how many were
   * live. Frozen connections are cut like the others.
   */
  public int cutAll(Duration down, String why) {
    if (down.isNegative() || down.compareTo(MAX_DOWN) > 0) {
      throw new IllegalArgumentException("down time must be 0.." + MAX_DOWN + ": " + down);
    }
    downUntilNanos = System.nanoTime() + down.toNanos();
    List<Link> live = List.copyOf(links);
    // noted before the resets, so whoever sees a socket die finds the cut in the transcript
    transcript.add("CUT #" + cuts.incrementAndGet() + " (" + why + "): reset " + live.size()
        + " connection(s), down " + down.toMillis() + " ms");
    live.forEach(Link::reset);
    return live.size();
  }

  /** {@link #cutAll(Duration, String)} for a cut at a moment the test chose. */
  public int cutAll(Duration down) {
    return cutAll(down, "timed");
  }

  /**
   * Freezes the connections open now: neither direction forwards another byte until {@link #thaw},
   * and nothing is closed. Connections opened later pass normally. Returns how many froze.
   */
  public int freeze() {
    int count = 0;
    for (Link link : List.copyOf(links)) {
      link.freeze();
      count++;
    }
    transcript.add("FREEZE " + count + " connection(s)");
    return count;
  }

  /** Lets every frozen connection forward again (what each held goes on first). */
  public void thaw() {
    for (Link link : List.copyOf(links)) {
      link.thaw();
    }
    transcript.add("THAW");
  }

  /** Connections open now that are frozen. */
  public int frozenConnections() {
    return (int) links.stream().filter(Link::frozen).count();
  }

  /**
   * Arms a cut for the next WebSocket text message of {@code type} (its JSON {@code type} field)
   * going {@code direction}: with {@code deliverFirst} the message is delivered, every connection
   * is frozen for {@link #ANSWER_LOST_AFTER} (so whatever answers it is held) and then cut; without,
   * the connection is cut instead of delivering it. One cut is armed at a time; it fires once.
   */
  public void cutOn(Direction direction, String type, boolean deliverFirst, Duration down) {
    if (down.isNegative() || down.compareTo(MAX_DOWN) > 0) {
      throw new IllegalArgumentException("down time must be 0.." + MAX_DOWN + ": " + down);
    }
    armed.set(new Trip(direction, type, deliverFirst, down));
  }

  /** Takes back an armed cut; true when there was one still waiting (it had not fired). */
  public boolean disarm() {
    return armed.getAndSet(null) != null;
  }

  /** Whether an armed cut is still waiting for its message. */
  public boolean armed() {
    return armed.get() != null;
  }

  /** A frame passes a link: transcribes it, and returns the armed trip it fires, if any (disarming it). */
  Trip passing(Link link, Direction direction, FrameScanner.Frame frame) {
    transcript.add("#" + link.id + " " + direction.arrow + " " + Transcript.describe(frame));
    Trip trip = armed.get();
    if (trip != null && trip.direction() == direction && trip.type().equals(Transcript.type(frame))
        && armed.compareAndSet(trip, null)) {
      return trip;
    }
    return null;
  }

  /**
   * Fires a trip on the link's pump thread, once the link has forwarded what it should (and, for
   * a delivered message, frozen every connection first), then cuts.
   */
  void spring(Trip trip, Link link, Direction direction, FrameScanner.Frame frame) {
    String what = (trip.deliverFirst() ? "after delivering " : "instead of ") + direction.arrow + " "
        + Transcript.describe(frame) + " on #" + link.id;
    if (trip.deliverFirst()) {
      try { // the link froze every connection before delivering: let the server answer into the void
        Thread.sleep(ANSWER_LOST_AFTER.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    cutAll(trip.down(), what);
  }

  void closed(Link link) {
    links.remove(link);
  }

  private void acceptLoop() {
    while (!closed) {
      Socket browser;
      try {
        browser = listener.accept();
      } catch (IOException e) {
        break; // the listener closed
      }
      if (closed || System.nanoTime() - downUntilNanos < 0 || links.size() >= MAX_LINKS) {
        refused.incrementAndGet();
        transcript.add("RESET a new connection (" + (closed ? "closed" : links.size() >= MAX_LINKS
            ? "too many" : "down") + ")");
        Link.closeSocket(browser, true);
        continue;
      }
      Socket server = new Socket();
      try {
        browser.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort),
            (int) CONNECT_TIMEOUT.toMillis());
      } catch (IOException e) {
        refused.incrementAndGet();
        transcript.add("RESET a new connection (server unreachable: " + e.getMessage() + ")");
        Link.closeSocket(server, true);
        Link.closeSocket(browser, true);
        continue;
      }
      Link link = new Link(linkIds.incrementAndGet(), browser, server, this);
      links.add(link);
      connections.incrementAndGet();
      transcript.add("OPEN #" + link.id);
      link.start();
      if (closed) {
        link.reset(); // close() may have swept the links just before this one was added
      }
    }
  }

  /** Stops accepting, resets every connection and waits (boundedly) for the accepting thread. */
  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing is all we wanted
    }
    for (Link link : List.copyOf(links)) {
      link.reset();
    }
    try {
      acceptor.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
