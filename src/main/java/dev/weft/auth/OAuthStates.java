package dev.weft.auth;

import dev.weft.secrets.Secrets;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * clustered Vert.x, another JVM); so does the browser's way to the provider
 * ({@link OAuthLoginEndpoint}). What the browser then sees is decided there too: the sign-in
 * exchanges its code with the provider before the callback answers, so the delivery waits up to
 * {@link #DELIVERY_TIMEOUT} for it. Thread-safe.
 */
public final class OAuthStates {

  private static final String ADDRESS = "weft.oauth.";
  private static final int STATE_BYTES = 32;
  /** What {@link #issue()} makes: 32 bytes, base64url. Anything else is not worth a lookup. */
  private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{43}");
  /**
   * How long a callback waits for the sign-in it completes: longer than a token exchange, an ID
   * token check and the user's details ({@link SignInFlow#DEADLINE}), even across a cluster.
   */
  static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);
  /** Event-bus header: {@code callback} or {@code login}. */
  private static final String KIND = "weft-kind";
  /** Event-bus header: the callback's {@link BrowserBinding} cookie. */
  private static final String BROWSER_KEY = "weft-browser-key";

  private final Vertx vertx;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
  /**
   * Used states still answering at their address until they would have expired. Unregistering at
   * once would leave other instances a stale registration for a moment (a clustered consumer's
   * removal reaches them asynchronously): a replayed callback sent there meanwhile would go
   * unanswered until the delivery timeout, a 504 instead of the 400 a replay deserves.
   */
  private final Map<String, Spent> spent = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private record Waiting(Instant expires, StateHolder holder, MessageConsumer<JsonObject> consumer) {
  }

  private record Spent(Instant expires, MessageConsumer<JsonObject> consumer) {
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
   * Starts a sign-in the caller completes itself: a new state to send to the provider, and the
   * future its callback completes with the code (to exchange at the provider). The callback
   * answers 200 "Signed in" then, as there is no app to return to; {@link SignIns} does the whole
   * flow instead.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  public PendingSignIn issue() {
    Promise<AuthorizationCode> promise = Promise.promise();
    String state = issue(new StateHolder() {
      @Override
      public Future<CallbackAnswer> callback(Map<String, String> parameters, String browserKey) {
        String error = parameters.get("error");
        String code = parameters.get("code");
        if (error != null) {
          promise.tryFail(new SignInException(error, parameters.getOrDefault("error_description", error)));
          return Future.succeededFuture(CallbackAnswer.providerError(error, null));
        }
        if (code == null || code.isEmpty()) {
          promise.tryFail(new SignInException("no_code", "the provider sent no code"));
          return Future.succeededFuture(CallbackAnswer.noCode(null));
        }
        promise.tryComplete(new AuthorizationCode(code, parameters));
        return Future.succeededFuture(CallbackAnswer.page(200, "Signed in",
            "Signed in. You can close this window and return to the app.", null));
      }

      @Override
      public void abandoned(SignInException why) {
        promise.tryFail(why);
      }

      @Override
      public String returnUrl() {
        return null;
      }

      @Override
      public BrowserBinding login() {
        return null; // the host sends the browser to its provider itself
      }
    });
    return new PendingSignIn(state, promise.future());
  }

  /**
   * Issues a state whose callback {@code holder} handles, here, whichever instance receives it.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  String issue(StateHolder holder) {
    if (closed) {
      throw new IllegalStateException("this Weft is closed: no more sign-ins");
    }
    String state = Secrets.base64url(STATE_BYTES);
    MessageConsumer<JsonObject> consumer = vertx.eventBus()
        .consumer(ADDRESS + state, message -> answer(state, message));
    waiting.put(state, new Waiting(clock.instant().plus(ttl), holder, consumer));
    return state;
  }

  /**
   * Hands a provider's callback to the sign-in waiting for its state, in this store or in another
   * instance's, and waits for what the browser should see.
   *
   * @param callback the callback's query parameters, first value of each
   * @return never fails: an unknown state, or a sign-in that does not answer in time, has its page
   */
  Future<CallbackAnswer> deliver(String state, JsonObject callback) {
    return deliver(state, callback, null);
  }

  /** As {@link #deliver(String, JsonObject)}, with the browser's binding cookie, if it sent one. */
  Future<CallbackAnswer> deliver(String state, JsonObject callback, String browserKey) {
    if (state == null || !STATE.matcher(state).matches()) {
      return Future.succeededFuture(CallbackAnswer.unknownState());
    }
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(DELIVERY_TIMEOUT.toMillis())
        .addHeader(KIND, "callback");
    if (browserKey != null) {
      options.addHeader(BROWSER_KEY, browserKey);
    }
    return vertx.eventBus()
        .<JsonObject>request(ADDRESS + state, callback, options)
        .map(reply -> CallbackAnswer.fromJson(reply.body()))
        .otherwise(t -> t instanceof ReplyException r && r.failureType() == ReplyFailure.TIMEOUT
            ? CallbackAnswer.timedOut(null)
            : CallbackAnswer.unknownState()); // no one listens: never issued, used, expired, or gone
  }

  /**
   * The way to the provider for a state's browser ({@link BrowserBinding}): the first request
   * for an unexpired state that binds browsers gets it; fails otherwise.
   */
  Future<BrowserBinding> login(String state) {
    if (state == null || !STATE.matcher(state).matches()) {
      return Future.failedFuture("unknown state");
    }
    return vertx.eventBus()
        .<JsonObject>request(ADDRESS + state, new JsonObject(), new DeliveryOptions()
            .setSendTimeout(DELIVERY_TIMEOUT.toMillis()).addHeader(KIND, "login"))
        .map(reply -> BrowserBinding.fromJson(reply.body()));
  }

  private void answer(String state, Message<JsonObject> message) {
    if ("login".equals(message.headers().get(KIND))) {
      Waiting w = waiting.get(state);
      BrowserBinding binding = w == null || expired(w) ? null : w.holder().login();
      if (binding == null) {
        message.fail(404, "no way to the provider for this state");
      } else {
        message.reply(binding.toJson());
      }
      return;
    }
    settle(state, message);
  }

  /** A callback for one of this store's states: the first one uses it up. */
  private void settle(String state, Message<JsonObject> message) {
    Waiting w = waiting.remove(state); // atomic: of two callbacks with one state, one gets it
    if (w == null) {
      message.reply(CallbackAnswer.unknownState().toJson());
      return;
    }
    spent.put(state, new Spent(w.expires(), w.consumer()));
    if (expired(w)) {
      w.holder().abandoned(expiredFailure());
      message.reply(CallbackAnswer.expired(w.holder().returnUrl()).toJson());
      return;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    message.body().forEach(e -> parameters.put(e.getKey(), String.valueOf(e.getValue())));
    Future<CallbackAnswer> answer;
    try {
      answer = w.holder().callback(parameters, message.headers().get(BROWSER_KEY));
    } catch (RuntimeException e) {
      answer = Future.failedFuture(e);
    }
    answer.otherwise(t -> CallbackAnswer.page(500, "Sign-in failed",
            "The sign-in failed on the server, so you are not signed in. Please try again.",
            w.holder().returnUrl()))
        .onSuccess(a -> message.reply(a.toJson()));
  }

  /** Removes expired states, failing their sign-ins; returns how many went. */
  public int removeExpired() {
    int removed = 0;
    for (Iterator<Map.Entry<String, Waiting>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Waiting> e = it.next();
      if (expired(e.getValue()) && waiting.remove(e.getKey(), e.getValue())) {
        e.getValue().consumer().unregister();
        e.getValue().holder().abandoned(expiredFailure());
        removed++;
      }
    }
    Instant now = clock.instant();
    spent.forEach((state, used) -> {
      if (now.isAfter(used.expires()) && spent.remove(state, used)) {
        used.consumer().unregister();
      }
    });
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
        w.holder().abandoned(new SignInException("closed", "the server is shutting down"));
      }
    });
    spent.keySet().forEach(state -> {
      Spent used = spent.remove(state);
      if (used != null) {
        used.consumer().unregister();
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
