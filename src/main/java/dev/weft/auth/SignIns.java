package dev.weft.auth;

import dev.weft.ui.AuthTokens;
import io.vertx.core.Future;
import java.util.List;

/**
 * The sign-in providers of a Weft ({@code oauth.providers}), as sessions use them: begin a sign-in
 * for a page, refresh its tokens. Thread-safe.
 */
public interface SignIns {

  /** The configured providers' names, in configuration order (available or not). */
  List<String> providers();

  /** Why a provider cannot be used now (e.g. its discovery failed), or null when it can. */
  String unavailable(String provider);

  /**
   * Begins a sign-in: issues a one-use state bound to the request's session, with a PKCE verifier
   * and (for OpenID Connect) a nonce, kept until the callback or {@code oauth.stateTtlSeconds}.
   *
   * @throws SignInException {@code unknown_provider} or {@code unavailable}
   */
  SignInStart begin(SignInRequest request) throws SignInException;

  /**
   * New tokens for a sign-in's refresh token.
   *
   * @return fails with a {@link SignInException} when there is no refresh token or the provider
   *     refuses it
   */
  Future<AuthTokens> refresh(String provider, AuthTokens tokens);
}
