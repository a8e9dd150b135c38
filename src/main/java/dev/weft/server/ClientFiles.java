package dev.weft.server;

import dev.weft.assets.IndexPage;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The browser client's files for one mount, from {@code web/} on the classpath, with the SPA
 * rules: the mount's root (and {@code index.html}) is the rendered index page; a path without a
 * file extension is a client-side route and gets the index page too; a missing file with an
 * extension is a 404, never the index page (a broken script must not come back as HTML).
 */
final class ClientFiles {

  private final AppMount mount;
  /** The index page per base path it was asked under (one, unless proxies or host routers vary). */
  private final java.util.Map<String, Buffer> indexes = new java.util.concurrent.ConcurrentHashMap<>();
  private final StaticHandler files = StaticHandler.create("web")
      .setCachingEnabled(true)          // Last-Modified and 304s
      .setDirectoryListing(false)
      .setIncludeHidden(false)
      .setFilesReadOnly(true)
      .setDefaultContentEncoding("UTF-8")
      .setIndexPage("index.html");

  private final StaticHandler assets = StaticHandler.create("assets")
      .setCachingEnabled(true)
      .setDirectoryListing(false)
      .setIncludeHidden(false)
      .setDefaultContentEncoding("UTF-8");

  ClientFiles(AppMount mount) {
    this.mount = mount;
  }

  /** Serves the index page. */
  Handler<RoutingContext> index() {
    return this::serveIndex;
  }

  /** Serves a file of the app's assets, which wins over the client's file of the same name. */
  Handler<RoutingContext> assets() {
    return revalidated(assets);
  }

  /** Serves a file of the client. */
  Handler<RoutingContext> files() {
    return revalidated(files);
  }

  /** Files revalidated on every use (no-cache, with Last-Modified) until they get hashed URLs. */
  private static Handler<RoutingContext> revalidated(StaticHandler handler) {
    return ctx -> {
      if (ctx.request().method() != HttpMethod.GET && ctx.request().method() != HttpMethod.HEAD) {
        ctx.next();
        return;
      }
      ctx.addHeadersEndHandler(v -> {
        if (ctx.response().getStatusCode() < 400) {
          ctx.response().headers().set("Cache-Control", "no-cache");
        }
      });
      handler.handle(ctx);
    };
  }

  /** After {@link #files()}: the SPA fallback. */
  Handler<RoutingContext> fallback() {
    return ctx -> {
      HttpMethod method = ctx.request().method();
      if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
        Responses.methodNotAllowed(ctx, "GET, HEAD");
        return;
      }
      String path = ctx.request().path();
      String last = path.substring(path.lastIndexOf('/') + 1);
      if (last.contains(".")) {
        Responses.text(ctx, 404, "Not found: " + path);
      } else {
        serveIndex(ctx);
      }
    };
  }

  private void serveIndex(RoutingContext ctx) {
    String base = Forwarding.base(ctx, mount.path());
    Buffer index = indexes.computeIfAbsent(base, b -> IndexPage.render(b, mount.identity().name()));
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-cache");
    if (ctx.request().method() == HttpMethod.HEAD) {
      ctx.response().putHeader("Content-Length", String.valueOf(index.length())).end();
    } else {
      ctx.response().end(index);
    }
  }
}
