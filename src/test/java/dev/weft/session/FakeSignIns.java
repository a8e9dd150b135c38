package dev.weft.session;

import dev.weft.auth.SignInException;
import dev.weft.auth.SignInRequest;
import dev.weft.auth.SignInStart;
import dev.weft.auth.SignIns;
import dev.weft.ui.Auth;
import dev.weft.ui.AuthTokens;
import dev.weft.ui.AuthUser;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Sign-in providers for tests: {@code begin} records the request and hands out an authorization
 * URL and a result the test completes ({@link #signIn}) or fails ({@link #fail}); {@code refresh}
 * answers with {@link #refresher}. Unknown providers are refused as the real ones are.
 */
final class FakeSignIns implements SignIns {

  final List<String> names;
  final Map<String, String> unavailable = new ConcurrentHashMap<>();
  final List<SignInRequest> begun = new CopyOnWriteArrayList<>();
  final List<Promise<Auth>> results = new CopyOnWriteArrayList<>();
  final List<AuthTokens> refreshedFrom = new CopyOnWriteArrayList<>();
  volatile Function<AuthTokens, Future<AuthTokens>> refresher =
      t -> Future.failedFuture(new SignInException("token_refused", "the provider refused the refresh token"));

  FakeSignIns(String... names) {
    this.names = List.of(names);
  }

  @Override
  public List<String> providers() {
    return names;
  }

  @Override
  public String unavailable(String provider) {
    return unavailable.get(provider);
  }

  @Override
  public SignInStart begin(SignInRequest request) throws SignInException {
    if (!names.contains(request.provider())) {
      throw new SignInException("unknown_provider", "no provider " + request.provider());
    }
    begun.add(request);
    Promise<Auth> result = Promise.promise();
    results.add(result);
    return new SignInStart("https://provider.example/authorize?state=s" + results.size(),
        result.future());
  }

  @Override
  public Future<AuthTokens> refresh(String provider, AuthTokens tokens) {
    refreshedFrom.add(tokens);
    return refresher.apply(tokens);
  }

  /** Completes sign-in {@code n} (from 0) with a user. */
  void signIn(int n, Auth auth) {
    results.get(n).complete(auth);
  }

  /** Fails sign-in {@code n} (from 0) as a provider's error would. */
  void fail(int n, String error, String description) {
    results.get(n).fail(new SignInException(error, description));
  }

  /** Ada, signed in with {@code provider}, her tokens expiring at {@code expiresAt} (or never). */
  static Auth ada(String provider, String refreshToken, Instant expiresAt) {
    return new Auth(provider, new AuthUser("u-1", "Ada Lovelace", "ada@example.com", null, Map.of()),
        tokens("access-1", refreshToken, expiresAt), List.of());
  }

  static AuthTokens tokens(String access, String refresh, Instant expiresAt) {
    return new AuthTokens(access, refresh, expiresAt, null, List.of("openid"));
  }
}
