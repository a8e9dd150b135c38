package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.examples.Login;
import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Navigate;
import dev.weft.protocol.Node;
import dev.weft.protocol.Register;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.RequestHeaders;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The /login/ demo in a real session, with fake providers and an event-bus stand-in for the
 * socket: "Sign in" sends the browser to the provider (a {@code navigate}), the sign-in's result
 * reaches the page's handlers ("Signed in as …"), "Sign out" signs out; a failed sign-in shows the
 * provider's error; and a session whose browser is away at the provider outlives
 * {@code session.timeoutSeconds} until the sign-in ends.
 */
class SignInSessionTest {

  private static final String MOUNT = "/login/";
  private static final ClientInfo BROWSER = new ClientInfo("/", 800, 600, false, "127.0.0.1",
      RequestHeaders.none(), "http://localhost:8000/login/");

  private final Vertx vertx = Vertx.vertx();
  private final Codec codec = new Codec();
  private final BlockingHandoff handoff = BlockingHandoff.create(vertx, "auto", 4);
  private final AtomicInteger connections = new AtomicInteger();
  private FakeSignIns providers = new FakeSignIns("mock");
  private Sessions sessions;
  private Object app = new Login();

  @AfterEach
  void close() throws Exception {
    if (sessions != null) {
      await(sessions.closeAll());
    }
    await(vertx.close());
  }

  private void start(FakeSignIns signIns, Duration timeout) {
    sessions = new Sessions(vertx, handoff,
        new SessionSettings(timeout, 20).withSignIns(signIns), codec);
  }

  /** A browser's connection: frames the session sends arrive in {@code frames}. */
  private final class Browser {
    final String address = "test.conn." + connections.incrementAndGet();
    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final java.util.List<String> seen = new java.util.ArrayList<>();
    String session;
    /** What a browser keeps to re-attach: the session's token from its render. */
    String token;
    long seq;
    Node page;

    Browser() {
      vertx.eventBus().<Object>consumer(address, m -> {
        if (m.body() instanceof String frame) {
          frames.add(frame);
        }
      });
    }

    /** Registers: a new session, or a re-attach with {@code token} asking for a render. */
    Browser register(String token, long firstSeq) throws Exception {
      seq = firstSeq;
      OpenedSession opened = await(sessions.open(MOUNT, AppMain.of(app),
          new Register(seq, token, "/", 800, 600, false), BROWSER, address,
          Future.succeededFuture())); // one instance: its consumer is reachable at once
      this.session = opened.id();
      Render render = (Render) awaitMessage(m -> m instanceof Render);
      this.token = render.session();
      page = render.root();
      return this;
    }

    void click(String key) {
      vertx.eventBus().send(Addresses.session(session),
          codec.encode(new ClientEvent(++seq, idOf(page, key), "click", null)));
    }

    void detach() {
      vertx.eventBus().send(Addresses.session(session), SessionNotice.detach(address));
    }

    /** The first message so far (or within 10 s) that {@code wanted} accepts, in arrival order. */
    ServerMessage awaitMessage(Predicate<ServerMessage> wanted) throws Exception {
      return decode(awaitFrame(frame -> wanted.test(decode(frame)), "no such message"));
    }

    /** The first frame so far (or within 10 s) holding {@code text}: a patch setting it, a render. */
    String awaitText(String text) throws Exception {
      return awaitFrame(frame -> frame.contains(text), "no frame with \"" + text + "\"");
    }

    private String awaitFrame(Predicate<String> wanted, String failure) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        for (String frame : seen) {
          if (wanted.test(frame)) {
            return frame;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(failure + " within 10 s; got " + seen);
        }
        String next = frames.poll(100, TimeUnit.MILLISECONDS);
        if (next != null) {
          seen.add(next);
        }
      }
    }

