package dev.weft.server;

import dev.weft.Weft;
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

  /** The router serving every app a Weft instance mounts. */
  public static Router create(Weft weft) {
    Router router = Router.router(weft.vertx());
    List<AppMount> ordered = weft.mounts().stream()
        .sorted((a, b) -> b.path().length() - a.path().length())
        .toList();
    for (AppMount mount : ordered) {
      ClientFiles client = new ClientFiles(mount);
      if (!mount.path().equals("/")) {
        SlashRedirect redirect = new SlashRedirect(mount);
        router.route(redirect.bare()).handler(redirect);
      }
      router.route(mount.endpoint("ws")).handler(new WebSocketEndpoint(mount, weft.sessions(),
          weft.codec(), weft.config().maxFrameSize()));
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
