package dev.weft.server;

import dev.weft.protocol.Codec;
import dev.weft.session.Sessions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Weft's WebSocket endpoint on its own ({@link WeftHandlers#webSocket}): sessions of one app,
 * opened for browsers that connect to it, with their own registry. It is what
 * {@code <app base>ws} is in Weft's router, minus everything else; the host serves the page that
 * connects to it.
 */
public final class WeftSocketHandler implements Handler<RoutingContext> {

  private final Sessions sessions;
  private final WebSocketEndpoint endpoint;
  private final boolean trustProxy;

  WeftSocketHandler(AppMount mount, Sessions sessions, Codec codec, WeftConfig config) {
    this.sessions = sessions;
    this.trustProxy = config.trustProxy();
    this.endpoint = new WebSocketEndpoint(mount, sessions, codec, SocketLimits.of(config),
        new OriginCheck(config.allowedOrigins()), config.publicUrl());
  }

  @Override
  public void handle(RoutingContext ctx) {
    Forwarding.trust(ctx, trustProxy); // on its own there is no Weft router to decide it first
    endpoint.handle(ctx);
  }

  /** Sessions of this handler that are still alive. */
  public int liveSessions() {
    return sessions.live();
  }

  /**
   * Ends every session of this handler (browsers told 1012 "server restarting", close hooks run) and
   * opens no more; completes when all have ended. The hand-off is the caller's to close.
   */
  public Future<Void> close() {
    return sessions.closeAll();
  }
}
