package dev.weft.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * The fuzzer's ammunition: one bad (or well-formed but hostile) message at a time, written to a
 * {@link FuzzSocket}, with what the server must answer. Each kind stands for a way a real client
 * — broken, outdated or hostile — can get the protocol wrong; the mix is fixed by weights so a
 * run of 100,000 frames tries every kind thousands of times.
 */
final class Shots {

  /** What the server owes a shot. */
  enum Expect {
    /** exactly one {@code error} frame (or, once the client spent its error budget, a 1008 close) */
    ERROR,
    /** a close with a protocol-violation code (1002, 1007, 1009) */
    CLOSE,
    /** nothing in particular: a valid message, answered as usual */
    NONE
  }

  /** The kinds, in the order of {@link #WEIGHTS}. */
  enum Kind {
    RANDOM_TEXT, TRUNCATED_JSON, DEEP_NESTING, HUGE_NUMBER, HUGE_STRING, WRONG_TYPES, UNKNOWN_ID,
    UNKNOWN_EVENT, UNKNOWN_TYPE, BINARY, FRAGMENTED, OLD_SEQ, REGISTER_AGAIN, BOGUS_ACK,
    HOSTILE_VALID, BROKEN_FRAME
  }

  private static final int[] WEIGHTS = {10, 10, 4, 6, 4, 10, 8, 6, 4, 6, 8, 8, 3, 4, 6, 3};

  private final Random random;
  private long seq = 1;      // the last seq used (register is 1)
  private int button = -1;   // the counter's +1 button, from the render
  final int[] counts = new int[Kind.values().length];
  /** The kinds fired on the current connection, in order (to say which went unanswered). */
  final java.util.List<Kind> fired = new java.util.ArrayList<>();

  Shots(Random random) {
    this.random = random;
  }

  /** The register that opens a session; its seq is 1. */
  static String register() {
    return "{\"type\":\"register\",\"seq\":1,\"session\":null,\"route\":\"/\",\"width\":800,"
        + "\"height\":600,\"dark\":false,\"ack\":0}";
  }

  /** Learns the +1 button's id from the render (for well-formed hostile clicks). */
  void rendered(String render) {
    int at = render == null ? -1 : render.indexOf("\"text\":\"+1\"");
    int id = at < 0 ? -1 : render.lastIndexOf("{\"id\":", at);
    if (id >= 0) {
      int end = render.indexOf(',', id);
      button = Integer.parseInt(render.substring(id + 6, end));
    }
  }

  /** The +1 button's id, or -1 before a render. */
  int button() {
    return button;
  }

  /** A new connection: seqs count from the register again. */
  void reset() {
    seq = 1;
    button = -1;
    fired.clear();
  }

