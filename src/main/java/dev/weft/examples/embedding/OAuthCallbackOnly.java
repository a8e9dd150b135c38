package dev.weft.examples.embedding;

import dev.weft.auth.OAuthStates;
import dev.weft.auth.PendingSignIn;
import dev.weft.server.WeftHandlers;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Weft's OAuth callback in a host's router, given the state store: {@code /login} issues a state
 * and sends the browser to the provider; the provider sends it back to {@code /auth/oauth_callback}
 * with the state and a code; the callback checks and uses up the state and completes the pending
 * sign-in with the code — which the host would now exchange for tokens at the provider (not done
 * here). A stand-in provider on this same host answers every request with {@code demo-code}.
 *
 * <p>Run it and open <a href="http://localhost:8080/login">http://localhost:8080/login</a>; then
 * <a href="http://localhost:8080/api/sign-ins">/api/sign-ins</a> shows the code that arrived.
 */
public final class OAuthCallbackOnly {

  /** Where the provider sends the user back: registered with the provider as the redirect URI. */
  public static final String CALLBACK = "/auth/oauth_callback";

  private OAuthCallbackOnly() {
  }

  /** Adds the sign-in start, the stand-in provider and the callback; codes go to {@code codes}. */
  public static void mount(Router router, OAuthStates states, Map<String, String> codes) {
    router.get("/login").handler(ctx -> {
      PendingSignIn signIn = states.issue();
      signIn.result().onSuccess(code -> codes.put(signIn.state(), code.code())); // exchange it here
      ctx.redirect("/provider/authorize?client_id=demo&state=" + signIn.state());
    });
    router.get("/provider/authorize").handler(ctx -> ctx.redirect(CALLBACK + "?state="
        + URLEncoder.encode(String.valueOf(ctx.queryParams().get("state")), StandardCharsets.UTF_8)
        + "&code=demo-code"));
    router.get(CALLBACK).handler(WeftHandlers.oauthCallback(states));
    router.get("/api/sign-ins").handler(ctx -> ctx.json(new JsonObject(Map.copyOf(codes))));
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    MountedInRouter.hostRoutes(router);
    OAuthStates states = OAuthStates.create(vertx, Duration.ofMinutes(10));
    mount(router, states, new ConcurrentHashMap<>());
    vertx.setPeriodic(60_000, id -> states.removeExpired());
    vertx.createHttpServer().requestHandler(router).listen(8080)
        .onSuccess(s -> System.out.println("Sign in at http://localhost:8080/login"));
  }
}
