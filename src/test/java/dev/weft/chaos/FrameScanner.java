package dev.weft.chaos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one direction of a proxied WebSocket connection as it passes, so the proxy can cut at a
 * chosen message and keep a transcript: skips the HTTP upgrade head, then splits the bytes into
 * frames, unmasking the browser's, wherever the reads happen to split them. It only looks; the
 * bytes are forwarded unchanged. A connection whose first HTTP head is not a WebSocket upgrade
 * (a request without {@code Upgrade: websocket}, a response other than 101) is plain HTTP: the
 * scanner ignores it from then on. Assumes no compression extension (Weft's {@code ws.compression}
 * is off by default).
 */
final class FrameScanner {

  /** Payloads kept as text up to this many bytes; longer ones are skipped (Weft's are far smaller). */
  static final int MAX_KEPT_PAYLOAD = 256 * 1024;

  static final int TEXT = 1;
  static final int CLOSE = 8;
  static final int PING = 9;
  static final int PONG = 10;

  /**
   * A whole frame: where it starts and ends in the direction's byte stream (counted from its
   * first byte, the HTTP head included), its opcode and, for text and close frames, its payload.
   */
  record Frame(long start, long end, int opcode, byte[] payload) {

    String text() {
      return payload == null ? null : new String(payload, StandardCharsets.UTF_8);
    }

    /** The close frame's code, or -1. */
    int closeCode() {
      return opcode == CLOSE && payload != null && payload.length >= 2
          ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
    }
  }

  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

  /** An HTTP head longer than this is not one this scanner cares about. */
  private static final int MAX_HEAD = 16 * 1024;

  private long offset;
  private boolean inHead = true;
  private boolean passive; // not a WebSocket connection: nothing to find
  private int headMatch;
  private final StringBuilder head = new StringBuilder();

  private final byte[] header = new byte[14];
  private int headerLength;
  private long frameStart;
  private long payloadLeft = -1; // -1: reading a header
  private long payloadIndex;
  private ByteArrayOutputStream payload;

  /** Bytes read so far. */
  long offset() {
    return offset;
  }

  /** Takes the next bytes of the stream; returns the frames that end within them. */
  List<Frame> feed(byte[] bytes, int from, int length) {
    List<Frame> frames = new ArrayList<>(2);
    long start = offset;
    for (int i = from; i < from + length && !passive; i++) {
      byte b = bytes[i];
      long at = offset++;
      if (inHead) {
        head.append((char) (b & 0xff));
        headMatch = b == HEAD_END[headMatch] ? headMatch + 1 : (b == '\r' ? 1 : 0);
        inHead = headMatch < HEAD_END.length;
        passive = inHead ? head.length() > MAX_HEAD : !isWebSocketHead(head.toString());
      } else if (payloadLeft < 0) {
        if (headerLength == 0) {
          frameStart = at;
        }
        header[headerLength++] = b;
        if (headerLength >= 2 && headerLength == headerLength()) {
          startPayload();
          if (passive) {
            break;
          }
          if (payloadLeft == 0) {
            frames.add(finish(at + 1));
          }
        }
      } else {
        if (payload != null) {
          int mask = (header[1] & 0x80) != 0 ? header[headerLength - 4 + (int) (payloadIndex % 4)] : 0;
          payload.write(b ^ mask);
        }
        payloadIndex++;
        if (--payloadLeft == 0) {
          frames.add(finish(at + 1));
        }
      }
    }
    offset = start + length; // a passive scanner skips the rest, but counts it
    return frames;
  }

  private static boolean isWebSocketHead(String head) {
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http/1.1 101 ") || lower.matches("(?s).*\r\nupgrade:\s*websocket\s*\r\n.*");
  }

  /** The header's whole length, known from its first two bytes. */
  private int headerLength() {
    int length7 = header[1] & 0x7f;
    return 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + ((header[1] & 0x80) != 0 ? 4 : 0);
  }

  private void startPayload() {
    int length7 = header[1] & 0x7f;
    long length = length7;
    if (length7 == 126) {
      length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
    } else if (length7 == 127) {
      length = 0;
      for (int i = 2; i < 10; i++) {
        length = (length << 8) | (header[i] & 0xff);
      }
    }
    if (length < 0) {
      passive = true; // not a frame this scanner can follow: stop looking
      return;
    }
    int opcode = header[0] & 0x0f;
    boolean kept = (opcode == TEXT || opcode == CLOSE) && length <= MAX_KEPT_PAYLOAD;
    payload = kept ? new ByteArrayOutputStream((int) length) : null;
    payloadLeft = length;
    payloadIndex = 0;
  }

  private Frame finish(long end) {
    Frame frame = new Frame(frameStart, end, header[0] & 0x0f, payload == null ? null : payload.toByteArray());
    headerLength = 0;
    payloadLeft = -1;
    payload = null;
    return frame;
  }
}
