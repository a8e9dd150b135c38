package dev.weft.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The apps' publish–subscribe on this instance: one event-bus consumer per app mount, at
 * {@code weft.pubsub.<mount>}, however many sessions subscribe, and the sessions of this instance
 * that subscribed there. A message is published to the mount's address, so the hub of every
 * instance serving the app gets it once (the clustered event bus sends one copy to each member
 * with a consumer) and hands it to its own subscribers.
 *
 * <p>Why one consumer per mount and not one per session: a clustered consumer is a registration
 * in Hazelcast, written asynchronously; per session, a subscription would cost a cluster write and
 * miss what was sent before that write landed. Here a subscription is a map entry, effective at
 * once, and the cluster sees one registration per instance and app.
 *
 * <p>The consumer is registered before an app's first session is deployed, from the context that
 * opens sessions (the server's, never a session's: a consumer registered inside a verticle ends
 * when that verticle is undeployed), and unregistered by {@link #close()}.
 */
public final class PubSubHub {

  private static final System.Logger LOG = System.getLogger(PubSubHub.class.getName());
  private static final String TOPIC = "topic";
  private static final String EXCEPT = "except";
  private static final String JSON = "json";

  private final Vertx vertx;
  private final Map<String, Future<Void>> listening = new ConcurrentHashMap<>();
  private final Map<String, MessageConsumer<JsonObject>> consumers = new ConcurrentHashMap<>();
  private final Map<String, Set<SessionPubSub>> subscribers = new ConcurrentHashMap<>();

  public PubSubHub(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * Listens for the messages of the app at {@code mount}; completes once the consumer is
   * registered (in the cluster, when clustered). Never fails: without a cluster registration the
   * app's messages reach only this instance's sessions, which is logged.
   */
  Future<Void> listen(String mount) {
    return listening.computeIfAbsent(mount, m -> {
      MessageConsumer<JsonObject> consumer = vertx.eventBus()
          .consumer(Addresses.pubsub(m), message -> deliver(m, message.body()));
      consumers.put(m, consumer);
      return consumer.completion().recover(t -> {
        LOG.log(System.Logger.Level.ERROR, "pubsub of " + m + ": the consumer could not be "
            + "registered; messages from other instances will not arrive", t);
        return Future.succeededFuture();
      });
    });
  }

  /** Publishes to every instance's sessions of the app at {@code mount}. */
  void publish(String mount, String topic, String exceptSession, String json) {
    JsonObject envelope = new JsonObject().put(JSON, json);
    if (topic != null) {
      envelope.put(TOPIC, topic);
    }
    if (exceptSession != null) {
      envelope.put(EXCEPT, exceptSession);
    }
    vertx.eventBus().publish(Addresses.pubsub(mount), envelope);
  }

  void add(String mount, SessionPubSub subscriber) {
    subscribers.computeIfAbsent(mount, m -> ConcurrentHashMap.newKeySet()).add(subscriber);
  }

  void remove(String mount, SessionPubSub subscriber) {
    Set<SessionPubSub> set = subscribers.get(mount);
    if (set != null) {
      set.remove(subscriber);
    }
  }

  /** Sessions of this instance subscribed to anything at {@code mount}. */
  public int subscribers(String mount) {
    Set<SessionPubSub> set = subscribers.get(mount);
    return set == null ? 0 : set.size();
  }

  /** The event-bus consumers this hub holds: one per app mount that had a session. */
  public int consumers() {
    return consumers.size();
  }

  private void deliver(String mount, JsonObject envelope) {
    Set<SessionPubSub> set = subscribers.get(mount);
    if (set == null || envelope == null) {
      return;
    }
    String topic = envelope.getString(TOPIC);
    String except = envelope.getString(EXCEPT);
    String json = envelope.getString(JSON);
    for (SessionPubSub subscriber : set) {
      if (!subscriber.sessionId().equals(except)) {
        subscriber.offer(topic, json);
      }
    }
  }

  /** Stops listening: unregisters every consumer. */
  Future<Void> close() {
    List<Future<Void>> unregistering = new ArrayList<>();
    consumers.values().forEach(c -> unregistering.add(c.unregister()));
    consumers.clear();
    listening.clear();
    return Future.join(unregistering).mapEmpty();
  }
}
