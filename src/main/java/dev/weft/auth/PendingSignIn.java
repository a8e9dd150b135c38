package dev.weft.auth;

import io.vertx.core.Future;

/**
 * A sign-in waiting for the provider to send the user back.
 *
 * @param state the value to send as the authorization request's {@code state} parameter
 * @param result completes with the code when the callback arrives with this state, or fails with
 *     a {@link SignInException} (provider error, expiry, shutdown). It completes on the event loop
 *     that handled the callback: chain async work on it, or wait for it from a blocking handler
 *     with {@code result.toCompletionStage().toCompletableFuture().get()}.
 */
public record PendingSignIn(String state, Future<AuthorizationCode> result) {
}
