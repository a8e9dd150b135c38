package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.testing.ClientTree;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Checkbox;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Dropdown;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test client itself, against a real server: finding controls, acting like a user (and
 * refusing what a user could not do), waiting with bounds and helpful failures — and, against a
 * fake server, noticing a server that breaks the protocol.
 */
class WeftTestClientTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final AtomicReference<String> typed = new AtomicReference<>();
  private final AtomicReference<String> synced = new AtomicReference<>();
  private ItServer server;

  @BeforeEach
  void start() {
    App form = page -> {
      Text echo = new Text("nothing yet").key("echo");
      TextField live = new TextField("Name").key("name");
      live.onChange(e -> echo.value("typed " + e.control().value()));
      TextField quiet = new TextField("Quiet").key("quiet");
      // the event's data, not control().value(): handlers run concurrently, and by the time the
      // submit handler reads the control a later blur may have updated it
      quiet.onSubmit(e -> synced.set((String) e.data()));
      quiet.onBlur(e -> typed.set((String) e.data()));
      Checkbox agree = new Checkbox("Agree");
      agree.onChange(e -> echo.value("agree " + e.control().value()));
      Switch power = new Switch("Power");
      power.onChange(e -> echo.value("power " + e.control().value()));
      Dropdown colour = Dropdown.of("Colour", "red", "green");
      colour.onChange(e -> echo.value("colour " + e.control().value()));
      page.add(echo, live, quiet, agree, power, colour,
          new Text("twice"), new Text("twice"), new Text("Hello, world"),
          new Button("Dead"),
          new Column(new Button("Inside disabled", e -> echo.value("no"))).disabled(true),
          new TextField("Read only").readOnly(true),
          new TextField("Short").maxLength(3),
          Button.async("Later", e -> page.timer(Duration.ofMillis(300))
              .thenRun(() -> echo.value("later"))),
          new Button("Remove me", e -> page.remove(e.control())));
    };
    server = ItServer.start(Map.of("/", form));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void findMatchesAControlsWholeTextExactly() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThat(client.find("Hello, world").type()).isEqualTo("text");
      assertThat(client.find("Name").type()).isEqualTo("textField");
      assertThat(client.find("Agree").type()).isEqualTo("checkbox");
      assertThat(client.find("Power").type()).isEqualTo("switch");
      assertThat(client.find("Colour").type()).isEqualTo("dropdown");
      assertThat(client.find("Dead").type()).isEqualTo("button");
      assertThat(client.hasText("Hello")).isFalse();
      assertThat(client.findByKey("echo").prop("value")).isEqualTo("nothing yet");
      assertThat(client.findAll("textField")).hasSize(4);
      assertThat(client.controls(e -> e.type().equals("image"))).isEmpty();
    }
  }

  @Test
  void aMissingControlFailsWithAnOutlineOfThePage() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThatThrownBy(() -> client.find("Hello"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("no control with the text \"Hello\"")
          .hasMessageContaining("text#")
          .hasMessageContaining("\"Hello, world\"")
          .hasMessageContaining("textField#");
      assertThatThrownBy(() -> client.findByKey("nope"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("key=\"echo\"");
      assertThatThrownBy(() -> client.findAll("image"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("no control of type \"image\"");
      assertThatThrownBy(() -> client.find("twice"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("2 controls have the text");
    }
  }

  @Test
  void typingIntoAFieldThatListensSendsEachEdit() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      ClientTree.Entry name = client.find("Name");
      assertThat(client.type(name, "Ada")).isPositive();
      assertThat(client.tree().get(name.id()).prop("value")).isEqualTo("Ada");
      client.awaitText("typed Ada", WAIT);
      client.type(name, "");
      client.awaitText("typed ", WAIT);
      assertThat(client.tree().get(name.id()).prop("value")).isNull();
    }
  }

  @Test
  void typingIntoAQuietFieldStillSyncsItsValueLikeTheBrowser() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      ClientTree.Entry quiet = client.find("Quiet");
      assertThat(client.type(quiet, "kept local")).as("a committed edit is sent for value sync")
          .isPositive();
      client.submit(quiet);
      client.type(quiet, "then left");
      client.blur(quiet);
      // no page change follows: wait for the handlers' effects directly
      long deadline = System.nanoTime() + WAIT.toNanos();
      while ((synced.get() == null || typed.get() == null) && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(20);
      }
      assertThat(synced.get()).isEqualTo("kept local");
      assertThat(typed.get()).isEqualTo("then left");
      assertThat(client.protocolErrors()).isEmpty();
    }
  }

  @Test
  void togglingAndSelectingSendTheNewValue() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.toggle(client.find("Agree"));
      client.awaitText("agree true", WAIT);
      client.toggle(client.find("Agree"));
      client.awaitText("agree false", WAIT);
      client.toggle(client.find("Power"));
      client.awaitText("power true", WAIT);
      client.select(client.find("Colour"), "green");
      client.awaitText("colour green", WAIT);
      assertThat(client.find("Colour").prop("value")).isEqualTo("green");
      assertThatThrownBy(() -> client.select(client.find("Colour"), "blue"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("[red, green]");
      assertThat(client.protocolErrors()).isEmpty();
    }
  }

  @Test
  void whatAUserCannotDoFailsInsteadOfPassingSilently() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      assertThatThrownBy(() -> client.click("Dead"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("does not listen to click");
      assertThatThrownBy(() -> client.click("Inside disabled"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("disabled");
      assertThatThrownBy(() -> client.type(client.find("Read only"), "x"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("read-only");
      assertThatThrownBy(() -> client.type(client.find("Short"), "long"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("maxLength");
      assertThatThrownBy(() -> client.type(client.find("Agree"), "x"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("not a textField");
      assertThatThrownBy(() -> client.submit(client.find("Name")))
          .isInstanceOf(AssertionError.class).hasMessageContaining("does not listen to submit");
      assertThat(client.clientSeq()).as("nothing was sent").isEqualTo(1);
    }
  }

  @Test
  void aControlThatLeftThePageCannotBeClicked() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      ClientTree.Entry button = client.find("Remove me");
      client.click(button);
      client.awaitNoText("Remove me", WAIT);
      assertThatThrownBy(() -> client.click(button))
          .isInstanceOf(AssertionError.class).hasMessageContaining("no longer on the page");
    }
  }

  @Test
  void waitsAreBoundedAndSayWhatWasAwaited() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.awaitText("never", Duration.ofMillis(300)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("timed out after 300 ms")
          .hasMessageContaining("\"never\"")
          .hasMessageContaining("nothing yet");
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 5_000L);
      assertThatThrownBy(() -> client.awaitAppError(Duration.ofMillis(100)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("appError");
      client.click("Later");
      assertThat(client.awaitText("later", WAIT).prop("key")).isEqualTo("echo");
    }
  }

  @Test
  void theClientRefusesToBlockAnEventLoop() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      CompletableFuture<Throwable> thrown = new CompletableFuture<>();
      server.vertx.runOnContext(v -> {
        try {
          client.find("Name");
          thrown.complete(null);
        } catch (Throwable t) {
          thrown.complete(t);
        }
      });
      assertThat(thrown.get(10, TimeUnit.SECONDS))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("event loop");
    }
  }

  @Test
  void aClientOnAGivenVertxLeavesItOpen() {
    Vertx vertx = Vertx.vertx();
    try {
      WeftTestClient client = WeftTestClient.connect(vertx, server.url());
      client.close();
      client.close(); // idempotent
      assertThat(ItServer.await(vertx.executeBlocking(() -> "alive"))).isEqualTo("alive");
    } finally {
      ItServer.await(vertx.close());
    }
  }

  @Test
  void aServerThatSkipsASequenceNumberOrSendsABadPatchIsRecordedAsAFailure() {
    Vertx vertx = Vertx.vertx();
    try {
      HttpServer fake = vertx.createHttpServer().webSocketHandler(ws -> ws.textMessageHandler(frame -> {
        ws.writeTextMessage("{\"type\":\"render\",\"seq\":1,\"session\":\"AAAAAAAAAAAAAAAAAAAAAAAA\","
            + "\"root\":{\"id\":0,\"type\":\"page\",\"children\":[{\"id\":1,\"type\":\"text\","
            + "\"props\":{\"value\":\"a\"}}]}}");
        ws.writeTextMessage("{\"type\":\"patch\",\"seq\":3,\"ops\":[]}"); // 2 is missing
        ws.writeTextMessage("{\"type\":\"patch\",\"seq\":4,\"ops\":[{\"op\":\"remove\",\"id\":77}]}");
        ws.writeTextMessage("not json");
      }));
      ItServer.await(fake.listen(0, "127.0.0.1"));
      try (WeftTestClient client = WeftTestClient.connect(
          ConnectOptions.of("http://127.0.0.1:" + fake.actualPort() + "/"))) {
        assertThat(client.find("a").id()).isEqualTo(1);
        client.awaitTree(t -> client.failures().size() >= 3, WAIT);
        List<String> failures = client.failures();
        assertThat(failures.get(0)).contains("patch seq 3 after 1");
        assertThat(failures.get(2)).contains("undecodable");
        assertThatThrownBy(client::assertNoFailures).isInstanceOf(AssertionError.class);
      }
    } finally {
      ItServer.await(vertx.close());
    }
  }
}
