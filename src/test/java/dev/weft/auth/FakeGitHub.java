package dev.weft.auth;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small GitHub (as GitHub Enterprise would be configured: {@code site} and {@code apiUrl}):
 * {@code /login/oauth/authorize} sends the browser straight back with a code, the token endpoint
 * checks the client, the code and the PKCE verifier as GitHub does, and the API answers
 * {@code /user}, {@code /user/emails}, {@code /user/teams} and {@code /user/orgs} for the token it
 * issued only.
 */
final class FakeGitHub implements AutoCloseable {

  static final String CLIENT_ID = "gh-client";
  static final String CLIENT_SECRET = "gh-secret-never-logged";
  static final String ACCESS_TOKEN = "gho_fake_access_token_never_logged";

  private final HttpServer server;
  /** code → the challenge it was issued for. */
  private final Map<String, String> codes = new ConcurrentHashMap<>();
  /** When true, {@code /user} answers 500, as a GitHub whose API is having a bad day. */
  volatile boolean apiBroken;
  /** The form of the last token request, for the test to look at. */
  volatile Map<String, String> lastTokenRequest;

  FakeGitHub(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(ctx -> ctx.put("github", this).next());
    router.get("/login/oauth/authorize").handler(this::authorize);
    router.post("/login/oauth/access_token").handler(BodyHandler.create()).handler(this::token);
    router.get("/api/user").handler(ctx -> api(ctx, new JsonObject().put("id", 583231)
        .put("login", "octocat").put("name", "The Octocat").putNull("email")
        .put("avatar_url", "https://avatars.example/583231")));
    router.get("/api/user/emails").handler(ctx -> api(ctx, new JsonArray()
        .add(new JsonObject().put("email", "old@example.com").put("primary", false).put("verified", true))
        .add(new JsonObject().put("email", "octocat@example.com").put("primary", true).put("verified", true))));
    router.get("/api/user/orgs").handler(ctx -> api(ctx, new JsonArray()
        .add(new JsonObject().put("login", "github"))));
    router.get("/api/user/teams").handler(ctx -> api(ctx, new JsonArray()
        .add(new JsonObject().put("slug", "justice-league")
            .put("organization", new JsonObject().put("login", "github")))));
    server = vertx.createHttpServer().requestHandler(router);
    SignInRig.await(server.listen(0, "127.0.0.1"));
  }

  /** What {@code oauth.providers.<name>} says for this GitHub. */
  JsonObject provider() {
    String site = "http://127.0.0.1:" + server.actualPort();
    return new JsonObject().put("type", "github").put("clientId", CLIENT_ID)
        .put("clientSecret", CLIENT_SECRET).put("site", site).put("apiUrl", site + "/api");
  }

  private void authorize(RoutingContext ctx) {
    var q = ctx.queryParams();
    if (!CLIENT_ID.equals(q.get("client_id")) || !"S256".equals(q.get("code_challenge_method"))) {
      ctx.response().setStatusCode(400).end("bad authorization request");
      return;
    }
    String code = "ghcode" + codes.size();
    codes.put(code, q.get("code_challenge"));
    ctx.redirect(q.get("redirect_uri") + "?code=" + code + "&state="
        + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
  }

  private void token(RoutingContext ctx) {
    var form = ctx.request().formAttributes();
    Map<String, String> seen = new ConcurrentHashMap<>();
    form.forEach(seen::put);
    lastTokenRequest = seen;
    String challenge = codes.remove(String.valueOf(form.get("code")));
    boolean client = CLIENT_ID.equals(form.get("client_id")) && CLIENT_SECRET.equals(form.get("client_secret"))
        || basic(ctx.request().getHeader("Authorization"));
    if (!client || challenge == null || !challenge.equals(s256(form.get("code_verifier")))) {
      // GitHub answers a bad code with 200 and an error
      ctx.json(new JsonObject().put("error", "bad_verification_code")
          .put("error_description", "The code passed is incorrect or expired."));
      return;
    }
    ctx.json(new JsonObject().put("access_token", ACCESS_TOKEN).put("token_type", "bearer")
        .put("scope", "read:user,user:email"));
  }

  private static boolean basic(String header) {
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    return expected.equals(header);
  }

  private static void api(RoutingContext ctx, Object body) {
    if (((FakeGitHub) ctx.get("github")).apiBroken) {
      ctx.response().setStatusCode(500).end("{\"message\":\"Server Error\"}");
      return;
    }
    if (!("Bearer " + ACCESS_TOKEN).equals(ctx.request().getHeader("Authorization"))) {
      ctx.response().setStatusCode(401).end("{\"message\":\"Bad credentials\"}");
      return;
    }
    ctx.response().putHeader("Content-Type", "application/json")
        .end(body instanceof JsonObject o ? o.encode() : ((JsonArray) body).encode());
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return null;
    }
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