    private ServerMessage decode(String frame) {
      try {
        return codec.decodeServer(frame);
      } catch (dev.weft.protocol.ProtocolException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static int idOf(Node node, String key) {
    if (key.equals(node.props().get("key"))) {
      return node.id();
    }
    for (Node child : node.children()) {
      int id = idOf(child, key);
      if (id >= 0) {
        return id;
      }
    }
    return -1;
  }

  @Test
  void signInAndOutThroughTheProvider() throws Exception {
    start(providers, Duration.ofMinutes(5));
    Browser browser = new Browser().register(null, 1);
    assertThat(codec.encode(browser.page)).contains("Not signed in").contains("Sign in with mock.");
    browser.click("sign-in");
    browser.awaitText("Signing in with mock…");
    Navigate go = (Navigate) browser.awaitMessage(m -> m instanceof Navigate);
    assertThat(go.url()).isEqualTo("https://provider.example/authorize?state=s1");
    assertThat(go.newTab()).isFalse();
    assertThat(providers.begun).singleElement().satisfies(r -> {
      assertThat(r.sessionId()).isEqualTo(browser.session);
      assertThat(r.appUrl()).isEqualTo("http://localhost:8000/login/");
      assertThat(r.route()).isEqualTo("/");
    });
    providers.signIn(0, FakeSignIns.ada("mock", null, null));
    assertThat(browser.awaitText("Signed in as Ada Lovelace")).contains("ada@example.com · via mock");
    browser.click("sign-out");
    browser.awaitText("Signed out");
  }

  @Test
  void aFailedSignInShowsTheProvidersError() throws Exception {
    start(providers, Duration.ofMinutes(5));
    Browser browser = new Browser().register(null, 1);
    browser.click("sign-in");
    browser.awaitMessage(m -> m instanceof Navigate);
    providers.fail(0, "access_denied", "The user denied the request");
    assertThat(browser.awaitText("Sign-in failed"))
        .contains("The user denied the request (access_denied)");
  }

  @Test
  void withoutProvidersTheDemoSaysSo() throws Exception {
    start(null, Duration.ofMinutes(5));
    Browser browser = new Browser().register(null, 1);
    assertThat(codec.encode(browser.page)).contains("No sign-in provider is configured")
        .contains("oauth.providers");
  }

  @Test
  void theSessionWaitsForASignInLongerThanItsTimeoutAndThenResumesSignedIn() throws Exception {
    start(providers, Duration.ofMillis(300));
    Browser browser = new Browser().register(null, 1);
    browser.click("sign-in");
    browser.awaitMessage(m -> m instanceof Navigate);
    browser.detach(); // the browser left for the provider
    Thread.sleep(1_000); // three session timeouts
    providers.signIn(0, FakeSignIns.ada("mock", null, null));
    Browser back = new Browser().register(browser.token, browser.seq + 1);
    assertThat(back.session).isEqualTo(browser.session);
    if (!codec.encode(back.page).contains("Signed in as Ada Lovelace")) {
      back.awaitText("Signed in as Ada Lovelace"); // the handler may finish after the render
    }
    back.detach();
    Thread.sleep(1_000); // no sign-in under way: the timeout ends it
    Browser late = new Browser();
    assertThatThrownBy(() -> late.register(back.token, back.seq + 1))
        .isInstanceOf(SessionRefused.class);
  }

  @Test
  void asyncHandlersRunOnTheLoopAndAFailingHandlerIsShownNotFatal() throws Exception {
    app = (dev.weft.App) page -> {
      dev.weft.ui.controls.Text said = new dev.weft.ui.controls.Text("-").key("said");
      page.onLoginAsync(e -> {
        said.value("async in: " + e.auth().user().displayName() + " on "
            + Thread.currentThread().getName());
        return null;
      });
      page.onLogin(e -> {
        throw new IllegalStateException("the user database is down");
      });
      page.onLogoutAsync(e -> page.timer(Duration.ofMillis(50))
          .thenRun(() -> said.value("async out: " + e.reason())));
      page.add(said,
          new dev.weft.ui.controls.Button("in", e -> page.login("mock")).key("in"),
          new dev.weft.ui.controls.Button("out", e -> page.logout()).key("out"));
    };
    start(providers, Duration.ofMinutes(5));
    Browser browser = new Browser().register(null, 1);
    browser.click("in");
    browser.awaitMessage(m -> m instanceof Navigate);
    providers.signIn(0, FakeSignIns.ada("mock", null, null));
    assertThat(browser.awaitText("async in: Ada Lovelace on ")).contains("vert.x-eventloop-thread");
    assertThat(((dev.weft.protocol.AppError) browser.awaitMessage(
        m -> m instanceof dev.weft.protocol.AppError)).message())
        .isEqualTo("IllegalStateException: the user database is down");
    browser.click("out");
    browser.awaitText("async out: logout");
  }

  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }
}
