package dev.weft.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proxy's WebSocket reader finds every frame, however the reads split the bytes. */
class FrameScannerTest {

  private static final byte[] HEAD = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"
      .getBytes(StandardCharsets.US_ASCII);

  /** A frame as a browser sends it (masked) or a server (not masked). */
  static byte[] frame(int opcode, byte[] payload, boolean masked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x80 | opcode);
    int maskBit = masked ? 0x80 : 0;
    if (payload.length < 126) {
      out.write(maskBit | payload.length);
    } else if (payload.length < 65536) {
      out.write(maskBit | 126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xff);
    } else {
      out.write(maskBit | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) ((long) payload.length >>> shift) & 0xff);
      }
    }
    byte[] mask = {0x37, (byte) 0xfa, 0x21, 0x3d};
    if (masked) {
      out.write(mask, 0, 4);
    }
    for (int i = 0; i < payload.length; i++) {
      out.write(masked ? payload[i] ^ mask[i % 4] : payload[i]);
    }
    return out.toByteArray();
  }

  static byte[] text(String text, boolean masked) {
    return frame(FrameScanner.TEXT, text.getBytes(StandardCharsets.UTF_8), masked);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  private static List<FrameScanner.Frame> feedInChunks(byte[] stream, int chunk) {
    FrameScanner scanner = new FrameScanner();
    List<FrameScanner.Frame> frames = new ArrayList<>();
    for (int at = 0; at < stream.length; at += chunk) {
      frames.addAll(scanner.feed(stream, at, Math.min(chunk, stream.length - at)));
    }
    return frames;
  }

  @Test
  void findsMaskedAndUnmaskedFramesOfEveryLengthFormWhateverTheChunking() {
    String longText = "{\"type\":\"patch\",\"seq\":7,\"pad\":\"" + "x".repeat(70_000) + "\"}";
    String midText = "{\"type\":\"render\",\"seq\":1,\"pad\":\"" + "y".repeat(300) + "\"}";
    for (boolean masked : new boolean[] {true, false}) {
      byte[] stream = concat(HEAD,
          text("{\"type\":\"event\",\"seq\":12,\"ack\":11}", masked),
          text(midText, masked),
          frame(FrameScanner.PING, new byte[0], masked),
          text(longText, masked),
          frame(FrameScanner.CLOSE, new byte[] {0x0f, (byte) 0xa4}, masked));
      for (int chunk : new int[] {1, 3, 7, 100, 16_384, stream.length}) {
        List<FrameScanner.Frame> frames = feedInChunks(stream, chunk);
        assertThat(frames).as("masked %s, chunks of %d", masked, chunk).hasSize(5);
        assertThat(Transcript.describe(frames.get(0))).isEqualTo("event seq=12 ack=11");
        assertThat(frames.get(0).start()).isEqualTo(HEAD.length);
        assertThat(frames.get(1).text()).isEqualTo(midText);
        assertThat(Transcript.describe(frames.get(2))).isEqualTo("ws-ping");
        assertThat(frames.get(3).text()).isEqualTo(longText);
        assertThat(frames.get(4).closeCode()).isEqualTo(4004);
        assertThat(frames.get(4).end()).isEqualTo(stream.length);
        for (int i = 1; i < frames.size(); i++) {
          assertThat(frames.get(i).start()).isEqualTo(frames.get(i - 1).end());
        }
      }
    }
  }

  @Test
  void plainHttpIsNotReadAsFrames() {
    byte[] body = new byte[5_000];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) (i * 31 + 7); // anything at all, as a script or an image would be
    }
    byte[] stream = concat("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        body, text("{\"type\":\"patch\"}", false));
    FrameScanner scanner = new FrameScanner();
    assertThat(scanner.feed(stream, 0, stream.length)).isEmpty();
    assertThat(scanner.offset()).isEqualTo(stream.length);
  }

  @Test
  void anUpgradeRequestIsReadAsFrames() {
    byte[] stream = concat("GET /counter/ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII), text("{\"type\":\"register\",\"seq\":1}", true));
    List<FrameScanner.Frame> frames = new FrameScanner().feed(stream, 0, stream.length);
    assertThat(frames).hasSize(1);
    assertThat(Transcript.describe(frames.get(0))).isEqualTo("register seq=1");
  }

  @Test
  void nothingIsAFrameBeforeTheHttpHeadEnds() {
    byte[] head = "GET /ws HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(new FrameScanner().feed(head, 0, head.length)).isEmpty();
  }
}
