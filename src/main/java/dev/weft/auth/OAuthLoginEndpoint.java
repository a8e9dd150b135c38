package dev.weft.auth;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <app base>oauth_login?state=…}: the first step of a sign-in's browser, where
 * {@link SignInStart#authorizationUrl()} points. It binds the browser to the sign-in with a cookie
 * ({@link BrowserBinding}) and answers 303 to the provider's authorization endpoint. Only once per
 * state, and only for a navigation from the app's own pages: a browser sending
 * {@code Sec-Fetch-Site} other than {@code same-origin} (a link in a mail, on another site) gets a
 * 403 page. (Browsers without Fetch Metadata, from before 2023, send no such header and pass.)
 */
public final class OAuthLoginEndpoint implements Handler<RoutingContext> {

  private final OAuthStates states;

  private OAuthLoginEndpoint(OAuthStates states) {
    this.states = states;
  }

  /** The way to the provider for the sign-ins of a state store (and of its sibling instances'). */
  public static OAuthLoginEndpoint create(OAuthStates states) {
    return new OAuthLoginEndpoint(states);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.request().method() != HttpMethod.GET) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "GET");
      CallbackPage.send(ctx.response(), CallbackAnswer.page(405, "Method not allowed",
          "The sign-in only answers GET.", null));
      return;
    }
    String site = ctx.request().getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin")) {
      CallbackPage.send(ctx.response(), CallbackAnswer.page(403, "Sign-in refused",
          "A sign-in can only start from the app itself, not from a link. Please sign in from the app.",
          null));
      return;
    }
    String state = ctx.queryParams().get("state");
    states.login(state).onComplete(ar -> {
      if (ar.failed()) {
        CallbackPage.send(ctx.response(), CallbackAnswer.page(400, "Sign-in failed",
            "This sign-in link is unknown, used or expired. Please sign in again from the app.", null));
        return;
      }
      BrowserBinding binding = ar.result();
      ctx.response().addCookie(binding.cookie(state));
      CallbackPage.send(ctx.response(), CallbackAnswer.redirect(binding.authorizationUrl()));
    });
  }
}
