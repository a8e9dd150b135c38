package dev.weft.server;

import dev.weft.assets.AssetPath;
import dev.weft.assets.Assets;
import dev.weft.assets.CachePolicy;
import dev.weft.assets.ClientBundle;
import dev.weft.assets.FileResponse;
import dev.weft.assets.IndexPage;
import dev.weft.assets.Manifest;
import dev.weft.assets.StaticFile;
import dev.weft.assets.WebAppFiles;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Everything one app serves over plain GET: the whole of {@code <mount>*} but its WebSocket,
 * upload and OAuth endpoints. Usable on its own in a host's router. For a path below the mount:
 *
 * <ol>
 *   <li>{@code ""} and {@code index.html} — the index page, rendered for the base the browser
 *       sees ({@link Forwarding#base}) and kept per base;</li>
 *   <li>{@code _weft/<hash>/…} — the client's modules and stylesheet: immutable under the current
 *       hash; under any other (a page loaded before a redeploy) still served, but revalidated;</li>
 *   <li>a file of the app's assets — which wins over Weft's web app file of the same name;</li>
 *   <li>Weft's web app files: {@code favicon.png}, {@code icons/…}, the generated
 *       {@code manifest.json};</li>
 *   <li>otherwise the SPA rules: a path whose last segment has an extension is a missing file,
 *       404 (a broken script must never come back as HTML); any other path is a client-side
 *       route and gets the index page.</li>
 * </ol>
 *
 * A path that decodes to something unsafe ({@link AssetPath}) is a 400; other methods get 405.
 * The client is read into memory once, off the event loop ({@link ClientBundle#load}); requests
 * arriving before that finished wait for it.
 */
public final class ClientFiles implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(ClientFiles.class.getName());
  /** Index pages kept per base path: one or two normally, more only behind varied proxy prefixes. */
  private static final int MAX_BASES = 64;

  private final AppMount mount;
  private final Future<ClientBundle> bundle;
  private final Assets assets;
  private final boolean compressing;
  private final Map<String, StaticFile> indexes = new ConcurrentHashMap<>();
  private volatile StaticFile manifest;

  private ClientFiles(AppMount mount, Future<ClientBundle> bundle, Assets assets, boolean compressing) {
    this.mount = mount;
    this.bundle = bundle;
    this.assets = assets;
    this.compressing = compressing;
  }

  /**
   * The files of one app, for an HTTP server that does not compress responses.
   *
   * @param bundle the client, shared by every app of a router ({@link ClientBundle#load})
   */
  public static ClientFiles create(Vertx vertx, AppMount mount, Future<ClientBundle> bundle) {
    return create(vertx, mount, bundle, false);
  }

  /**
   * The files of one app.
   *
   * @param bundle the client, shared by every app of a router ({@link ClientBundle#load})
   * @param compressing whether the HTTP server compresses responses
   *     ({@code HttpServerOptions.setCompressionSupported}, which Weft's server takes from
   *     {@code http.compression}): then PNGs and other packed formats are marked not to be
   *     compressed again
   */
  public static ClientFiles create(Vertx vertx, AppMount mount, Future<ClientBundle> bundle,
                                   boolean compressing) {
    return new ClientFiles(mount, bundle, Assets.of(vertx, mount.assets()), compressing);
  }

  @Override
  public void handle(RoutingContext ctx) {
    String relative = Forwarding.relativePath(ctx);
    if (!relative.startsWith(mount.path())) {
      ctx.next();
      return;
    }
    HttpMethod method = ctx.request().method();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      Responses.methodNotAllowed(ctx, "GET, HEAD");
      return;
    }
    AssetPath path = AssetPath.parse(relative.substring(mount.path().length()));
    if (path == null) {
      Responses.text(ctx, 400, "Bad request: the path is not a safe file name");
      return;
    }
    withBundle(ctx, client -> serve(ctx, client, path));
  }

  private void serve(RoutingContext ctx, ClientBundle client, AssetPath path) {
    String value = path.value();
    if (value.isEmpty() || value.equals("index.html")) {
      serveIndex(ctx, client);
    } else if (path.segments().get(0).equals(WebAppFiles.CLIENT_DIR)) {
      serveClient(ctx, client, path);
    } else if (!path.servable()) {
      fallback(ctx, client, path);
    } else {
      assets.find(path).onComplete(found -> {
        if (found.failed()) {
          LOG.log(System.Logger.Level.WARNING, "cannot read asset " + value + " of " + mount.path(), found.cause());
          ctx.fail(500, found.cause());
        } else if (found.result() != null) {
          FileResponse.send(ctx, found.result(), CachePolicy.REVALIDATE, compressing);
        } else {
          StaticFile builtIn = webAppFile(client, value);
          if (builtIn != null) {
            FileResponse.send(ctx, builtIn, CachePolicy.REVALIDATE, compressing);
          } else {
            fallback(ctx, client, path);
          }
        }
      });
    }
  }

  private void serveClient(RoutingContext ctx, ClientBundle client, AssetPath path) {
    StaticFile file = path.segments().size() > 2 ? client.client(path.tail(2)) : null;
    if (file == null) {
      Responses.text(ctx, 404, "Not found: " + ctx.request().path());
      return;
    }
    boolean current = path.segments().get(1).equals(client.hash());
    FileResponse.send(ctx, file, current ? CachePolicy.IMMUTABLE : CachePolicy.REVALIDATE, compressing);
  }

  private StaticFile webAppFile(ClientBundle client, String path) {
    if (path.equals(WebAppFiles.MANIFEST)) {
      StaticFile made = manifest;
      if (made == null) {
        made = Manifest.render(mount.identity(), client.loadedAt());
        manifest = made;
      }
      return made;
    }
    return client.webAppFile(path);
  }

  private void fallback(RoutingContext ctx, ClientBundle client, AssetPath path) {
    if (path.hasExtension()) {
      Responses.text(ctx, 404, "Not found: " + ctx.request().path());
    } else {
      serveIndex(ctx, client);
    }
  }

  private void serveIndex(RoutingContext ctx, ClientBundle client) {
    String base = Forwarding.base(ctx, mount.path());
    StaticFile index = indexes.get(base);
    if (index == null) {
      index = IndexPage.render(client, base, mount.identity());
      if (indexes.size() >= MAX_BASES) {
        indexes.clear();
      }
      indexes.put(base, index);
    }
    FileResponse.send(ctx, index, CachePolicy.REVALIDATE, compressing);
  }

  /** Runs {@code serve} once the client is read, on the request's own context. */
  private void withBundle(RoutingContext ctx, Consumer<ClientBundle> serve) {
    if (bundle.succeeded()) {
      serve.accept(bundle.result());
    } else if (bundle.failed()) {
      ctx.fail(500, bundle.cause());
    } else {
      Context context = ctx.vertx().getOrCreateContext();
      bundle.onComplete(done -> context.runOnContext(v -> withBundle(ctx, serve)));
    }
  }
}
