package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One session's pubsub queue, without a server: handlers run one at a time in arrival order, at
 * most {@link SessionPubSub#MAX_QUEUED} messages wait (what comes beyond is dropped, not
 * buffered), and a closed session hears nothing and leaves the hub.
 */
class SessionPubSubTest {

  private final Vertx vertx = Vertx.vertx();
  private final Context context = vertx.getOrCreateContext();
  private final PubSubHub hub = new PubSubHub(vertx);
  /** The handlers started, in order, each with the promise that finishes it. */
  private final List<String> started = new ArrayList<>();
  private final List<Promise<Void>> running = new ArrayList<>();
  private final SessionPubSub pubsub = new SessionPubSub("s1", "/app/", hub, context, delivery -> {
    started.add(delivery.toString() + " " + delivery.message().json());
    Promise<Void> done = Promise.promise();
    running.add(done);
    return done.future();
  });

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Runs on the session's context and waits: everything queued there before has run. */
  private <T> T onContext(java.util.function.Supplier<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    context.runOnContext(v -> result.complete(action.get()));
    return result.get(10, TimeUnit.SECONDS);
  }

  @Test
  void handlersRunOneAtATimeInArrivalOrder() throws Exception {
    pubsub.subscribe(m -> { });
    pubsub.subscribeTopic("t", m -> { });
    pubsub.offer(null, "1");
    pubsub.offer("t", "2");
    pubsub.offer(null, "3");
    assertThat(onContext(() -> List.copyOf(started))).containsExactly("a pubsub message 1");
    onContext(() -> running.get(0).tryComplete());
    assertThat(onContext(() -> List.copyOf(started)))
        .containsExactly("a pubsub message 1", "a pubsub message on t 2");
    onContext(() -> running.get(1).tryComplete());
    assertThat(onContext(() -> List.copyOf(started))).hasSize(3).endsWith("a pubsub message 3");
  }

  @Test
  void aSessionThatFallsBehindKeepsAtMostMaxQueuedMessagesWaiting() throws Exception {
    pubsub.subscribe(m -> { });
    int sent = SessionPubSub.MAX_QUEUED + 50;
    for (int i = 1; i <= sent; i++) {
      pubsub.offer(null, String.valueOf(i));
    }
    // the first runs at once; MAX_QUEUED wait behind it; the other 49 were dropped
    for (int i = 0; i < sent; i++) {
      int index = i;
      if (!onContext(() -> index < running.size() && running.get(index).tryComplete())) {
        break;
      }
    }
    List<String> handled = onContext(() -> List.copyOf(started));
    assertThat(handled).hasSize(1 + SessionPubSub.MAX_QUEUED)
        .startsWith("a pubsub message 1")
        .endsWith("a pubsub message " + (1 + SessionPubSub.MAX_QUEUED));
  }

  @Test
  void aClosedSessionHearsNothingMoreAndLeavesTheHub() throws Exception {
    pubsub.subscribe(m -> { });
    assertThat(hub.subscribers("/app/")).isEqualTo(1);
    pubsub.close();
    assertThat(hub.subscribers("/app/")).isZero();
    pubsub.offer(null, "late");
    pubsub.subscribe(m -> { }); // too late: the session has ended
    assertThat(hub.subscribers("/app/")).isZero();
    assertThat(onContext(() -> List.copyOf(started))).isEmpty();
  }

  @Test
  void unsubscribingFromEverythingLeavesTheHubAndSubscribingReturns() {
    pubsub.subscribeTopic("t", m -> { });
    assertThat(hub.subscribers("/app/")).isEqualTo(1);
    pubsub.unsubscribeTopic("t");
    assertThat(hub.subscribers("/app/")).isZero();
    pubsub.subscribeAsync(m -> null);
    assertThat(hub.subscribers("/app/")).isEqualTo(1);
    pubsub.unsubscribeAll();
    assertThat(hub.subscribers("/app/")).isZero();
  }

  private Object field(String name) throws Exception {
    java.lang.reflect.Field f = SessionPubSub.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(pubsub);
  }

  @Test
  void aSessionThatNeverSubscribesOrHasEmptiedItsQueueHoldsNoMapNorQueue() throws Exception {
    assertThat(field("topics")).as("never subscribed to a topic").isNull();
    assertThat(field("queue")).as("no message ever waited").isNull();
    pubsub.subscribeTopic("t", m -> { });
    assertThat(field("topics")).isNotNull();
    pubsub.offer("t", "1");
    assertThat(onContext(() -> List.copyOf(started))).containsExactly("a pubsub message on t 1");
    onContext(() -> running.get(0).tryComplete());
    assertThat(onContext(() -> {
      try {
        return field("queue");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).as("drained: the queue is given back").isNull();
    pubsub.unsubscribeTopic("t");
    assertThat(field("topics")).as("no topic left: the map is given back").isNull();
    pubsub.offer("t", "2"); // unsubscribed: not heard
    assertThat(onContext(() -> List.copyOf(started))).hasSize(1);
  }
}
