package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Codec;
import dev.weft.protocol.ServerMessage;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's queue: messages offered from other threads at once (as blocking handlers do) reach
 * the connection all, in the order of their numbers, with nothing lost between its one slot and
 * the deque behind it.
 */
class OutboxTest {

  private static final Codec CODEC = new Codec();
  private static final String CONNECTION = "test.connection";

  private Vertx vertx;
  private final List<ServerMessage> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    vertx.eventBus().<String>localConsumer(CONNECTION, m -> received.add(decode(m.body())))
        .completion().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void messagesFromManyThreadsArriveAllAndInOrder() throws Exception {
    Outbox outbox = outboxOnALoop(true);
    int threads = 4;
    int each = 250;
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread sender = new Thread(() -> {
        for (int i = 0; i < each; i++) {
          outbox.patch(List.of());
        }
      });
      senders.add(sender);
      sender.start();
    }
    for (Thread sender : senders) {
      sender.join(10_000);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (received.size() < threads * each && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertThat(received).hasSize(threads * each);
    for (int i = 0; i < received.size(); i++) {
      assertThat(received.get(i).seq()).as("message %d", i).isEqualTo(i + 1);
    }
  }

  @Test
  void messagesOfTheLoopItselfGoOutInOrderToo() throws Exception {
    Context context = vertx.getOrCreateContext();
    CompletableFuture<Outbox> made = new CompletableFuture<>();
    context.runOnContext(v -> {
      Outbox outbox = newOutbox(context, false); // not local: sent through the lookup as before
      outbox.patch(List.of());
      outbox.patch(List.of());
      made.complete(outbox);
    });
    made.get(10, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (received.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(received).extracting(ServerMessage::seq).containsExactly(1L, 2L);
  }

  private Outbox outboxOnALoop(boolean local) throws Exception {
    Context context = vertx.getOrCreateContext();
    CompletableFuture<Outbox> made = new CompletableFuture<>();
    context.runOnContext(v -> made.complete(newOutbox(context, local)));
    return made.get(10, TimeUnit.SECONDS);
  }

  /** On the context's loop: the outbox takes its thread for the one it drains on. */
  private static Outbox newOutbox(Context context, boolean local) {
    Outbox outbox = new Outbox(context, CODEC, SessionToken.issue(), 1 << 20, 30);
    outbox.open(CONNECTION, 0, local);
    return outbox;
  }

  private static ServerMessage decode(String frame) {
    try {
      return CODEC.decodeServer(frame);
    } catch (Exception e) {
      throw new AssertionError("not a server message: " + frame, e);
    }
  }
}
