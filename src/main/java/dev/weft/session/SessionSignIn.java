package dev.weft.session;

import dev.weft.auth.SignInException;
import dev.weft.auth.SignInRequest;
import dev.weft.auth.SignInStart;
import dev.weft.auth.SignIns;
import dev.weft.secrets.LogTag;
import dev.weft.ui.Auth;
import dev.weft.ui.AuthTokens;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.LoginEvent;
import dev.weft.ui.LoginOptions;
import dev.weft.ui.LogoutEvent;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One session's sign-in: {@code page.login}, {@code page.logout}, {@code page.auth()} and the
 * refresh of its tokens, on top of the Weft's {@link SignIns}.
 *
 * <p>A login asks the providers for an authorization URL, sends the browser there and waits for
 * the sign-in's result, which arrives once the provider has sent the browser back to the callback
 * (on any instance). Only the latest login of a session counts: the result of one started before
 * it is dropped. Every way a login can end, success or not, reaches the page's login handlers as
 * a {@link LoginEvent}; nothing is thrown at the app.
 *
 * <p>A sign-in lasts as long as the session, or until {@code logout}. Tokens with an expiry and a
 * refresh token are refreshed before they expire ({@link #refreshDelay}); a refresh that fails is
 * tried again, at half the time left each time, while at least {@link #MIN_RETRY} is left, and
 * the old tokens are kept meanwhile. When the access token expires with no refresh having
 * succeeded, the page is signed out ({@link LogoutEvent#EXPIRED}). Tokens without a refresh token
 * are never refreshed and do not end the sign-in when they expire: {@code auth().tokens()} says
 * they have.
 *
 * <p>The current sign-in may be read and swapped from any thread ({@code page.logout()} takes
 * effect at once); everything else runs on the session's context. Tokens are never logged.
 */
final class SessionSignIn {

  /** What the sign-in needs its session to do. */
  interface Listener {

    /** Send the browser to the provider's authorization URL, in this window. */
    void navigate(String url);

    /** Run the page's login handlers. */
    void loggedIn(LoginEvent event);

    /** Run the page's logout handlers. */
    void loggedOut(LogoutEvent event);
  }

  private static final System.Logger LOG = System.getLogger(SessionSignIn.class.getName());
  private static final VarHandle CURRENT;

  static {
    try {
      CURRENT = MethodHandles.lookup().findVarHandle(SessionSignIn.class, "current", Auth.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
  /** The most a refresh comes before the expiry: tokens are refreshed a minute early. */
  static final Duration REFRESH_LEAD = Duration.ofSeconds(60);
  /** A failed refresh is retried only while this much time is left; then the tokens expire. */
  static final Duration MIN_RETRY = Duration.ofSeconds(5);

  private final SignIns signIns;
  private final String sessionId;
  private final Context context;
  private final Clock clock;
  private final Listener listener;
  // Who is signed in, or null; swapped through CURRENT rather than held in an AtomicReference,
  // which would be one more object in every session, and most never sign in.
  private volatile Auth current;
  private int attempt;           // the latest login's number; on the context
  private Future<Auth> pending;  // the latest login's result while it has none; on the context
  private long timer = -1;       // the refresh, retry or expiry timer of the current sign-in
  private boolean closed;

  /** @param signIns the Weft's providers, or null when none are configured */
  SessionSignIn(SignIns signIns, String sessionId, Context context, Clock clock, Listener listener) {
    this.signIns = signIns;
    this.sessionId = sessionId;
    this.context = context;
    this.clock = clock;
    this.listener = listener;
  }

  /** Who is signed in, or null; any thread. */
  Auth current() {
    return current;
  }

  /**
   * The result of a login whose browser is at the provider, or null when none is under way: a
   * session waits for it before it expires (the sign-in itself expires after
   * {@code oauth.stateTtlSeconds}). On the context.
   */
  Future<Auth> pending() {
    return pending;
  }

  /**
   * Begins a sign-in for the page as {@code client} describes it (its public URL and route). On
   * the context.
   */
  void login(String provider, LoginOptions options, ClientInfo client) {
    int mine = ++attempt;
    pending = null;
    if (closed) {
      return;
    }
    LoginEvent refused = refusal(provider, client);
    if (refused != null) {
      listener.loggedIn(refused);
      return;
    }
    SignInStart start;
    try {
      start = signIns.begin(new SignInRequest(provider, options, sessionId, client.appUrl(),
          client.route()));
    } catch (SignInException e) {
      failed(provider, e.error(), e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "session " + LogTag.of(sessionId) + ": beginning a sign-in with "
          + provider + " failed", e);
      failed(provider, "sign_in_failed", "the sign-in could not begin: " + e.getMessage());
      return;
    }
    pending = start.result();
    listener.navigate(start.authorizationUrl());
    start.result().onComplete(ar -> context.runOnContext(v -> settle(mine, provider, ar)));
  }

  /** The failed login event when a login cannot begin, or null when it can. */
  private LoginEvent refusal(String provider, ClientInfo client) {
    if (signIns == null || signIns.providers().isEmpty()) {
      return new LoginEvent(provider, null, "unavailable",
          "no sign-in provider is configured (oauth.providers)");
    }
    if (!signIns.providers().contains(provider)) {
      return new LoginEvent(provider, null, "unknown_provider", "no sign-in provider is called \""
          + provider + "\"; configured: " + String.join(", ", signIns.providers()));
    }
    String unavailable = signIns.unavailable(provider);
    if (unavailable != null) {
      return new LoginEvent(provider, null, "unavailable", unavailable);
    }
    if (client.appUrl() == null) {
      return new LoginEvent(provider, null, "no_app_url", "the app's public URL is unknown (the "
          + "request had no usable Host header): set http.publicUrl");
    }
    return null;
  }

  private void settle(int mine, String provider, AsyncResult<Auth> result) {
    if (mine != attempt || closed) {
      return; // a later login replaced this one, or the session ended
    }
    pending = null;
    if (result.failed()) {
      Throwable t = result.cause();
      if (t instanceof SignInException e) {
        failed(provider, e.error(), e.getMessage());
      } else {
        LOG.log(System.Logger.Level.ERROR, "session " + LogTag.of(sessionId) + ": the sign-in with "
            + provider + " failed", t);
        failed(provider, "sign_in_failed", String.valueOf(t.getMessage()));
      }
      return;
    }
    Auth auth = result.result();
    current = auth;
    schedule(auth);
    listener.loggedIn(new LoginEvent(provider, auth, null, null));
  }

  private void failed(String provider, String error, String description) {
    listener.loggedIn(new LoginEvent(provider, null, error, description));
  }

  /** Signs out, at once for every thread; the handlers hear of it on the context. */
  void logout() {
    Auth was = (Auth) CURRENT.getAndSet(this, (Auth) null);
    if (was != null) {
      context.runOnContext(v -> {
        cancelTimer();
        listener.loggedOut(new LogoutEvent(was.provider(), was.user(), LogoutEvent.LOGOUT));
      });
    }
  }

  /** The session ended: no more refreshes, no more handlers. On the context. */
  void close() {
    closed = true;
    pending = null;
    cancelTimer();
  }

  // ------------------------------------------------------------------ refresh

  /** Sets the timer that refreshes {@code auth}'s tokens before they expire, if they can be. */
  private void schedule(Auth auth) {
    cancelTimer();
    AuthTokens tokens = auth.tokens();
    if (tokens == null || tokens.expiresAt() == null || tokens.refreshToken() == null) {
      return;
    }
    Duration left = Duration.between(clock.instant(), tokens.expiresAt());
    setTimer(refreshDelay(left), () -> refresh(auth));
  }

  /**
   * How long to wait before refreshing tokens that expire in {@code left}: until
   * {@link #REFRESH_LEAD} before, or halfway for tokens that live shorter than two leads.
   */
  static Duration refreshDelay(Duration left) {
    if (left.isNegative() || left.isZero()) {
      return Duration.ZERO;
    }
    Duration lead = left.dividedBy(2).compareTo(REFRESH_LEAD) < 0 ? left.dividedBy(2) : REFRESH_LEAD;
    return left.minus(lead);
  }

  private void refresh(Auth auth) {
    if (current != auth || closed) {
      return;
    }
    Future<AuthTokens> refreshed;
    try {
      refreshed = signIns.refresh(auth.provider(), auth.tokens());
    } catch (RuntimeException e) {
      refreshed = Future.failedFuture(e);
    }
    refreshed.onComplete(ar -> context.runOnContext(v -> {
      if (closed || current != auth) {
        return; // signed out, or signed in anew, meanwhile
      }
      if (ar.succeeded()) {
        Auth renewed = auth.withTokens(ar.result());
        if (CURRENT.compareAndSet(this, auth, renewed)) {
          schedule(renewed);
        }
        return;
      }
      String why = ar.cause() instanceof SignInException e ? e.error() + ": " + e.getMessage()
          : String.valueOf(ar.cause());
      LOG.log(System.Logger.Level.WARNING, "session " + LogTag.of(sessionId) + ": refreshing the tokens of "
          + "the sign-in with " + auth.provider() + " failed (" + why + "); keeping them until "
          + "they expire at " + auth.tokens().expiresAt());
      retryOrExpire(auth);
    }));
  }

  /** After a failed refresh: another try halfway to the expiry, or the sign-out at the expiry. */
  private void retryOrExpire(Auth auth) {
    Instant expiry = auth.tokens().expiresAt();
    Duration left = Duration.between(clock.instant(), expiry);
    if (left.compareTo(MIN_RETRY) > 0) {
      setTimer(left.dividedBy(2), () -> refresh(auth));
    } else {
      setTimer(left, () -> expire(auth));
    }
  }

  private void expire(Auth auth) {
    if (!closed && CURRENT.compareAndSet(this, auth, (Auth) null)) {
      LOG.log(System.Logger.Level.INFO, "session " + LogTag.of(sessionId) + ": the sign-in with "
          + auth.provider() + " expired; signed out");
      listener.loggedOut(new LogoutEvent(auth.provider(), auth.user(), LogoutEvent.EXPIRED));
    }
  }

  private void setTimer(Duration delay, Runnable action) {
    cancelTimer();
    timer = context.owner().setTimer(Math.max(1, delay.toMillis()), id -> {
      timer = -1;
      action.run();
    });
  }

  private void cancelTimer() {
    if (timer >= 0) {
      context.owner().cancelTimer(timer);
      timer = -1;
    }
  }
}
