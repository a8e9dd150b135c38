package dev.weft.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.Counter;
import dev.weft.testing.WeftTestServer;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Sessions nobody will come back for do not wait {@code session.timeoutSeconds} (300 s here):
 * one whose socket was closed for abuse ends at once, one whose browser never acknowledged its
 * render waits {@code session.unconfirmedTimeoutSeconds}. A page that acknowledged waits in full.
 */
class ThrowawaySessionsTest {

  @Test
  void aSessionClosedForTooManyErrorsEndsAtOnce() throws Exception {
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config(
        "session.timeoutSeconds", 300, "session.unconfirmedTimeoutSeconds", 300),
        Map.of("/", new Counter()));
         FuzzSocket s = FuzzSocket.open(server.port(), "/ws")) {
      s.text(Shots.register());
      awaitRender(s);
      s.text("{\"type\":\"ack\",\"ack\":" + s.lastSeq + "}"); // a confirmed page, even
      for (int i = 0; i < 30 && !s.isClosed(); i++) {
        s.text("{\"type\":\"event\",\"seq\":" + (i + 2) + ",\"target\":999999,\"name\":\"click\"}");
      }
      assertThat(s.awaitClose(5_000)).isTrue();
      assertThat(s.closeCode).isEqualTo(1008);
      assertThat(await(() -> server.weft().sessions().live(), 0, 5_000)).isZero();
    }
  }

  @Test
  void aSessionWhoseBrowserNeverAcknowledgedWaitsOnlyTheUnconfirmedTimeout() throws Exception {
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config(
        "session.timeoutSeconds", 300, "session.unconfirmedTimeoutSeconds", 1),
        Map.of("/", new Counter()))) {
      IntSupplier live = () -> server.weft().sessions().live();
      try (FuzzSocket confirmed = FuzzSocket.open(server.port(), "/ws")) {
        confirmed.text(Shots.register());
        awaitRender(confirmed);
        confirmed.text("{\"type\":\"ack\",\"ack\":" + confirmed.lastSeq + "}");
        Thread.sleep(200); // the ack arrives before the hang-up
      }
      try (FuzzSocket throwaway = FuzzSocket.open(server.port(), "/ws")) {
        throwaway.text(Shots.register());
        awaitRender(throwaway);
      }
      assertThat(await(live, 1, 5_000)).as("the throwaway session ended").isEqualTo(1);
      Thread.sleep(1_500);
      assertThat(live.getAsInt()).as("the confirmed page's session waits on").isEqualTo(1);
    }
  }

  private static void awaitRender(FuzzSocket s) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (s.render == null && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    assertThat(s.render).as("render").isNotNull();
  }

  private static int await(IntSupplier value, int expected, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (value.getAsInt() > expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    return value.getAsInt();
  }
}
