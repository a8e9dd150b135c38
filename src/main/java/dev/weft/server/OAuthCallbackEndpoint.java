package dev.weft.server;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <mount>oauth_callback}: where an OAuth provider sends the user back. A callback is
 * honoured only with a {@code state} this server issued and has not used; anything else is a 400,
 * whether or not a provider is configured (none is, yet).
 */
final class OAuthCallbackEndpoint implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.request().method() != HttpMethod.GET) {
      Responses.methodNotAllowed(ctx, "GET");
      return;
    }
    String state = ctx.request().getParam("state");
    Responses.text(ctx, 400, state == null || state.isEmpty()
        ? "Sign-in failed: the callback has no state parameter."
        : "Sign-in failed: the state is unknown or has expired. Please sign in again.");
  }
}
