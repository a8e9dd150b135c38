package dev.weft.hardening;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebSocket client that writes whatever frames it is told to, right or wrong: any opcode, any
 * payload (invalid UTF-8 included), fragments in any order, reserved bits. A well-behaved client
 * library would refuse most of what the fuzzer needs to send, so this one speaks RFC 6455 by
 * hand over a plain {@link Socket}. A thread of its own reads the server's frames and counts them:
 * {@code error} messages, everything else, and the close code.
 */
final class FuzzSocket implements AutoCloseable {

  static final int TEXT = 1;
  static final int BINARY = 2;
  static final int CONTINUATION = 0;
  static final int CLOSE = 8;
  static final int PING = 9;
  static final int PONG = 10;

  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;
  /** {@code error} frames received. */
  final AtomicInteger errors = new AtomicInteger();
  /** The other text frames received (render, patch, ack, pong…). */
  final AtomicInteger others = new AtomicInteger();
  /** {@code patch} frames received. */
  final AtomicInteger patches = new AtomicInteger();
  /** The highest server seq received (what a well-behaved client acknowledges). */
  volatile long lastSeq;
  /** The first render's text, once it came (control ids for well-formed but hostile events). */
  volatile String render;
  /** The close code the server sent, 1006 when the connection dropped without one, or -1. */
  volatile int closeCode = -1;
  private final CountDownLatch closedLatch = new CountDownLatch(1);

  private FuzzSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = new DataInputStream(socket.getInputStream());
  }

  /** Connects and upgrades to {@code ws://127.0.0.1:<port><path>}. */
  static FuzzSocket open(int port, String path) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(30_000);
    socket.setTcpNoDelay(true);
    FuzzSocket s = new FuzzSocket(socket);
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13"
        + "\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n";
    s.out.write(request.getBytes(StandardCharsets.US_ASCII));
    s.out.flush();
    String head = s.readHead();
    if (!head.startsWith("HTTP/1.1 101")) {
      socket.close();
      throw new IOException("no upgrade: " + head.lines().findFirst().orElse(""));
    }
    Thread reader = new Thread(s::readLoop, "fuzz-reader");
    reader.setDaemon(true);
    reader.start();
    return s;
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || head.size() > 16_384) {
        throw new IOException("no complete HTTP head");
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** Writes one masked frame (as a client must); {@code rsv} sets the reserved bits (0–7). */
  synchronized void frame(int opcode, boolean fin, int rsv, byte[] payload) throws IOException {
    ByteArrayOutputStream f = new ByteArrayOutputStream(payload.length + 14);
    f.write((fin ? 0x80 : 0) | (rsv & 7) << 4 | opcode & 0x0F);
    if (payload.length < 126) {
      f.write(0x80 | payload.length);
    } else if (payload.length < 65_536) {
      f.write(0x80 | 126);
      f.write(payload.length >>> 8);
      f.write(payload.length);
    } else {
      f.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        f.write((int) ((long) payload.length >>> shift));
      }
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    f.write(mask);
    for (int i = 0; i < payload.length; i++) {
      f.write(payload[i] ^ mask[i & 3]);
    }
    out.write(f.toByteArray());
    out.flush();
  }

  /** Writes one whole text frame. */
  void text(String message) throws IOException {
    frame(TEXT, true, 0, message.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes that are not a frame at all. */
  synchronized void raw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  boolean isClosed() {
    return closeCode != -1;
  }

  /** Waits until the server closed (or dropped) the connection; false on timeout. */
  boolean awaitClose(long millis) throws InterruptedException {
    return closedLatch.await(millis, TimeUnit.MILLISECONDS);
  }

  private void readLoop() {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    try {
      while (true) {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long length = b1 & 0x7F;
        if (length == 126) {
          length = in.readUnsignedShort();
        } else if (length == 127) {
          length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        int opcode = b0 & 0x0F;
        if (opcode == CLOSE) {
          closeCode = payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : 1005;
          try {
            frame(CLOSE, true, 0, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
          } catch (IOException ignored) {
            // the server may have closed the TCP connection already
          }
          return;
        } else if (opcode == PING) {
          frame(PONG, true, 0, payload);
        } else if (opcode == TEXT || opcode == CONTINUATION) {
          message.write(payload);
          if ((b0 & 0x80) != 0) {
            took(message.toString(StandardCharsets.UTF_8));
            message.reset();
          }
        }
      }
    } catch (IOException e) {
      if (closeCode == -1) {
        closeCode = 1006;
      }
    } finally {
      if (closeCode == -1) {
        closeCode = 1006;
      }
      closedLatch.countDown();
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void took(String text) {
    if (text.startsWith("{\"type\":\"error\"")) {
      errors.incrementAndGet();
    } else {
      if (render == null && text.startsWith("{\"type\":\"render\"")) {
        render = text;
      }
      boolean patch = text.startsWith("{\"type\":\"patch\",");
      if (patch || text.startsWith("{\"type\":\"render\",")) {
        int at = text.indexOf("\"seq\":") + 6;
        lastSeq = Math.max(lastSeq, Long.parseLong(text.substring(at, text.indexOf(',', at))));
      }
      if (patch) {
        patches.incrementAndGet();
      }
      others.incrementAndGet();
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
