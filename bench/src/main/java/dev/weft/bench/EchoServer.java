package dev.weft.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;

/**
 * The raw Vert.x WebSocket server the driver compares Weft with: the limit of this machine.
 * It answers the driver's {@code register} with a frame as long as Weft's counter render and
 * each {@code event} with a frame as long as Weft's counter patch, so the same driver sends and
 * receives the same bytes. With a delay it answers events after a timer, like the async
 * 50 ms handler.
 *
 * <pre>java [server flags] -cp app-fat.jar:weft-bench.jar dev.weft.bench.EchoServer
 *     port renderBytes patchBytes [delayMs] [instances]</pre>
 */
public final class EchoServer extends VerticleBase {

  private final int port;
  private final String render;
  private final String patch;
  private final long delayMs;

  EchoServer(int port, String render, String patch, long delayMs) {
    this.port = port;
    this.render = render;
    this.patch = patch;
    this.delayMs = delayMs;
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
        .webSocketHandler(ws -> ws.textMessageHandler(text -> {
          if (text.startsWith("{\"type\":\"register\"")) {
            ws.writeTextMessage(render);
          } else if (delayMs > 0) {
            vertx.setTimer(delayMs, id -> {
              if (!ws.isClosed()) {
                ws.writeTextMessage(patch);
              }
            });
          } else {
            ws.writeTextMessage(patch);
          }
        }))
        .listen();
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    String render = frame("render", Integer.parseInt(args[1]));
    String patch = frame("patch", Integer.parseInt(args[2]));
    long delay = args.length > 3 ? Long.parseLong(args[3]) : 0;
    int instances = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(() -> new EchoServer(port, render, patch, delay),
            new DeploymentOptions().setInstances(instances))
        .onSuccess(id -> System.out.println("echo listening on 127.0.0.1:" + port + " (" + instances
            + " instance(s), render " + render.length() + " B, patch " + patch.length() + " B, delay "
            + delay + " ms)"))
        .onFailure(t -> {
          t.printStackTrace();
          System.exit(1);
        });
  }

  /** A JSON object of exactly {@code bytes} ASCII bytes, typed like the message it stands for. */
  static String frame(String type, int bytes) {
    String head = "{\"type\":\"" + type + "\",\"seq\":1,\"pad\":\"";
    String tail = "\"}";
    int pad = Math.max(0, bytes - head.length() - tail.length());
    return head + "x".repeat(pad) + tail;
  }
}
