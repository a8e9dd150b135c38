package dev.weft.examples.embedding;

import dev.weft.BeforeMain;
import dev.weft.assets.SecurityHeaders;
import dev.weft.server.WeftHandlers;
import dev.weft.server.WeftSocketHandler;
import dev.weft.session.BlockingHandoff;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * Weft's WebSocket handler in a host's router, given the app's main, a before-main hook and the
 * hand-off for blocking handlers; with the static files next to it, that is a whole app without a
 * {@code Weft} instance. The hook puts the host's user (here, simply a {@code user} cookie) into
 * the page before {@code main} runs.
 *
 * <p>Run it and open <a href="http://localhost:8080/chat/">http://localhost:8080/chat/</a>
 * (set a {@code user} cookie to be greeted by name).
 */
public final class WebSocketOnly {

  /** The app's base in the host's router. */
  public static final String BASE = "/chat/";

  /** The host's sign-in, reduced to a cookie: a real host would look the session up. */
  public static final BeforeMain USER_FROM_COOKIE = page -> {
    String user = page.client().cookie("user");
    if (user != null && user.matches("[A-Za-z]{1,32}")) {
      page.attributes().put(EmbeddedApp.USER, user);
    }
  };

  private WebSocketOnly() {
  }

  /**
   * Serves the app under {@value #BASE}: its WebSocket at {@code /chat/ws}, then its files. The
   * returned handler ends its sessions when closed.
   */
  public static WeftSocketHandler mount(Router router, Vertx vertx, BlockingHandoff handoff) {
    WeftSocketHandler socket = WeftHandlers.webSocket(vertx, BASE, new EmbeddedApp(false),
        USER_FROM_COOKIE, handoff);
    router.route(BASE + "ws").handler(socket); // before the files, whose SPA rule would take it
    router.route(BASE + "*")
        .handler(SecurityHeaders.create("'self'"))
        .handler(WeftHandlers.staticFiles(vertx, BASE));
    return socket;
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    BlockingHandoff handoff = BlockingHandoff.create(vertx, "auto", 64);
    Router router = Router.router(vertx);
    MountedInRouter.hostRoutes(router);
    WeftSocketHandler socket = mount(router, vertx, handoff);
    vertx.createHttpServer().requestHandler(router).listen(8080)
        .onSuccess(s -> System.out.println("Chat on http://localhost:8080" + BASE));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> socket.close()
        .onComplete(v -> handoff.close())
        .compose(v -> vertx.close())
        .toCompletionStage().toCompletableFuture().join()));
  }
}
