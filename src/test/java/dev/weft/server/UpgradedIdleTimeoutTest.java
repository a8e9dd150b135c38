package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.internal.http.WebSocketInternal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpgradedIdleTimeoutTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void anUpgradedSocketLosesTheIdleHandlerItHad() throws Exception {
    CompletableFuture<boolean[]> seen = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setPort(0).setHost("127.0.0.1")
        .setIdleTimeout(60));
    server.requestHandler(request -> request.toWebSocket().onSuccess(socket -> {
      boolean before = hasIdleHandler(socket);
      boolean removed = UpgradedIdleTimeout.remove(socket);
      seen.complete(new boolean[] {before, removed, hasIdleHandler(socket), UpgradedIdleTimeout.remove(socket)});
    }).onFailure(seen::completeExceptionally));
    int port = server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    WebSocketClient client = vertx.createWebSocketClient();

    client.connect(port, "127.0.0.1", "/ws").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    boolean[] result = seen.get(10, TimeUnit.SECONDS);

    assertThat(result[0]).as("the idle handler before").isTrue();
    assertThat(result[1]).as("removed").isTrue();
    assertThat(result[2]).as("the idle handler after").isFalse();
    assertThat(result[3]).as("removed a second time").isFalse();
  }

  @Test
  void withoutAnIdleTimeoutThereIsNothingToRemove() throws Exception {
    CompletableFuture<Boolean> removed = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setPort(0).setHost("127.0.0.1"));
    server.requestHandler(request -> request.toWebSocket()
        .onSuccess(socket -> removed.complete(UpgradedIdleTimeout.remove(socket)))
        .onFailure(removed::completeExceptionally));
    int port = server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();

    vertx.createWebSocketClient().connect(port, "127.0.0.1", "/ws");

    assertThat(removed.get(10, TimeUnit.SECONDS)).isFalse();
  }

  private static boolean hasIdleHandler(ServerWebSocket socket) {
    return ((WebSocketInternal) socket).channelHandlerContext().pipeline().get(IdleStateHandler.class) != null;
  }
}
