package dev.weft.server;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The short error answers endpoints give, plain text for people and JSON for programs. */
final class Responses {

  private Responses() {
  }

  static void text(RoutingContext ctx, int status, String message) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(message + "\n");
  }

  static void json(RoutingContext ctx, int status, String error, String message) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")
        .end(new JsonObject().put("error", error).put("message", message).encode());
  }

  static void methodNotAllowed(RoutingContext ctx, String allow) {
    ctx.response().putHeader("Allow", allow);
    text(ctx, 405, "Method not allowed: use " + allow);
  }
}
