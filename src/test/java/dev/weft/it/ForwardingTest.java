package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.server.Forwarding;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Forwarding} where Weft's routes are a host's sub-router behind a proxy: the base the
 * browser sees is the proxy's prefix, then the host's mount point, then the app's mount; and the
 * trust decision is per router, so the host's own routes never read proxy headers through it.
 */
class ForwardingTest {

  private Vertx vertx;
  private HttpServer server;
  private WebClient web;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    Router weftLike = Router.router(vertx);
    weftLike.route().handler(Forwarding.handler(true));
    weftLike.get("/app/*").handler(ForwardingTest::describe);
    Router host = Router.router(vertx);
    host.route("/embed/*").subRouter(weftLike);
    host.get("/own").handler(ForwardingTest::describe); // no Forwarding handler: nothing trusted
    host.get("/told").handler(ctx -> {
      Forwarding.trust(ctx, true); // a Weft endpoint used on its own, told the configuration
      describe(ctx);
    });
    server = ItServer.await(vertx.createHttpServer().requestHandler(host).listen(0, "127.0.0.1"));
    web = WebClient.create(vertx);
  }

  @AfterEach
  void stop() {
    web.close();
    ItServer.await(vertx.close());
  }

  private static void describe(io.vertx.ext.web.RoutingContext ctx) {
    ctx.json(new JsonObject()
        .put("base", Forwarding.base(ctx, "/app/"))
        .put("relative", Forwarding.relativePath(ctx))
        .put("origin", Forwarding.origin(ctx))
        .put("ip", Forwarding.clientIp(ctx)));
  }

  @Test
  void theBaseIsPrefixThenMountPointThenMount() {
    JsonObject seen = get("/embed/app/deep");
    assertThat(seen.getString("base")).isEqualTo("/weft/embed/app/");
    assertThat(seen.getString("relative")).isEqualTo("/app/deep");
    assertThat(seen.getString("origin")).isEqualTo("https://app.example");
    assertThat(seen.getString("ip")).isEqualTo("203.0.113.9");
  }

  @Test
  void routesOutsideWeftsRouterTrustNothing() {
    JsonObject seen = get("/own");
    assertThat(seen.getString("base")).isEqualTo("/app/");
    assertThat(seen.getString("origin")).isEqualTo("http://127.0.0.1:" + server.actualPort());
    assertThat(seen.getString("ip")).isEqualTo("127.0.0.1");
  }

  @Test
  void anEndpointUsedOnItsOwnTrustsWhenTold() {
    JsonObject seen = get("/told");
    assertThat(seen.getString("base")).isEqualTo("/weft/app/");
    assertThat(seen.getString("ip")).isEqualTo("203.0.113.9");
  }

  private JsonObject get(String path) {
    return ItServer.await(web.get(server.actualPort(), "127.0.0.1", path)
        .putHeader("X-Forwarded-Prefix", "/weft")
        .putHeader("X-Forwarded-Proto", "https")
        .putHeader("X-Forwarded-Host", "app.example")
        .putHeader("X-Forwarded-For", "203.0.113.9")
        .send()).bodyAsJsonObject();
  }
}
