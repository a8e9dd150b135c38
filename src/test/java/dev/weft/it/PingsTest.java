package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Eventually;
import dev.weft.examples.Counter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pings of many WebSockets come from one round per event loop (dev.weft.server.PingRound):
 * every socket is still pinged each interval, peers that answer stay open however long they send
 * nothing else, and a peer that answers nothing is closed with 4004 while they stay.
 */
class PingsTest {

  private static final int SOCKETS = 40;
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void manySocketsArePingedEachAndASilentOneIsClosedWith4004() throws Exception {
    List<RawClient> clients = new ArrayList<>();
    try (ItServer server = ItServer.start(ItServer.config("ws.pingIntervalSeconds", 1),
        Map.of("/", new Counter()));
         Socket silent = new Socket("127.0.0.1", server.port)) {
      for (int i = 0; i < SOCKETS; i++) {
        RawClient client = RawClient.connect(server.port, "/");
        clients.add(client);
        client.register(1, null, 0);
        client.await("render", WAIT);
      }
      silent.setSoTimeout((int) WAIT.toMillis());
      silent.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
          + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

      byte[] frames = afterHeaders(readUntilClosed(silent.getInputStream()));

      assertThat(closeCode(frames)).as("the silent peer's close code").isEqualTo(4004);
      assertThat(frames[0] & 0xff).as("a ping came before the close").isEqualTo(0x89);
      // the silent one sent nothing for two intervals: the others, as quiet but for their pongs, stay
      Eventually.until("every socket pinged three times", WAIT,
          () -> clients.stream().allMatch(c -> c.pings() >= 3));
      for (RawClient client : clients) {
        assertThat(client.closed).as("an answering socket stays open").isNotDone();
      }
    } finally {
      clients.forEach(RawClient::close);
    }
  }

  private static byte[] readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[1024];
    for (int n; (n = in.read(chunk)) >= 0; ) {
      all.write(chunk, 0, n);
      if (closeCode(afterHeaders(all.toByteArray())) != -1) {
        break; // the close frame is in: the server may wait for ours before it drops the TCP connection
      }
    }
    return all.toByteArray();
  }

  /** The WebSocket frames after the 101 response's headers (none while those are incomplete). */
  private static byte[] afterHeaders(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    assertThat(text).as("the upgrade's answer").startsWith("HTTP/1.1 101");
    return end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
  }

  /** The status of the first close frame among unmasked server frames, or -1 if none is complete. */
  private static int closeCode(byte[] frames) {
    int at = 0;
    while (at + 2 <= frames.length) {
      int opcode = frames[at] & 0x0f;
      int length = frames[at + 1] & 0x7f; // server frames here are short: pings and a close
      if (length >= 126 || at + 2 + length > frames.length) {
        return -1;
      }
      if (opcode == 0x8 && length >= 2) {
        return ((frames[at + 2] & 0xff) << 8) | (frames[at + 3] & 0xff);
      }
      at += 2 + length;
    }
    return -1;
  }
}
