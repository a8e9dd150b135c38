package dev.weft.ui;

/**
 * Messages between the sessions of one app, on every instance of a cluster: Flet's PubSub.
 * {@code page.pubsub()} is the page's own client of it.
 *
 * <p>A session has at most one handler for messages without a topic ({@link #subscribe}) and one
 * per topic ({@link #subscribeTopic}); subscribing again replaces the handler. {@link #sendAll}
 * reaches every session of the app that subscribed (this one too), {@link #sendOthers} every one
 * but this; the {@code OnTopic} forms reach the sessions subscribed to that topic. The app is
 * the mount: a chat at {@code /chat/} does not hear the counter at {@code /counter/}.
 *
 * <p>A message is a JSON value: a {@code String}, number, {@code Boolean}, {@code null}, a
 * {@code Map} or {@code List} of those, or a record or enum made of them. It travels as JSON text
 * (so it can reach another JVM) of at most {@value #MAX_MESSAGE_CHARS} characters; a receiver
 * reads it with {@link PubSubMessage#as(Class)}. Anything else fails the send at once with an
 * {@link IllegalArgumentException}.
 *
 * <p>Handlers run like event handlers: a {@link PubSubHandler} off the event loop (it may block),
 * an {@link AsyncPubSubHandler} on the session's event loop; what a handler changes on the page
 * is sent when it completes, and what it throws is logged and shown in the page's error banner.
 * A session's pubsub handlers run one at a time, in the order the messages arrived, so messages
 * from one sender are handled in the order they were sent; they may run beside its event
 * handlers. A session's subscriptions end with the session. Every method is thread-safe.
 */
public interface PubSub {

  /** The longest message, as JSON text. */
  int MAX_MESSAGE_CHARS = 64 * 1024;

  /** Handles messages sent without a topic, replacing this session's previous such handler. */
  void subscribe(PubSubHandler handler);

  /** {@link #subscribe(PubSubHandler)} with a handler that runs on the event loop. */
  void subscribeAsync(AsyncPubSubHandler handler);

  /** Handles messages sent on {@code topic}, replacing this session's previous handler for it. */
  void subscribeTopic(String topic, PubSubHandler handler);

  /** {@link #subscribeTopic(String, PubSubHandler)} with a handler that runs on the event loop. */
  void subscribeTopicAsync(String topic, AsyncPubSubHandler handler);

  /** Sends to every session of the app subscribed without a topic, this one included. */
  void sendAll(Object message);

  /** Sends to every session of the app subscribed to {@code topic}, this one included. */
  void sendAllOnTopic(String topic, Object message);

  /** Sends to every session of the app subscribed without a topic, except this one. */
  void sendOthers(Object message);

  /** Sends to every session of the app subscribed to {@code topic}, except this one. */
  void sendOthersOnTopic(String topic, Object message);

  /** Ends this session's subscription to messages without a topic. */
  void unsubscribe();

  /** Ends this session's subscription to {@code topic}. */
  void unsubscribeTopic(String topic);

  /** Ends every subscription of this session. */
  void unsubscribeAll();
}
