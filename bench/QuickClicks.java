import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A quick number, not a benchmark suite: one session clicking the counter's "+1" as fast as the
 * updates come back, over the real socket. Prints events/s and latency percentiles.
 *
 *   bench/quick-clicks.sh [url] [seconds]     (default http://localhost:8000/counter/, 10 s)
 */
public class QuickClicks {

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "http://localhost:8000/counter/";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    java.net.URI uri = java.net.URI.create(url);
    Vertx vertx = Vertx.vertx();
    WebSocketClient client = vertx.createWebSocketClient();
    WebSocket ws = client.connect(new WebSocketConnectOptions().setHost(uri.getHost())
        .setPort(uri.getPort()).setURI(uri.getPath() + "ws")).toCompletionStage()
        .toCompletableFuture().get(10, TimeUnit.SECONDS);

    long[] latencies = new long[5_000_000];
    int[] count = {0};
    long[] seq = {1};
    int[] button = {-1};
    long[] sentAt = {0};
    long warmupEnd = System.nanoTime() + 2_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    CompletableFuture<Void> done = new CompletableFuture<>();
    Runnable click = () -> {
      sentAt[0] = System.nanoTime();
      ws.writeTextMessage("{\"type\":\"event\",\"seq\":" + (++seq[0]) + ",\"target\":" + button[0]
          + ",\"name\":\"click\",\"data\":null}");
    };
    ws.textMessageHandler(text -> {
      JsonObject m = new JsonObject(text);
      String type = m.getString("type");
      if (type.equals("render")) {
        button[0] = find(m.getJsonObject("root"), "plus");
        click.run();
      } else if (type.equals("patch")) {
        long now = System.nanoTime();
        if (now > warmupEnd) {
          latencies[count[0]++] = now - sentAt[0];
        }
        if (now < end && count[0] < latencies.length) {
          click.run();
        } else {
          done.complete(null);
        }
      } else {
        System.err.println("unexpected: " + text);
      }
    });
    ws.writeTextMessage("{\"type\":\"register\",\"seq\":1,\"route\":\"/\"}");
    done.get(seconds + 30, TimeUnit.SECONDS);
    long[] sorted = Arrays.copyOf(latencies, count[0]);
    Arrays.sort(sorted);
    System.out.printf("one session, %d clicks in %d s: %.0f events/s, latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
        count[0], seconds, count[0] / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999));
    vertx.close();
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
  }

  private static int find(JsonObject node, String key) {
    JsonObject props = node.getJsonObject("props", new JsonObject());
    if (key.equals(props.getString("key"))) {
      return node.getInteger("id");
    }
    for (Object child : node.getJsonArray("children", new JsonArray())) {
      int id = find((JsonObject) child, key);
      if (id >= 0) {
        return id;
      }
    }
    return -1;
  }
}
