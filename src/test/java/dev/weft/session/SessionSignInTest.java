package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.Auth;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.LoginEvent;
import dev.weft.ui.LoginOptions;
import dev.weft.ui.LogoutEvent;
import dev.weft.ui.RequestHeaders;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One session's sign-in against fake providers: a login sends the browser to the provider and
 * ends in a login event either way; logout; the refresh before expiry, and the sign-out when no
 * refresh succeeds before the tokens expire.
 */
class SessionSignInTest {

  private static final ClientInfo PAGE = new ClientInfo("/orders?tab=2", 800, 600, false,
      "127.0.0.1", RequestHeaders.none(), "https://example.com/apps/shop/");

  private final Vertx vertx = Vertx.vertx();
  private final Context context = vertx.getOrCreateContext();
  private final BlockingQueue<String> navigations = new LinkedBlockingQueue<>();
  private final BlockingQueue<LoginEvent> logins = new LinkedBlockingQueue<>();
  private final BlockingQueue<LogoutEvent> logouts = new LinkedBlockingQueue<>();
  private FakeSignIns providers = new FakeSignIns("mock", "github");
  private SessionSignIn signIn = signIn(providers);

  private SessionSignIn signIn(FakeSignIns signIns) {
    return new SessionSignIn(signIns, "session-1", context, Clock.systemUTC(),
        new SessionSignIn.Listener() {
          @Override
          public void navigate(String url) {
            navigations.add(url);
          }

          @Override
          public void loggedIn(LoginEvent event) {
            logins.add(event);
          }

          @Override
          public void loggedOut(LogoutEvent event) {
            logouts.add(event);
          }
        });
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private void login(String provider, ClientInfo page) {
    context.runOnContext(v -> signIn.login(provider, LoginOptions.defaults(), page));
  }

  private static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
    T item = queue.poll(10, TimeUnit.SECONDS);
    assertThat(item).as("waited 10 s").isNotNull();
    return item;
  }

  @Test
  void aLoginSendsTheBrowserToTheProviderAndEndsSignedIn() throws Exception {
    login("mock", PAGE);
    assertThat(next(navigations)).isEqualTo("https://provider.example/authorize?state=s1");
    assertThat(providers.begun).singleElement().satisfies(r -> {
      assertThat(r.provider()).isEqualTo("mock");
      assertThat(r.sessionId()).isEqualTo("session-1");
      assertThat(r.appUrl()).isEqualTo("https://example.com/apps/shop/");
      assertThat(r.route()).isEqualTo("/orders?tab=2");
    });
    assertThat(signIn.current()).isNull();
    Auth ada = FakeSignIns.ada("mock", null, null);
    providers.signIn(0, ada);
    LoginEvent event = next(logins);
    assertThat(event.succeeded()).isTrue();
    assertThat(event.provider()).isEqualTo("mock");
    assertThat(event.auth()).isSameAs(ada);
    assertThat(signIn.current()).isSameAs(ada);
  }

  @Test
  void aProvidersErrorEndsTheLoginWithThatError() throws Exception {
    login("mock", PAGE);
    next(navigations);
    providers.fail(0, "access_denied", "the user said no");
    LoginEvent event = next(logins);
    assertThat(event.succeeded()).isFalse();
    assertThat(event.auth()).isNull();
    assertThat(event.error()).isEqualTo("access_denied");
    assertThat(event.errorDescription()).isEqualTo("the user said no");
    assertThat(signIn.current()).isNull();
  }

  @Test
  void anUnknownProviderIsALoginEventNotAnExceptionAndTheBrowserStays() throws Exception {
    login("gitlab", PAGE);
    LoginEvent event = next(logins);
    assertThat(event.error()).isEqualTo("unknown_provider");
    assertThat(event.errorDescription()).contains("\"gitlab\"").contains("mock, github");
    assertThat(navigations).isEmpty();
    assertThat(providers.begun).isEmpty();
  }

  @Test
  void anUnavailableProviderSaysWhy() throws Exception {
    providers.unavailable.put("github", "discovery failed: connection refused");
    login("github", PAGE);
    LoginEvent event = next(logins);
    assertThat(event.error()).isEqualTo("unavailable");
    assertThat(event.errorDescription()).isEqualTo("discovery failed: connection refused");
    assertThat(navigations).isEmpty();
  }

  @Test
  void withoutProvidersALoginSaysNoneIsConfigured() throws Exception {
    signIn = signIn(null);
    login("mock", PAGE);
    LoginEvent event = next(logins);
    assertThat(event.error()).isEqualTo("unavailable");
    assertThat(event.errorDescription()).contains("oauth.providers");
  }

  @Test
  void withoutThePublicUrlOfTheAppALoginAsksForHttpPublicUrl() throws Exception {
    login("mock", new ClientInfo("/", 800, 600, false, null, RequestHeaders.none()));
    LoginEvent event = next(logins);
    assertThat(event.error()).isEqualTo("no_app_url");
    assertThat(event.errorDescription()).contains("http.publicUrl");
    assertThat(providers.begun).isEmpty();
  }

