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
 * is honoured; anything else is a 400 page, whether or not any sign-in is going on. A valid state
 * is used up and its sign-in decides the answer, on the instance that issued it: a
 * {@link SignIns} sign-in checks the browser's {@link BrowserBinding} cookie, exchanges the code
 * and checks the ID token, then answers 303 back
 * to the page that began it, or a 4xx page saying what went wrong (docs/hosting.md has the table);
 * a bare {@link OAuthStates#issue()} answers 200. Every page links back to the app and is never
 * cached.
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
      CallbackPage.send(ctx.response(), CallbackAnswer.page(405, "Method not allowed",
          "The sign-in callback only answers GET.", null));
      return;
    }
    MultiMap query = ctx.queryParams();
    String state = query.get("state");
    if (state == null || state.isEmpty()) {
      CallbackPage.send(ctx.response(), CallbackAnswer.page(400, "Sign-in failed",
          "The callback has no state parameter, so it belongs to no sign-in.", null));
      return;
    }
    JsonObject callback = new JsonObject();
    query.names().forEach(name -> callback.put(name, query.get(name)));
    io.vertx.core.http.Cookie binding = state.length() == 43
        ? ctx.request().getCookie(BrowserBinding.cookieName(state)) : null;
    states.deliver(state, callback, binding == null ? null : binding.getValue())
        .onSuccess(answer -> CallbackPage.send(ctx.response(), answer));
  }
}
