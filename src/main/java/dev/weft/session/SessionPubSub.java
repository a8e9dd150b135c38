package dev.weft.session;

import dev.weft.protocol.Json;
import dev.weft.secrets.LogTag;
import dev.weft.ui.AsyncPubSubHandler;
import dev.weft.ui.MessageValues;
import dev.weft.ui.PubSub;
import dev.weft.ui.PubSubHandler;
import dev.weft.ui.PubSubMessage;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One session's client of its app's pubsub ({@code page.pubsub()}): its subscriptions, the
 * messages waiting for its handlers, and its sends, which go through the {@link PubSubHub}.
 *
 * <p>Sends are turned into JSON on the caller's thread (a message that is not JSON fails there,
 * at once) and published from the session's context, in the order they were made. Messages for
 * this session queue on its context and their handlers run one at a time, through the session
 * ({@link Delivery}), so a sender's messages are handled in the order they were sent. At most
 * {@value #MAX_QUEUED} wait: a session whose handler cannot keep up loses what comes beyond,
 * which is logged, rather than holding unbounded memory.
 *
 * <p>Every session has one and most never subscribe, so it holds nothing until they do: the topic
 * map and the message queue are made on first use, and changes are guarded by the object's own
 * monitor rather than a lock object of its own.
 */
final class SessionPubSub implements PubSub {

  private static final System.Logger LOG = System.getLogger(SessionPubSub.class.getName());
  /** Messages that may wait for this session's handlers. */
  static final int MAX_QUEUED = 256;

  private final String sessionId;
  private final String mount;
  private final PubSubHub hub;
  private final Context context;
  private final Function<Delivery, Future<Void>> runner;
  private volatile Object all; // a PubSubHandler or AsyncPubSubHandler, or null
  /** Topic → handler; null until the first topic subscription (written under the monitor). */
  private volatile Map<String, Object> topics;
  private volatile boolean closed;
  // on the session's context only; null while no message waits
  private ArrayDeque<PubSubMessage> queue;
  private boolean running;
  private boolean overflowing;

  /**
   * @param runner runs a handler like an event handler, on the session's context; its future
   *     completes (never fails) on that context once the handler is done and its changes sent
   */
  SessionPubSub(String sessionId, String mount, PubSubHub hub, Context context,
                Function<Delivery, Future<Void>> runner) {
    this.sessionId = sessionId;
    this.mount = mount;
    this.hub = hub;
    this.context = context;
    this.runner = runner;
  }

  String sessionId() {
    return sessionId;
  }

  // ------------------------------------------------------------------ subscriptions

  @Override
  public void subscribe(PubSubHandler handler) {
    subscribeAll(Objects.requireNonNull(handler, "handler"));
  }

  @Override
  public void subscribeAsync(AsyncPubSubHandler handler) {
    subscribeAll(Objects.requireNonNull(handler, "handler"));
  }

  @Override
  public void subscribeTopic(String topic, PubSubHandler handler) {
    subscribeTo(topic, Objects.requireNonNull(handler, "handler"));
  }

  @Override
  public void subscribeTopicAsync(String topic, AsyncPubSubHandler handler) {
    subscribeTo(topic, Objects.requireNonNull(handler, "handler"));
  }

  @Override
  public void unsubscribe() {
    changeSubscriptions(() -> all = null);
  }

  @Override
  public void unsubscribeTopic(String topic) {
    String checked = checked(topic);
    changeSubscriptions(() -> {
      if (topics != null) {
        topics.remove(checked);
      }
    });
  }

  @Override
  public void unsubscribeAll() {
    changeSubscriptions(() -> {
      all = null;
      topics = null;
    });
  }

  private void subscribeAll(Object handler) {
    changeSubscriptions(() -> all = handler);
  }

  private void subscribeTo(String topic, Object handler) {
    String checked = checked(topic);
    changeSubscriptions(() -> {
      if (topics == null) {
        topics = new ConcurrentHashMap<>(4);
      }
      topics.put(checked, handler);
    });
  }

  /** Changes the subscriptions; the hub knows this session while it has any. */
  private synchronized void changeSubscriptions(Runnable change) {
    if (closed) {
      return; // the session has ended: it hears nothing more
    }
    change.run();
    if (topics != null && topics.isEmpty()) {
      topics = null; // give the map back: the session may idle for hours
    }
    if (all != null || topics != null) {
      hub.add(mount, this);
    } else {
      hub.remove(mount, this);
    }
  }

  /** Ends every subscription for good: the session has ended. */
  void close() {
    synchronized (this) {
      closed = true;
      all = null;
      topics = null;
      hub.remove(mount, this);
    }
    context.runOnContext(v -> queue = null);
  }

  // ------------------------------------------------------------------ sending

  @Override
  public void sendAll(Object message) {
    send(null, null, message);
  }

  @Override
  public void sendAllOnTopic(String topic, Object message) {
    send(checked(topic), null, message);
  }

  @Override
  public void sendOthers(Object message) {
    send(null, sessionId, message);
  }

  @Override
  public void sendOthersOnTopic(String topic, Object message) {
    send(checked(topic), sessionId, message);
  }

  private void send(String topic, String except, Object message) {
    String json = Json.writeValue(MessageValues.toPlain(message));
    if (json.length() > MAX_MESSAGE_CHARS) {
      throw new IllegalArgumentException("a pubsub message may be at most " + MAX_MESSAGE_CHARS
          + " characters of JSON, not " + json.length());
    }
    // Always through the context's task queue, so one sender's messages leave in order. A session
    // that has ended may still send (a close hook saying goodbye); it only hears nothing more.
    context.runOnContext(v -> hub.publish(mount, topic, except, json));
  }

  private static String checked(String topic) {
    if (topic == null || topic.isEmpty()) {
      throw new IllegalArgumentException("a topic must be a non-empty string");
    }
    return topic;
  }

  // ------------------------------------------------------------------ receiving

  /** A message the hub has for this session; from any thread. */
  void offer(String topic, String json) {
    if (closed || handler(topic) == null) {
      return;
    }
    context.runOnContext(v -> enqueue(topic, json));
  }

  private void enqueue(String topic, String json) {
    if (closed) {
      return;
    }
    if (queue == null) {
      queue = new ArrayDeque<>(4);
    } else if (queue.size() >= MAX_QUEUED) {
      if (!overflowing) {
        overflowing = true;
        LOG.log(System.Logger.Level.WARNING, "session " + LogTag.of(sessionId) + ": its pubsub handlers "
            + "do not keep up; messages beyond " + MAX_QUEUED + " waiting are dropped");
      }
      return;
    }
    PubSubMessage message;
    try {
      message = PubSubMessage.of(topic, json);
    } catch (IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "session " + LogTag.of(sessionId) + ": dropped a pubsub message", e);
      return;
    }
    queue.add(message);
    pump();
  }

  /** Runs the next message's handler unless one is running; on the session's context. */
  private void pump() {
    while (!running && queue != null && !queue.isEmpty()) {
      PubSubMessage message = queue.poll();
      Object handler = handler(message.topic());
      if (handler == null || closed) {
        continue; // unsubscribed since it arrived
      }
      running = true;
      runner.apply(new Delivery(handler, message)).onComplete(ar -> {
        running = false;
        pump();
      });
    }
    if (queue != null && queue.isEmpty()) {
      queue = null; // nothing waits: the session holds no queue while it idles
      overflowing = false;
    }
  }

  /** The handler for messages on {@code topic} (null: sent to all), or null; any thread. */
  private Object handler(String topic) {
    if (topic == null) {
      return all;
    }
    Map<String, Object> byTopic = topics;
    return byTopic == null ? null : byTopic.get(topic);
  }

  /** One message for one handler, ready to run. */
  static final class Delivery {

    private final Object handler;
    private final PubSubMessage message;

    Delivery(Object handler, PubSubMessage message) {
      this.handler = handler;
      this.message = message;
    }

    PubSubMessage message() {
      return message;
    }

    /** Whether the handler is async (runs on the event loop) rather than blocking. */
    boolean isAsync() {
      return handler instanceof AsyncPubSubHandler;
    }

    void runBlocking() throws Exception {
      ((PubSubHandler) handler).handle(message);
    }

    /** Runs an async handler; its stage, or null when it completed at once. */
    CompletionStage<?> runAsync() throws Exception {
      return ((AsyncPubSubHandler) handler).handle(message);
    }

    @Override
    public String toString() {
      return message.topic() == null ? "a pubsub message" : "a pubsub message on " + message.topic();
    }
  }
}
