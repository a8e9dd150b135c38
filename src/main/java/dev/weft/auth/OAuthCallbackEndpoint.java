package dev.weft.auth;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <app base>oauth_callback?state=…&code=…}: where an OAuth provider sends the user
 * back. Only a {@code state} from an {@link OAuthStates} store, not used before and not expired,
 * is honoured; anything else is a 400, whether or not any sign-in is going on — never a 200 and
 * never a 5xx. A valid state is used up, and its sign-in completes with the code (200), or fails
 * when the provider reported an {@code error} or sent no code (400). The state's sign-in may wait
 * in another instance: the callback is delivered to it over the event bus.
 */
public final class OAuthCallbackEndpoint implements Handler<RoutingContext> {

  private final OAuthStates states;

  private OAuthCallbackEndpoint(OAuthStates states) {
    this.states = states;
  }

  /** The callback completing the sign-ins of a state store (and of its sibling instances'). */
  public static OAuthCallbackEndpoint create(OAuthStates states) {
    return new OAuthCallbackEndpoint(states);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.request().method() != HttpMethod.GET) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "GET");
      answer(ctx, 405, "Method not allowed: use GET");
      return;
    }
    MultiMap query = ctx.queryParams();
    String state = query.get("state");
    if (state == null || state.isEmpty()) {
      answer(ctx, 400, "Sign-in failed: the callback has no state parameter.");
      return;
    }
    JsonObject callback = new JsonObject();
    query.names().forEach(name -> callback.put(name, query.get(name)));
    states.deliver(state, callback).onComplete(ar -> {
      switch (ar.succeeded() ? ar.result() : OAuthStates.Outcome.UNKNOWN) {
        case SIGNED_IN -> answer(ctx, 200, "Signed in. You can close this window and return to the app.");
        case PROVIDER_ERROR -> answer(ctx, 400, "Sign-in failed: the provider answered "
            + query.get("error") + ".");
        case NO_CODE -> answer(ctx, 400, "Sign-in failed: the provider sent no code.");
        case UNKNOWN -> answer(ctx, 400,
            "Sign-in failed: the state is unknown, used or expired. Please sign in again.");
      }
    });
  }

  private static void answer(RoutingContext ctx, int status, String message) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(message + "\n");
  }
}
