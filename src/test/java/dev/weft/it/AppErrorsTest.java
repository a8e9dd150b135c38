package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.AsyncApp;
import dev.weft.protocol.AppError;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A handler or {@code main} that throws is reported to the page as an {@code appError} carrying
 * the exception's type and message and the failing event's seq, and the session goes on.
 */
class AppErrorsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final AtomicInteger clicks = new AtomicInteger();

  private App failingHandlers() {
    return page -> {
      Text count = new Text("0").key("count");
      page.add(count,
          new Button("+1", e -> count.value(String.valueOf(clicks.incrementAndGet()))),
          new Button("Fail", e -> {
            count.value("half done");
            throw new IllegalStateException("boom 42");
          }),
          Button.async("Fail async", e ->
              CompletableFuture.failedFuture(new java.io.IOException("disk on fire"))),
          Button.async("Throw async", e -> {
            throw new ArithmeticException("sync throw in an async handler");
          }));
    };
  }

  @Test
  void aThrowingBlockingHandlerSendsAnAppErrorWithTheEventSeqAndTheSessionGoesOn() {
    try (ItServer server = ItServer.start(Map.of("/", failingHandlers()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.click("Fail");
      AppError error = client.awaitAppError(WAIT);
      assertThat(error.ref()).isEqualTo(seq);
      assertThat(error.message()).isEqualTo("IllegalStateException: boom 42");
      assertThat(error.message()).doesNotContain("\tat ");
      // what the handler changed before it threw is still sent
      client.awaitText("half done", WAIT);

      client.click("+1");
      client.awaitText("1", WAIT);
      assertThat(client.isOpen()).isTrue();
      assertThat(client.protocolErrors()).isEmpty();
      client.assertNoFailures();
    }
  }

  @Test
  void aFailedAsyncHandlerSendsAnAppErrorAndTheSessionGoesOn() {
    try (ItServer server = ItServer.start(Map.of("/", failingHandlers()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      long failed = client.click("Fail async");
      AppError first = client.awaitAppError(WAIT);
      assertThat(first.ref()).isEqualTo(failed);
      assertThat(first.message()).isEqualTo("IOException: disk on fire");

      long thrown = client.click("Throw async");
      AppError second = client.awaitAppError(WAIT);
      assertThat(second.ref()).isEqualTo(thrown);
      assertThat(second.message()).isEqualTo("ArithmeticException: sync throw in an async handler");

      client.click("+1");
      client.awaitText("1", WAIT);
      client.assertNoFailures();
    }
  }

  @Test
  void anAppWhoseMainThrowsStillRendersAndReportsTheErrorWithoutRef() {
    App app = page -> {
      page.add(new Text("before the crash"));
      throw new UnsupportedOperationException("main gave up");
    };
    try (ItServer server = ItServer.start(Map.of("/", app));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThat(client.find("before the crash").type()).isEqualTo("text");
      AppError error = client.awaitAppError(WAIT);
      assertThat(error.ref()).isNull();
      assertThat(error.message()).isEqualTo("UnsupportedOperationException: main gave up");
      client.assertNoFailures();
    }
  }

  @Test
  void anAppWhoseMainThrowsBeforeAddingAnythingRendersAnEmptyPage() {
    App app = page -> {
      throw new IllegalArgumentException("nothing to show");
    };
    try (ItServer server = ItServer.start(Map.of("/", app));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThat(client.tree().root().type()).isEqualTo("page");
      assertThat(client.tree().root().children()).isEmpty();
      AppError error = client.awaitAppError(WAIT);
      assertThat(error.ref()).isNull();
      assertThat(error.message()).isEqualTo("IllegalArgumentException: nothing to show");
      client.assertNoFailures();
    }
  }

  @Test
  void anAsyncMainThatFailsStillRendersAndReportsTheError() {
    AsyncApp app = page -> {
      page.add(new Text("async start"));
      return CompletableFuture.failedFuture(new IllegalStateException("async main failed"));
    };
    try (ItServer server = ItServer.start(Map.of("/", app));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.awaitText("async start", WAIT);
      AppError error = client.awaitAppError(WAIT);
      assertThat(error.ref()).isNull();
      assertThat(error.message()).isEqualTo("IllegalStateException: async main failed");
      client.assertNoFailures();
    }
  }
}
