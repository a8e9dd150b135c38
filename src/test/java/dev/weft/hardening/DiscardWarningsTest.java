package dev.weft.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.Counter;
import dev.weft.testing.WeftTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Connections closing under a flood must not make Vert.x log "Discarding message since the
 * consumer is not registered" (issue 14: 12,400 such warnings in 8 s, logging as a denial of
 * service). Each of 300 connections registers, floods its session with bad frames until it is
 * closed (1008), or hangs up in the middle of the flood; the warnings are counted through JUL.
 */
class DiscardWarningsTest {

  private static final String WARNING = "Discarding message since the consumer is not registered";

  @Test
  void connectionsClosingUnderAFloodCauseNoDiscardWarnings() throws Exception {
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("session.unconfirmedTimeoutSeconds", 1), Map.of("/", new Counter()));
         LogCount discarded = LogCount.containing(WARNING)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 10; t++) {
        int thread = t;
        threads.add(new Thread(() -> flood(server.port(), thread)));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join(60_000);
      }
      long deadline = System.currentTimeMillis() + 10_000;
      while (server.weft().sessions().live() > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      assertThat(discarded.count()).as("warnings, first: %s", discarded.first()).isZero();
      assertThat(server.weft().sessions().live()).as("sessions left").isZero();
    }
  }

  /** 30 connections, each: register, then a pipelined burst of bad frames, then hang up or be closed. */
  private static void flood(int port, int thread) {
    for (int c = 0; c < 30; c++) {
      try (FuzzSocket s = FuzzSocket.open(port, "/ws")) {
        s.text(Shots.register());
        boolean hangUp = (c + thread) % 2 == 0; // half hang up mid-flood, half run out of errors
        int frames = hangUp ? 15 : 200;
        for (int i = 0; i < frames && !s.isClosed(); i++) {
          s.text("{\"type\":\"event\",\"seq\":" + (i + 2) + ",\"target\":999999,\"name\":\"click\"}");
        }
        if (!hangUp) {
          s.awaitClose(5_000);
        }
      } catch (Exception e) {
        // the server closing mid-write is part of the flood
      }
    }
  }
}
