package dev.weft.server;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.internal.http.WebSocketInternal;

/**
 * Lets an upgraded WebSocket go of the HTTP idle timeout ({@code http.idleTimeoutSeconds}). Vert.x
 * installs it as a Netty {@link IdleStateHandler} on every connection of a server with an idle
 * timeout and keeps it after the upgrade; on an idle WebSocket it is the handler, its pipeline
 * context and a scheduled task re-armed every timeout: ≈270 bytes for each of 15,000 idle
 * sessions, watching what the pings ({@link PingRound}) already watch. A WebSocket's guard is
 * {@link Connection}'s: a peer silent for two ping intervals is closed with 4004 (and, should it
 * not read the close either, Vert.x drops the TCP connection after its WebSocket closing timeout).
 * {@link ConfigCheck} already requires the idle timeout to be at least two ping intervals, so
 * the timeout never fired on a WebSocket before the pings did. HTTP keep-alive connections keep it.
 *
 * <p>Vert.x has no public way to reach the channel: this uses its internal
 * {@link WebSocketInternal#channelHandlerContext()}. That pipeline belongs to the WebSocket alone
 * (an HTTP/1.1 connection given over to it: Vert.x replaced the HTTP handler with the
 * WebSocket's), so removing the handler touches no other exchange. Another implementation (none
 * today) keeps its timeout: that costs memory, never safety.
 */
final class UpgradedIdleTimeout {

  private UpgradedIdleTimeout() {
  }

  /** Removes the idle timeout from {@code socket}'s connection, if it has one; says whether it did. */
  static boolean remove(ServerWebSocket socket) {
    if (!(socket instanceof WebSocketInternal impl)) {
      return false;
    }
    ChannelPipeline pipeline = impl.channelHandlerContext().pipeline();
    // Netty's IdleStateHandler cancels its scheduled task when removed (handlerRemoved → destroy)
    return pipeline.get(IdleStateHandler.class) != null && pipeline.remove(IdleStateHandler.class) != null;
  }
}
