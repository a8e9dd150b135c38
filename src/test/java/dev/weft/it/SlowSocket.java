package dev.weft.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A raw TCP client for slow attacks: it writes what it is told, when it is told (a byte every
 * few hundred milliseconds if need be, from a thread of its own), and reports when the server
 * closed the connection. No HTTP library would send a request this badly.
 */
final class SlowSocket implements AutoCloseable {

  private final Socket socket;
  private final long openedNanos;
  private volatile Thread trickler;

  private SlowSocket(Socket socket) {
    this.socket = socket;
    this.openedNanos = System.nanoTime();
  }

  static SlowSocket open(int port) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setTcpNoDelay(true);
    return new SlowSocket(socket);
  }

  /** Writes {@code text} at once. */
  void send(String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /**
   * From another thread, writes {@code text} one byte every {@code every}, then {@code filler}
   * bytes for ever, until the connection breaks or {@link #close()}.
   */
  void trickle(String text, char filler, Duration every) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    Thread thread = new Thread(() -> {
      try {
        OutputStream out = socket.getOutputStream();
        for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
          out.write(i < bytes.length ? bytes[i] : filler);
          out.flush();
          Thread.sleep(every.toMillis());
        }
      } catch (IOException | InterruptedException closed) {
        // the server closed the connection (or the test did): the trickle ends
      }
    }, "trickle");
    thread.setDaemon(true);
    thread.start();
    trickler = thread;
  }

  /**
   * Reads until the server closes the connection (end of stream or reset), at most {@code limit};
   * returns what it read.
   */
  String readUntilClosed(Duration limit) throws IOException {
    socket.setSoTimeout((int) limit.toMillis());
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read.write(buffer, 0, n);
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the server kept the connection open for more than " + limit);
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept the connection open for more than " + limit
          + "; it sent: " + read.toString(StandardCharsets.ISO_8859_1), e);
    } catch (IOException reset) {
      // a reset counts as closed
    }
    return read.toString(StandardCharsets.ISO_8859_1);
  }

  /** Reads one response to a request without a body: head and {@code Content-Length} bytes. */
  String readResponse(Duration limit) throws IOException {
    socket.setSoTimeout((int) limit.toMillis());
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new AssertionError("the connection closed mid-response: " + head);
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return text + new String(body, StandardCharsets.ISO_8859_1);
  }

  /** Time since the socket connected. */
  Duration age() {
    return Duration.ofNanos(System.nanoTime() - openedNanos);
  }

  @Override
  public void close() throws IOException {
    Thread thread = trickler;
    if (thread != null) {
      thread.interrupt();
    }
    socket.close();
  }
}
