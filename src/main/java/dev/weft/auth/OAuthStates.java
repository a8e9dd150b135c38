package dev.weft.auth;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OAuth {@code state} values this Weft issued and still waits for. A state is 256 random
 * bits, so it cannot be guessed; it is good once (the first callback with it uses it up, so a
 * replayed callback is refused) and for {@code oauth.stateTtlSeconds} (older ones are refused, and
 * removed by the cleanup timer). This is the CSRF protection of the OAuth flow: a callback the
 * user did not start carries no state of ours.
 *
 * <p>The store that issued a state answers for it at its own event-bus address,
 * {@code weft.oauth.<state>}, and a callback is delivered there: so it reaches the sign-in
 * whichever instance's endpoint the provider's redirect lands on ({@code -instances N}, and with a
 * clustered Vert.x, another JVM). Thread-safe.
 */
public final class OAuthStates {

  private static final String ADDRESS = "weft.oauth.";
  private static final int STATE_BYTES = 32;
  /** What {@link #issue()} makes: 32 bytes, base64url. Anything else is not worth a lookup. */
  private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final long DELIVERY_TIMEOUT_MS = 5_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Vertx vertx;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private record Waiting(Instant expires, Promise<AuthorizationCode> promise,
                         MessageConsumer<JsonObject> consumer) {
  }

  /** How a delivered callback went. */
  enum Outcome {
    /** The sign-in got its code. */
    SIGNED_IN,
    /** The provider reported an error; the sign-in failed. */
    PROVIDER_ERROR,
    /** The provider sent no code; the sign-in failed. */
    NO_CODE,
    /** No sign-in waits for this state: never issued, used already, expired, or malformed. */
    UNKNOWN
  }

  private OAuthStates(Vertx vertx, Duration ttl, Clock clock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a state's lifetime must be positive: " + ttl);
    }
    this.vertx = vertx;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A store whose states expire after {@code ttl}. */
  public static OAuthStates create(Vertx vertx, Duration ttl) {
    return create(vertx, ttl, Clock.systemUTC());
  }

  /** As {@link #create(Vertx, Duration)}, telling time by {@code clock}. */
  public static OAuthStates create(Vertx vertx, Duration ttl, Clock clock) {
    return new OAuthStates(vertx, ttl, clock);
  }

  /**
   * Starts a sign-in: a new state to send to the provider, and the future its callback completes.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  public PendingSignIn issue() {
    if (closed) {
      throw new IllegalStateException("this Weft is closed: no more sign-ins");
    }
    byte[] bytes = new byte[STATE_BYTES];
    RANDOM.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Promise<AuthorizationCode> promise = Promise.promise();
    MessageConsumer<JsonObject> consumer = vertx.eventBus()
        .consumer(ADDRESS + state, message -> settle(state, message));
    waiting.put(state, new Waiting(clock.instant().plus(ttl), promise, consumer));
    return new PendingSignIn(state, promise.future());
  }

  /**
   * Hands a provider's callback to the sign-in waiting for its state, in this store or in another
   * instance's.
   *
   * @param callback the callback's query parameters, first value of each
   */
  Future<Outcome> deliver(String state, JsonObject callback) {
    if (state == null || !STATE.matcher(state).matches()) {
      return Future.succeededFuture(Outcome.UNKNOWN);
    }
    return vertx.eventBus()
        .<String>request(ADDRESS + state, callback, new DeliveryOptions().setSendTimeout(DELIVERY_TIMEOUT_MS))
        .map(reply -> Outcome.valueOf(reply.body()))
        .otherwise(Outcome.UNKNOWN); // no one listens: never issued, used, expired, or gone
  }

  /** A callback for one of this store's states: the first one uses it up. */
  private void settle(String state, Message<JsonObject> message) {
    Waiting w = waiting.remove(state); // atomic: of two callbacks with one state, one gets it
    if (w == null) {
      message.reply(Outcome.UNKNOWN.name());
      return;
    }
    w.consumer().unregister();
    if (expired(w)) {
      w.promise().tryFail(expiredFailure());
      message.reply(Outcome.UNKNOWN.name());
      return;
    }
    JsonObject callback = message.body();
    String error = callback.getString("error");
    String code = callback.getString("code");
    Outcome outcome;
    if (error != null) {
      w.promise().tryFail(new SignInException(error, callback.getString("error_description", error)));
      outcome = Outcome.PROVIDER_ERROR;
    } else if (code == null || code.isEmpty()) {
      w.promise().tryFail(new SignInException("no_code", "the provider sent no code"));
      outcome = Outcome.NO_CODE;
    } else {
      Map<String, String> parameters = new LinkedHashMap<>();
      callback.forEach(e -> parameters.put(e.getKey(), String.valueOf(e.getValue())));
      w.promise().tryComplete(new AuthorizationCode(code, parameters));
      outcome = Outcome.SIGNED_IN;
    }
    message.reply(outcome.name());
  }

  /** Removes expired states, failing their sign-ins; returns how many went. */
  public int removeExpired() {
    int removed = 0;
    for (Iterator<Map.Entry<String, Waiting>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Waiting> e = it.next();
      if (expired(e.getValue()) && waiting.remove(e.getKey(), e.getValue())) {
        e.getValue().consumer().unregister();
        e.getValue().promise().tryFail(expiredFailure());
        removed++;
      }
    }
    return removed;
  }

  /** States waiting for their callback (expired ones included until removed). */
  public int pending() {
    return waiting.size();
  }

  /** How long a state is good for. */
  public Duration ttl() {
    return ttl;
  }

  /** Fails every pending sign-in and refuses new ones: for shutdown. */
  public void close() {
    closed = true;
    waiting.keySet().forEach(state -> {
      Waiting w = waiting.remove(state);
      if (w != null) {
        w.consumer().unregister();
        w.promise().tryFail(new SignInException("closed", "the server is shutting down"));
      }
    });
  }

  private boolean expired(Waiting w) {
    return clock.instant().isAfter(w.expires());
  }

  private SignInException expiredFailure() {
    return new SignInException("expired", "the sign-in took longer than " + ttl.toSeconds()
        + " s (oauth.stateTtlSeconds)");
  }
}
