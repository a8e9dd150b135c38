package dev.weft.server;

import dev.weft.protocol.Codec;
import dev.weft.session.Sessions;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * Builds the one {@link Router} that serves every mounted app. For each mount, longest path
 * first (so {@code /sub-app/} wins over {@code /} whatever order the configuration lists them):
 *
 * <ol>
 *   <li>{@code <mount>ws} — the WebSocket upgrade. No body handler sits in front of it or of any
 *       route: a global {@code BodyHandler} breaks WebSocket upgrades, and uploads are streamed.</li>
 *   <li>{@code <mount>upload} — uploads.</li>
 *   <li>{@code <mount>oauth_callback} — OAuth sign-in callbacks.</li>
 *   <li>{@code <mount>} and {@code <mount>index.html} — the index page.</li>
 *   <li>{@code <mount>*} — the app's assets (an {@code assets} directory in the working
 *       directory, else {@code assets/} on the classpath), which may override the client's own
 *       files such as {@code favicon.png}; then the client's files; then the SPA fallback.</li>
 * </ol>
 *
 * A mount other than {@code /} also redirects its bare path ({@code /sub-app}) to itself
 * ({@code /sub-app/}).
 */
public final class WeftRouter {

  private WeftRouter() {
  }

  public static Router create(Vertx vertx, List<AppMount> mounts, Sessions sessions, Codec codec,
                              int maxFrameSize) {
    Router router = Router.router(vertx);
    List<AppMount> ordered = mounts.stream()
        .sorted((a, b) -> b.path().length() - a.path().length())
        .toList();
    for (AppMount mount : ordered) {
      ClientFiles client = new ClientFiles(mount);
      if (!mount.path().equals("/")) {
        String bare = mount.path().substring(0, mount.path().length() - 1);
        router.route(bare).handler(ctx -> {
          if (!ctx.request().path().equals(bare)) {
            ctx.next();
            return;
          }
          String query = ctx.request().query();
          ctx.redirect(mount.path() + (query == null ? "" : "?" + query));
        });
      }
      router.route(mount.endpoint("ws")).handler(new WebSocketEndpoint(mount, sessions, codec, maxFrameSize));
      router.route(mount.endpoint("upload")).handler(new UploadEndpoint());
      router.route(mount.endpoint("oauth_callback")).handler(new OAuthCallbackEndpoint());
      router.get(mount.path()).handler(client.index());
      router.get(mount.endpoint("index.html")).handler(client.index());
      router.route(mount.path() + "*").handler(client.assets()).handler(client.files())
          .handler(client.fallback());
    }
    return router;
  }
}
