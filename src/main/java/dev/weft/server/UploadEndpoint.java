package dev.weft.server;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code PUT <mount>upload}: where browsers stream files to. Only a URL the server signed for one
 * file may upload; until signed uploads exist no URL is valid, so every request is refused with
 * 403 before a byte of its body is read. Other methods get 405.
 */
final class UploadEndpoint implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.request().method() != HttpMethod.PUT) {
      Responses.methodNotAllowed(ctx, "PUT");
      return;
    }
    ctx.response().putHeader("Connection", "close"); // the unread body goes with the connection
    Responses.json(ctx, 403, "upload_forbidden",
        "This upload URL has no valid signature. Upload URLs are issued by the server, one per file.");
  }
}