  @Test
  void onlyTheLatestLoginCounts() throws Exception {
    login("mock", PAGE);
    login("github", PAGE);
    next(navigations);
    next(navigations);
    providers.signIn(0, FakeSignIns.ada("mock", null, null)); // the first: replaced, dropped
    Auth second = FakeSignIns.ada("github", null, null);
    providers.signIn(1, second);
    assertThat(next(logins).auth()).isSameAs(second);
    Thread.sleep(100);
    assertThat(logins).isEmpty();
    assertThat(signIn.current()).isSameAs(second);
  }

  @Test
  void logoutForgetsTheSignInAtOnceAndTellsTheHandlers() throws Exception {
    login("mock", PAGE);
    next(navigations);
    Auth ada = FakeSignIns.ada("mock", null, null);
    providers.signIn(0, ada);
    next(logins);
    signIn.logout(); // from a handler's thread
    assertThat(signIn.current()).isNull();
    LogoutEvent event = next(logouts);
    assertThat(event.provider()).isEqualTo("mock");
    assertThat(event.user()).isEqualTo(ada.user());
    assertThat(event.reason()).isEqualTo(LogoutEvent.LOGOUT);
    signIn.logout(); // signed out already: nothing to tell
    Thread.sleep(100);
    assertThat(logouts).isEmpty();
  }

  @Test
  void tokensAreRefreshedBeforeTheyExpire() throws Exception {
    Instant expiry = Instant.now().plusSeconds(2);
    providers.refresher = old -> Future.succeededFuture(
        FakeSignIns.tokens("access-2", "refresh-2", Instant.now().plusSeconds(3600)));
    login("mock", PAGE);
    next(navigations);
    providers.signIn(0, FakeSignIns.ada("mock", "refresh-1", expiry));
    next(logins);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (signIn.current().tokens().accessToken().equals("access-1") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(Instant.now()).as("refreshed before the expiry").isBefore(expiry);
    assertThat(providers.refreshedFrom).singleElement()
        .satisfies(t -> assertThat(t.refreshToken()).isEqualTo("refresh-1"));
    assertThat(signIn.current().tokens().accessToken()).isEqualTo("access-2");
    assertThat(signIn.current().user().name()).isEqualTo("Ada Lovelace");
    assertThat(logouts).isEmpty();
  }

  @Test
  void tokensThatCannotBeRefreshedAreKeptUntilTheyExpireThenThePageIsSignedOut() throws Exception {
    Instant expiry = Instant.now().plusSeconds(2);
    login("mock", PAGE);
    next(navigations);
    Auth ada = FakeSignIns.ada("mock", "refresh-1", expiry);
    providers.signIn(0, ada);
    next(logins);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (providers.refreshedFrom.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(signIn.current()).as("kept after the failed refresh").isSameAs(ada);
    LogoutEvent event = next(logouts);
    assertThat(Instant.now()).as("signed out at the expiry, not before").isAfterOrEqualTo(expiry);
    assertThat(event.reason()).isEqualTo(LogoutEvent.EXPIRED);
    assertThat(signIn.current()).isNull();
  }

  @Test
  void tokensWithoutARefreshTokenAreNotRefreshedAndTheSignInStays() throws Exception {
    login("mock", PAGE);
    next(navigations);
    Auth ada = FakeSignIns.ada("mock", null, Instant.now().plusMillis(300));
    providers.signIn(0, ada);
    next(logins);
    Thread.sleep(800);
    assertThat(providers.refreshedFrom).isEmpty();
    assertThat(logouts).isEmpty();
    assertThat(signIn.current()).isSameAs(ada);
    assertThat(signIn.current().tokens().expiredAt(Instant.now())).isTrue();
  }

  @Test
  void aSessionThatEndedHearsNothingMore() throws Exception {
    login("mock", PAGE);
    next(navigations);
    context.runOnContext(v -> signIn.close());
    Thread.sleep(50);
    providers.signIn(0, FakeSignIns.ada("mock", null, null));
    Thread.sleep(200);
    assertThat(logins).isEmpty();
    assertThat(signIn.current()).isNull();
  }

  @Test
  void refreshesComeAMinuteEarlyOrHalfwayForShortLivedTokens() {
    assertThat(SessionSignIn.refreshDelay(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(59));
    assertThat(SessionSignIn.refreshDelay(Duration.ofSeconds(90))).isEqualTo(Duration.ofSeconds(45));
    assertThat(SessionSignIn.refreshDelay(Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(60));
    assertThat(SessionSignIn.refreshDelay(Duration.ZERO)).isEqualTo(Duration.ZERO);
    assertThat(SessionSignIn.refreshDelay(Duration.ofSeconds(-5))).isEqualTo(Duration.ZERO);
    assertThat(List.of(SessionSignIn.REFRESH_LEAD, SessionSignIn.MIN_RETRY))
        .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(5));
  }
}
