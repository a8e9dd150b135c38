package dev.weft.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;

/**
 * One connection through the proxy: the browser's socket, the server's, and a thread per direction
 * copying bytes from one to the other. Frozen, both threads stop forwarding (each holds what it
 * last read) and the sockets stay open; thawed, they go on. Cut, both sockets are reset.
 */
final class Link {

  private static final int BUFFER_BYTES = 16 * 1024;

  final int id;
  private final Socket browser;
  private final Socket server;
  private final ChaosProxy proxy;
  private final Object gate = new Object();
  private boolean frozen; // guarded by gate
  private volatile boolean closed;

  Link(int id, Socket browser, Socket server, ChaosProxy proxy) {
    this.id = id;
    this.browser = browser;
    this.server = server;
    this.proxy = proxy;
  }

  void start() {
    startPump(browser, server, Direction.UPSTREAM);
    startPump(server, browser, Direction.DOWNSTREAM);
  }

  private void startPump(Socket from, Socket to, Direction direction) {
    Thread thread = new Thread(() -> pump(from, to, direction),
        "chaos-proxy-link-" + id + "-" + direction.name().toLowerCase());
    thread.setDaemon(true);
    thread.start();
  }

  void freeze() {
    synchronized (gate) {
      frozen = true;
    }
  }

  void thaw() {
    synchronized (gate) {
      frozen = false;
      gate.notifyAll();
    }
  }

  boolean frozen() {
    synchronized (gate) {
      return frozen;
    }
  }

  boolean closed() {
    return closed;
  }

  /** Resets both sockets (SO_LINGER 0: an RST, not a FIN), as a crashing middlebox would. */
  void reset() {
    close(true);
  }

  private void close(boolean reset) {
    synchronized (gate) {
      if (closed) {
        return;
      }
      closed = true;
      gate.notifyAll();
    }
    closeSocket(browser, reset);
    closeSocket(server, reset);
    proxy.closed(this);
  }

  static void closeSocket(Socket socket, boolean reset) {
    try {
      if (reset) {
        socket.setSoLinger(true, 0);
      }
    } catch (IOException ignored) {
      // already closed: nothing to reset
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all we wanted
    }
  }

  private void pump(Socket from, Socket to, Direction direction) {
    byte[] buffer = new byte[BUFFER_BYTES];
    FrameScanner scanner = new FrameScanner();
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      while (!closed) {
        int read = in.read(buffer);
        if (read < 0) {
          break;
        }
        if (!awaitThawed()) {
          break;
        }
        long chunkStart = scanner.offset();
        List<FrameScanner.Frame> frames = scanner.feed(buffer, 0, read);
        int forward = read;
        for (FrameScanner.Frame frame : frames) {
          ChaosProxy.Trip trip = proxy.passing(this, direction, frame);
          if (trip != null) {
            if (trip.deliverFirst()) {
              proxy.freeze(); // before delivering: the answer must find the way back closed
            }
            long cutAt = trip.deliverFirst() ? frame.end() : frame.start();
            forward = (int) Math.max(0, Math.min(read, cutAt - chunkStart));
            out.write(buffer, 0, forward);
            out.flush();
            proxy.spring(trip, this, direction, frame);
            forward = -1;
            break;
          }
        }
        if (forward >= 0) {
          out.write(buffer, 0, forward);
          out.flush();
        }
      }
    } catch (IOException e) {
      // a reset, or the other pump closed the link: either way this direction is done
    } finally {
      close(false);
    }
  }

  /** Waits while frozen; false when the link closed meanwhile. Bounded by the link's life. */
  private boolean awaitThawed() {
    synchronized (gate) {
      while (frozen && !closed) {
        try {
          gate.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return !closed;
    }
  }
}