  /** Picks a kind and writes it; {@code registered}: whether this connection has a session. */
  Expect fire(FuzzSocket s, boolean registered) throws IOException {
    Kind kind = pick();
    if (!registered && (kind == Kind.OLD_SEQ || kind == Kind.HOSTILE_VALID || kind == Kind.BOGUS_ACK
        || kind == Kind.REGISTER_AGAIN)) {
      kind = Kind.UNKNOWN_ID; // need a session: before one, everything but register is refused
    }
    counts[kind.ordinal()]++;
    fired.add(kind);
    long next = ++seq;
    switch (kind) {
      case RANDOM_TEXT -> s.text(randomText(1 + random.nextInt(200)));
      case TRUNCATED_JSON -> {
        // letters only in the data: random quotes and braces could close the object early, and a
        // cut right after that would be a whole, valid click
        String whole = event(next, button, "click", "\"" + randomWord() + "\"");
        s.text(whole.substring(0, random.nextInt(whole.length() - 1)));
      }
      case DEEP_NESTING -> {
        // deeper than Jackson's nesting limit, under ws.maxFrameSize (65,536): parsed, refused
        int depth = 1_000 + random.nextInt(30_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        s.text(random.nextBoolean() ? open.repeat(depth)
            : "{\"type\":\"event\",\"seq\":" + next + ",\"target\":1,\"name\":\"click\",\"data\":"
                + "[".repeat(depth));
      }
      case HUGE_NUMBER -> {
        String digits = "9".repeat(500 + random.nextInt(20_000));
        String[] forms = {
            "{\"type\":\"event\",\"seq\":" + digits + ",\"target\":1,\"name\":\"click\"}",
            "{\"type\":\"event\",\"seq\":" + next + ",\"target\":" + digits + ",\"name\":\"click\"}",
            "{\"type\":\"event\",\"seq\":" + next + ",\"target\":1e999999999,\"name\":\"click\"}",
            "{\"type\":\"event\",\"seq\":-" + digits + ",\"target\":1,\"name\":\"click\"}",
            "{\"type\":\"ack\",\"ack\":" + digits + "." + digits + "}"};
        s.text(forms[random.nextInt(forms.length)]);
      }
      case HUGE_STRING -> {
        String big = randomText(10_000 + random.nextInt(40_000)).replace("\"", "'").replace("\\", "/");
        String[] forms = {
            "{\"type\":\"" + big + "\",\"seq\":" + next + "}",
            event(next, button, big, "null"),
            "{\"type\":\"event\",\"seq\":" + next + ",\"target\":999999,\"name\":\"click\",\"data\":\"" + big + "\"}",
            "{\"" + big + "\":1}"};
        s.text(forms[random.nextInt(forms.length)]);
      }
      case WRONG_TYPES -> {
        String[] forms = {
            "{\"type\":\"event\",\"seq\":\"" + next + "\",\"target\":1,\"name\":\"click\"}",
            "{\"type\":\"event\",\"seq\":" + next + ",\"target\":\"1\",\"name\":\"click\"}",
            "{\"type\":\"event\",\"seq\":" + next + ",\"target\":1,\"name\":7}",
            "{\"type\":\"event\",\"seq\":" + next + ",\"target\":1,\"name\":\"click\",\"data\":{\"a\":[1,2]}}",
            "{\"type\":7,\"seq\":" + next + "}",
            "{\"type\":\"event\",\"seq\":" + next + ".5,\"target\":1,\"name\":\"click\"}",
            "{\"type\":\"event\",\"seq\":0,\"target\":1,\"name\":\"click\"}",
            "{\"type\":[\"event\"],\"seq\":" + next + "}",
            "[" + event(next, button, "click", "null") + "]",
            "\"" + event(next, button, "click", "null").replace("\"", "\\\"") + "\"",
            "null", "true", "42", "{}"};
        s.text(forms[random.nextInt(forms.length)]);
      }
      case UNKNOWN_ID -> s.text(event(next, 100_000 + random.nextInt(1_000_000), "click", "null"));
      case UNKNOWN_EVENT -> s.text(event(next, button > 0 ? button : 1, "explode" + random.nextInt(99), "null"));
      case UNKNOWN_TYPE -> s.text("{\"type\":\"" + randomWord() + "\",\"seq\":" + next + "}");
      case BINARY -> {
        byte[] bytes = new byte[1 + random.nextInt(2_000)];
        random.nextBytes(bytes);
        s.frame(FuzzSocket.BINARY, true, 0, bytes);
      }
      case FRAGMENTED -> fragments(s, fragmentable(next));
      case OLD_SEQ -> s.text(event(1, button, "click", "null")); // the register's seq: accepted already
      case REGISTER_AGAIN -> s.text(register().replace("\"seq\":1", "\"seq\":" + next));
      case BOGUS_ACK -> s.text("{\"type\":\"ack\",\"ack\":" + (1_000_000 + random.nextInt(1_000_000)) + "}");
      case HOSTILE_VALID -> {
        String[] forms = {
            event(next, button, "click", "\"" + "x".repeat(random.nextInt(60_000)) + "\""),
            event(next, button, "click", "1e308"),
            "{\"type\":\"ping\"}",
            "{\"type\":\"ack\",\"ack\":0}",
            "{\"unknown\":{\"deep\":[1,2,3]},\"type\":\"event\",\"seq\":" + next + ",\"target\":" + button
                + ",\"name\":\"click\",\"data\":null,\"extra\":\"ignored\"}"};
        s.text(forms[random.nextInt(forms.length)]);
        return Expect.NONE;
      }
      case BROKEN_FRAME -> {
        brokenFrame(s, next);
        return Expect.CLOSE;
      }
      default -> throw new IllegalStateException();
    }
    return Expect.ERROR;
  }

  private Kind pick() {
    int total = Arrays.stream(WEIGHTS).sum();
    int r = random.nextInt(total);
    for (int i = 0; i < WEIGHTS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return Kind.values()[i];
      }
    }
    throw new IllegalStateException();
  }

