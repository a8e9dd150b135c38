package dev.weft.bench;

import dev.weft.bench.apps.BigPage;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Render;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.Page;
import dev.weft.ui.PageDriver;
import dev.weft.ui.PageHost;
import dev.weft.ui.PageSink;
import dev.weft.ui.controls.Text;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Server time per update on the big page, measured in-process with Weft's own classes and no
 * network: the 10,000-row page is built through {@link PageDriver} exactly as a session builds
 * it, then each update is one cell's setter, {@code page.update()} (the diff) and the codec's
 * encoding of the patch into the frame's text. Prints one JSON line:
 * {@code {"updates":n,"p50Us":..,"p99Us":..,"bytes":..,"renderBytes":..,"renderMs":..}}.
 */
public final class BigPageTiming {

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Codec codec = new Codec();
    String[] last = new String[1];
    long[] seq = {0};
    PageSink sink = new PageSink() {
      @Override
      public void render(Node root) {
        last[0] = codec.encode(new Render(++seq[0], "x".repeat(24), root));
      }

      @Override
      public void patch(List<Op> ops) {
        last[0] = codec.encode(new Patch(++seq[0], ops));
      }
    };
    PageHost host = new PageHost() {
      @Override
      public String sessionId() {
        return "bench";
      }

      @Override
      public CompletionStage<Void> timer(Duration delay) {
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public void close() {
      }
    };
    Page page = new PageDriver(host, ClientInfo.none(), sink).page();
    long r0 = System.nanoTime();
    Text[] cells = BigPage.build(page); // page.add renders the whole page (the first message)
    double renderMs = (System.nanoTime() - r0) / 1e6;
    int renderBytes = last[0].getBytes(StandardCharsets.UTF_8).length;
    long[] times = new long[n];
    int bytes = 0;
    // the first half warms the JIT up; the second half is measured
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        cells[(int) ((i * 7919L) % BigPage.ROWS)].value(String.valueOf(round * n + i + 1));
        page.update();
        times[i] = System.nanoTime() - t;
        bytes = last[0].getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Arrays.sort(times);
    System.out.printf("{\"updates\":%d,\"p50Us\":%.2f,\"p99Us\":%.2f,\"maxUs\":%.1f,\"bytes\":%d,"
            + "\"renderBytes\":%d,\"renderMs\":%.1f}%n", n, times[n / 2] / 1e3,
        times[(int) (n * 0.99)] / 1e3, times[n - 1] / 1e3, bytes, renderBytes, renderMs);
  }
}
