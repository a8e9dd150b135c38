package dev.weft.chaos;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What passed through the proxy and what it did, one line per WebSocket message, cut and refused
 * connection, with the milliseconds since the proxy started: when a count comes out wrong, this
 * says which {@code seq} was lost or doubled and where the cuts fell. Keeps the last
 * {@value #MAX_LINES} lines.
 */
final class Transcript {

  static final int MAX_LINES = 50_000;

  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");
  private static final Pattern ACK = Pattern.compile("\"ack\"\\s*:\\s*(\\d+)");
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]{0,20})\"");

  private final long startNanos = System.nanoTime();
  private final ArrayDeque<String> lines = new ArrayDeque<>();

  synchronized void add(String line) {
    if (lines.size() == MAX_LINES) {
      lines.removeFirst();
    }
    lines.addLast(String.format("%7d ms %s", (System.nanoTime() - startNanos) / 1_000_000, line));
  }

  synchronized List<String> lines() {
    return new ArrayList<>(lines);
  }

  /** The message's {@code type}, or null when the frame holds no JSON text. */
  static String type(FrameScanner.Frame frame) {
    String text = frame.opcode() == FrameScanner.TEXT ? frame.text() : null;
    if (text == null) {
      return null;
    }
    Matcher type = TYPE.matcher(text);
    return type.find() ? type.group(1) : null;
  }

  /** One frame in a few words: {@code "event seq=12 ack=11"}, {@code "patch seq=9 ack=12 value=7"}, {@code "close 4004"}. */
  static String describe(FrameScanner.Frame frame) {
    switch (frame.opcode()) {
      case FrameScanner.TEXT:
        break;
      case FrameScanner.CLOSE:
        return "close " + frame.closeCode();
      case FrameScanner.PING:
        return "ws-ping";
      case FrameScanner.PONG:
        return "ws-pong";
      default:
        return "frame opcode " + frame.opcode();
    }
    String text = frame.text();
    if (text == null) {
      return "text (long, not kept)";
    }
    StringBuilder out = new StringBuilder(String.valueOf(type(frame)));
    field(out, "seq", SEQ, text);
    field(out, "ack", ACK, text);
    field(out, "value", VALUE, text); // the counter's text in a patch: what the page will show
    return out.toString();
  }

  private static void field(StringBuilder out, String name, Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (matcher.find()) {
      out.append(' ').append(name).append('=').append(matcher.group(1));
    }
  }
}
