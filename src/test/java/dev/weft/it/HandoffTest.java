package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.session.BlockingHandoff;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Blocking work leaves the event loop through the hand-off: virtual threads on JDK 21+, the
 * {@code weft-handlers} worker pool on 17. CI runs this class on both ({@code -Dgroups=handlers}).
 */
@Tag("handlers")
class HandoffTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final boolean JDK21 = Runtime.version().feature() >= 21;

  private final AtomicReference<Thread> mainThread = new AtomicReference<>();
  private final AtomicReference<Boolean> mainOnLoop = new AtomicReference<>();
  private final AtomicReference<Thread> blockingThread = new AtomicReference<>();
  private final AtomicReference<Boolean> blockingOnLoop = new AtomicReference<>();
  private final AtomicReference<Boolean> asyncOnLoop = new AtomicReference<>();
  private ItServer server;

  @BeforeEach
  void start() {
    App app = page -> {
      mainThread.set(Thread.currentThread());
      mainOnLoop.set(Context.isOnEventLoopThread());
      page.add(
          new Button("Blocking", e -> {
            blockingThread.set(Thread.currentThread());
            blockingOnLoop.set(Context.isOnEventLoopThread());
            page.add(new Text("ran on " + Thread.currentThread().getName()));
          }),
          Button.async("Async", e -> {
            asyncOnLoop.set(Context.isOnEventLoopThread());
            page.add(new Text("async ran"));
            return CompletableFuture.completedFuture(null);
          }));
    };
    server = ItServer.start(Map.of("/", app));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theHandoffModeIsVirtualThreadsOnJdk21AndTheWorkerPoolBefore() {
    assertThat(server.weft().handoff().mode()).isEqualTo(
        JDK21 ? BlockingHandoff.Mode.VIRTUAL_THREADS : BlockingHandoff.Mode.WORKER_POOL);
    assertThat(server.weft().handoff().describe()).contains("JDK " + Runtime.version().feature());
  }

  @Test
  void aBlockingHandlerRunsOnAVirtualThreadOnJdk21AndAWeftHandlersWorkerBefore() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click("Blocking");
      client.awaitControl(e -> String.valueOf(e.prop("value")).startsWith("ran on "), WAIT);
      Thread thread = blockingThread.get();
      assertThat(blockingOnLoop.get()).isFalse();
      assertThat(isVirtual(thread)).as("%s is virtual", thread).isEqualTo(JDK21);
      if (JDK21) {
        assertThat(thread.toString()).startsWith("VirtualThread");
      } else {
        assertThat(thread.getName()).startsWith("weft-handlers");
      }
    }
  }

  @Test
  void aBlockingMainRunsOffTheEventLoopLikeAHandler() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThat(client.hasText("Blocking")).isTrue();
      assertThat(mainOnLoop.get()).isFalse();
      assertThat(isVirtual(mainThread.get())).isEqualTo(JDK21);
    }
  }

  @Test
  void anAsyncHandlerRunsOnTheEventLoop() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click("Async");
      client.awaitText("async ran", WAIT);
      assertThat(asyncOnLoop.get()).isTrue();
    }
  }

  /** {@code Thread.isVirtual()}, by reflection: the tests compile for 17. */
  private static boolean isVirtual(Thread thread) throws Exception {
    if (!JDK21) {
      return false;
    }
    return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
  }
}
