package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.AsyncApp;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Register;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.Page;
import dev.weft.ui.RequestHeaders;
import dev.weft.ui.controls.Text;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where a new session runs and what it leaves behind ({@link SessionDeployment}): on the event
 * loop of the context that opened it (a socket's), started in the same turn, without a Vert.x
 * deployment; and once it has ended, by its browser's timeout or by the server closing, nothing
 * of it stays reachable — no consumer at its address, no timer (a page's hour-long timer is
 * cancelled), nothing that holds its page.
 */
class SessionPlacementTest {

  private static final String MOUNT = "/";
  private static final ClientInfo BROWSER = new ClientInfo("/", 800, 600, false, "127.0.0.1",
      RequestHeaders.none(), "http://localhost:8000/");

  private final Vertx vertx = Vertx.vertx();
  private final Codec codec = new Codec();
  private final BlockingHandoff handoff = BlockingHandoff.create(vertx, "auto", 4);
  private final AtomicInteger connections = new AtomicInteger();
  private Sessions sessions;

  @AfterEach
  void close() throws Exception {
    if (sessions != null) {
      await(sessions.closeAll());
    }
    handoff.close();
    await(vertx.close());
  }

  /** A connection's stand-in: its address, with the frames sessions send it. */
  private String connection(BlockingQueue<String> frames) throws Exception {
    String address = "test.conn." + connections.incrementAndGet();
    await(vertx.eventBus().<Object>consumer(address, m -> {
      if (m.body() instanceof String frame) {
        frames.add(frame);
      }
    }).completion());
    return address;
  }

  private Future<OpenedSession> open(AsyncApp app, String connection) {
    return sessions.open(MOUNT, AppMain.of(app), new Register(1, null, "/", 800, 600, false),
        BROWSER, connection, Future.succeededFuture());
  }

  @Test
  void aNewSessionStartsOnTheLoopOfTheContextThatOpensItInTheSameTurnAndIsNoDeployment()
      throws Exception {
    sessions = new Sessions(vertx, handoff, new SessionSettings(Duration.ofMinutes(5), 20), codec);
    CompletableFuture<Thread> mainThread = new CompletableFuture<>();
    CompletableFuture<Context> mainContext = new CompletableFuture<>();
    AsyncApp app = page -> {
      mainThread.complete(Thread.currentThread());
      mainContext.complete(Vertx.currentContext());
      page.add(new Text("hello"));
      return null;
    };
    BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    String address = connection(frames);
    await(pubsubListening()); // as once the app's first session has opened
    ContextInternal socket = ((VertxInternal) vertx).createEventLoopContext();
    CompletableFuture<Thread> socketThread = new CompletableFuture<>();
    CompletableFuture<Boolean> mainRanInTurn = new CompletableFuture<>();
    CompletableFuture<Context> answeredOn = new CompletableFuture<>();
    socket.runOnContext(v -> {
      socketThread.complete(Thread.currentThread());
      open(app, address).onSuccess(opened -> answeredOn.complete(Vertx.currentContext()));
      mainRanInTurn.complete(mainThread.isDone());
    });
    assertThat(mainRanInTurn.get(10, TimeUnit.SECONDS)).as("main ran within the socket's turn")
        .isTrue();
    assertThat(mainThread.get()).as("main ran on the socket's loop").isSameAs(socketThread.get());
    assertThat(answeredOn.get(10, TimeUnit.SECONDS)).as("the open answered on the socket's context")
        .isSameAs(socket);
    Context context = mainContext.get();
    assertThat(context).as("a context of the session's own").isNotSameAs(socket);
    assertThat(context.deploymentID()).as("not a Vert.x deployment").isNull();
    assertThat(vertx.deploymentIDs()).isEmpty();
    assertThat(frames.poll(10, TimeUnit.SECONDS)).contains("\"type\":\"render\"").contains("hello");
  }

  @Test
  void withNoContextASessionStartsOnALoopVertxPicks() throws Exception {
    sessions = new Sessions(vertx, handoff, new SessionSettings(Duration.ofMinutes(5), 20), codec);
    CompletableFuture<Context> mainContext = new CompletableFuture<>();
    BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    await(open(page -> {
      mainContext.complete(Vertx.currentContext());
      return null;
    }, connection(frames)));
    Context context = mainContext.get(10, TimeUnit.SECONDS);
    assertThat(context.isEventLoopContext()).isTrue();
    assertThat(frames.poll(10, TimeUnit.SECONDS)).contains("\"type\":\"render\"");
  }

  @Test
  void sessionsEndedByTheirTimeoutOrByClosingLeaveNothingReachable() throws Exception {
    sessions = new Sessions(vertx, handoff, new SessionSettings(Duration.ofMillis(50), 20)
        .withUnconfirmedTimeout(Duration.ofMillis(50)), codec);
    List<WeakReference<Page>> pages = new CopyOnWriteArrayList<>();
    Map<String, Boolean> lateTitles = new ConcurrentHashMap<>();
    AsyncApp app = page -> {
      pages.add(new WeakReference<>(page));
      page.add(new Text("held"));
      // an hour-long timer whose continuation holds the page: if it outlived the session, so would the page
      page.timer(Duration.ofHours(1)).thenRun(() -> lateTitles.put(page.sessionId(), true));
      return null;
    };
    int count = 40;
    List<String> ids = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String address = connection(new LinkedBlockingQueue<>());
      addresses.add(address);
      ids.add(await(open(app, address)).id());
    }
    assertThat(sessions.live()).isEqualTo(count);
    collectGarbage(pages, 3);
    assertThat(pages).as("live sessions hold their pages: the check below can fail")
        .allSatisfy(ref -> assertThat(ref.get()).isNotNull());

    // half go by their browsers' timeout: detached, then not back within 50 ms
    for (int i = 0; i < count / 2; i++) {
      vertx.eventBus().send(Addresses.session(ids.get(i)), SessionNotice.detach(addresses.get(i)));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (sessions.live() > count - count / 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(sessions.live()).as("the detached half expired").isEqualTo(count - count / 2);
    // the rest go with the server
    await(sessions.closeAll());
    assertThat(sessions.live()).isZero();

    for (String id : ids) {
      assertThat(sessions.isHere(id)).isFalse();
      Throwable noOne = awaitFailure(vertx.eventBus().request(Addresses.session(id), "{}"));
      assertThat(noOne).isInstanceOf(ReplyException.class);
      assertThat(((ReplyException) noOne).failureType()).as("no consumer left at its address")
          .isEqualTo(ReplyFailure.NO_HANDLERS);
    }
    assertThat(collectGarbage(pages, 50)).as("pages of ended sessions still reachable").isZero();
    assertThat(lateTitles).as("no page timer fired after its session ended").isEmpty();
    assertThat(vertx.deploymentIDs()).isEmpty();
  }

  private Future<Void> pubsubListening() {
    return sessions.pubsub().listen(MOUNT);
  }

  /** Runs the GC up to {@code rounds} times until no page is reachable; how many still are. */
  private static int collectGarbage(List<WeakReference<Page>> pages, int rounds)
      throws InterruptedException {
    int reachable = pages.size();
    for (int i = 0; i < rounds && reachable > 0; i++) {
      System.gc();
      Thread.sleep(20);
      reachable = (int) pages.stream().filter(ref -> ref.get() != null).count();
    }
    return reachable;
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static Throwable awaitFailure(Future<?> future) throws Exception {
    try {
      await(future);
      throw new AssertionError("expected a failure");
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
  }
}
