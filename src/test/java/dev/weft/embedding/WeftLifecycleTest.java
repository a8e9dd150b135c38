package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.auth.PendingSignIn;
import dev.weft.auth.SignInException;
import dev.weft.health.Lifecycle;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.testing.CloseStatus;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import dev.weft.upload.UploadStore;
import io.vertx.core.Future;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app manager a host ties to its own lifecycle: {@code start()} runs the cleanup timer,
 * {@code close()} lets running handlers finish, ends every session (1012, close hooks run) and
 * stops it, also when it is Vert.x that closes; both idempotent.
 * Tagged {@code handlers}: close hooks run on the hand-off, which shuts down after them, so this
 * runs again on JDK 25's virtual threads.
 */
@Tag("handlers")
class WeftLifecycleTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path uploads;
  private final AtomicInteger closeHooks = new AtomicInteger();
  private final Host host = new Host();
  private Weft weft;

  private void serve(Object... settings) {
    Object[] all = new Object[settings.length + 2];
    all[0] = "upload.dir";
    all[1] = uploads.toString();
    System.arraycopy(settings, 0, all, 2, settings.length);
    App app = page -> {
      page.onClose(() -> {
        sleep(200); // a hook that takes its time: close() waits for it
        closeHooks.incrementAndGet();
      });
      page.add(new Text("running"));
    };
    weft = Weft.create(host.vertx, WeftTestServer.config(all), Map.of("/", app));
    MountedInRouter.mountWeft(host.router, weft);
    host.listen();
  }

  @AfterEach
  void stop() {
    if (weft != null) {
      Host.await(weft.close());
    }
    host.close();
  }

  @Test
  void closeEndsEverySessionWithGoingAwayAfterItsCloseHooksRan() {
    serve();
    Host.await(weft.start());
    try (WeftTestClient a = WeftTestClient.connect(host.url("/weft-app/"));
         WeftTestClient b = WeftTestClient.connect(host.url("/weft-app/"))) {
      assertThat(weft.liveSessions()).isEqualTo(2);
      Future<Void> closed = weft.close();
      Host.await(closed);
      assertThat(closeHooks.get()).as("close hooks ran before close() completed").isEqualTo(2);
      assertThat(weft.liveSessions()).isZero();
      assertThat(a.awaitClose(WAIT).code()).isEqualTo(1012);
      assertThat(b.awaitClose(WAIT).code()).isEqualTo(1012);
      assertThat(weft.close()).as("close() is idempotent").isSameAs(closed);
    }
  }

  @Test
  void closingVertxRunsTheCloseHooksOfLiveSessionsToo() {
    App app = page -> {
      page.onClose(closeHooks::incrementAndGet);
      page.add(new Text("running"));
    };
    WeftTestServer server = WeftTestServer.start(app); // WeftVerticle: Weft closes with it
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.awaitText("running", WAIT);
      server.close();
      assertThat(closeHooks.get()).isEqualTo(1);
      assertThat(client.awaitClose(WAIT).code()).isIn(1012, CloseStatus.ABNORMAL);
    }
  }

  @Test
  void closingVertxLetsARunningHandlerFinishAndDeliversItsChangeBeforeClosingWith1012()
      throws Exception {
    // what SIGTERM does to the jar: the launcher's shutdown hook closes Vert.x. Vert.x would
    // undeploy the session verticles (children of the main verticle) before the main verticle's
    // stop(); Weft's close hook drains first, while the handler runs and the socket is open
    CountDownLatch running = new CountDownLatch(1);
    App app = page -> page.add(new Button("Work", e -> {
      running.countDown();
      sleep(1_000);
      page.add(new Text("Work done"));
    }));
    WeftTestServer server = WeftTestServer.start(app);
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click("Work");
      assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      Future<Void> closed = server.vertx().close();
      assertThat(server.weft().lifecycle()).isEqualTo(Lifecycle.DRAINING);
      client.awaitText("Work done", WAIT);
      assertThat(client.awaitClose(WAIT).code()).isEqualTo(1012);
      Host.await(closed);
    }
  }

  @Test
  void aClosedWeftOpensNoNewSessions() {
    serve();
    Host.await(weft.close());
    try (WeftTestClient late = WeftTestClient.connect(
        ConnectOptions.of(host.url("/weft-app/")).register(false))) {
      late.send("{\"type\":\"register\",\"seq\":1,\"session\":null,\"route\":\"/\","
          + "\"width\":800,\"height\":600,\"dark\":false}");
      assertThat(late.awaitClose(WAIT).code()).isNotEqualTo(1000);
      assertThat(weft.liveSessions()).isZero();
      assertThat(late.messages()).isEmpty();
    }
  }

  @Test
  void startIsIdempotentAndRefusedAfterClose() {
    serve();
    assertThat(Host.await(weft.start().map("started"))).isEqualTo("started");
    assertThat(Host.await(weft.start().map("again"))).isEqualTo("again");
    Host.await(weft.close());
    assertThat(Host.await(weft.start().map("no").otherwise(t -> t.getMessage())))
        .contains("closed");
  }

  @Test
  void theCleanupTimerRemovesExpiredStatesAndStaleTempFilesOnlyWhileStarted() throws Exception {
    serve("cleanup.intervalSeconds", 1, "oauth.stateTtlSeconds", 1);
    PendingSignIn signIn = weft.oauthStates().issue();
    Path stale = tempFile("stale.part", Instant.now().minus(Duration.ofHours(1)));
    Path fresh = tempFile("fresh.part", Instant.now());
    Thread.sleep(1_500); // the state has expired, but nothing sweeps before start()
    assertThat(weft.oauthStates().pending()).isEqualTo(1);
    assertThat(stale).exists();

    Host.await(weft.start());
    Host.eventually("the stale temp file is removed", () -> !Files.exists(stale));
    Host.eventually("the expired state is removed", () -> weft.oauthStates().pending() == 0);
    assertThat(fresh).as("a temp file still being written").exists();
    Throwable failure = Host.await(signIn.result().map(c -> (Throwable) null).otherwise(t -> t));
    assertThat(failure).isInstanceOf(SignInException.class);
    assertThat(((SignInException) failure).error()).isEqualTo("expired");
    assertThat(host.get("/weft-app/oauth_callback?state=" + signIn.state() + "&code=c").statusCode())
        .isEqualTo(400);

    Host.await(weft.close());
    Path later = tempFile("later.part", Instant.now().minus(Duration.ofHours(1)));
    Thread.sleep(1_500);
    assertThat(later).as("no cleanup after close()").exists();
  }

  private Path tempFile(String name, Instant modified) throws IOException {
    Path dir = Files.createDirectories(uploads.resolve(UploadStore.TEMP_DIR));
    Path file = Files.writeString(dir.resolve(name), "partial");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