  /** A bad message worth splitting: every one of them must get an error once reassembled. */
  private String fragmentable(long next) {
    return switch (random.nextInt(3)) {
      case 0 -> event(next, 424_242, "click", "\"é€😀 split inside characters\"");
      case 1 -> "{\"type\":\"event\",\"seq\":" + next + ",\"target\":";
      default -> "[".repeat(200);
    };
  }

  /** One text message as 2–6 fragments, cut at random bytes (inside UTF-8 sequences too). */
  private void fragments(FuzzSocket s, String message) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    int pieces = Math.min(bytes.length, 2 + random.nextInt(5));
    int[] cuts = random.ints(pieces - 1, 1, bytes.length).sorted().toArray();
    int from = 0;
    for (int i = 0; i <= cuts.length; i++) {
      int to = i < cuts.length ? cuts[i] : bytes.length;
      s.frame(i == 0 ? FuzzSocket.TEXT : FuzzSocket.CONTINUATION, i == cuts.length, 0,
          Arrays.copyOfRange(bytes, from, to));
      if (i < cuts.length && random.nextInt(4) == 0) {
        s.frame(FuzzSocket.PING, true, 0, new byte[0]); // control frames may come between fragments
      }
      from = to;
    }
  }

  /** Something the WebSocket layer itself must refuse, closing the connection. */
  private void brokenFrame(FuzzSocket s, long next) throws IOException {
    switch (random.nextInt(6)) {
      case 0 -> s.frame(FuzzSocket.CONTINUATION, true, 0, "orphan".getBytes(StandardCharsets.UTF_8));
      case 1 -> s.frame(FuzzSocket.TEXT, true, 0, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
      case 2 -> s.frame(FuzzSocket.TEXT, true, 4, event(next, 1, "click", "null").getBytes(StandardCharsets.UTF_8));
      case 3 -> s.frame(3, true, 0, new byte[] {1, 2, 3}); // a reserved opcode
      case 4 -> {
        s.frame(FuzzSocket.TEXT, false, 0, "{\"type\":".getBytes(StandardCharsets.UTF_8));
        s.frame(FuzzSocket.TEXT, true, 0, "\"ping\"}".getBytes(StandardCharsets.UTF_8)); // not a continuation
      }
      default -> s.frame(FuzzSocket.TEXT, true, 0, new byte[300_000]); // over the hard limit: 1009
    }
  }

  private static String event(long seq, int target, String name, String data) {
    return "{\"type\":\"event\",\"seq\":" + seq + ",\"target\":" + target + ",\"name\":\"" + name
        + "\",\"data\":" + data + "}";
  }

  private String randomWord() {
    return randomText(1 + random.nextInt(12)).replaceAll("[^a-zA-Z]", "x");
  }

  /** Printable ASCII with JSON's structural characters over-represented. */
  private String randomText(int length) {
    String alphabet = "{}[]\":,0123456789-+.eE truefalsn\\/abcxyzé€";
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }
}
