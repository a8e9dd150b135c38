package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolError;
import dev.weft.protocol.Storage;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code page.clientStorage()} over a real socket: numbered {@code storage} requests, answers
 * through the page's {@code storage} event, failures and timeouts failing the stage, bad answers
 * a protocol error.
 */
class ClientStorageTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static WeftTestServer server;

  @BeforeAll
  static void start() {
    App app = page -> {
      Text result = new Text("idle");
      page.add(result,
          button(page, result, "set", p -> p.clientStorage().set("prefs", new java.util.TreeMap<>(Map.of("dark", true, "size", 3)))),
          button(page, result, "get", p -> p.clientStorage().get("prefs")),
          button(page, result, "keys", p -> p.clientStorage().keys()),
          button(page, result, "remove", p -> p.clientStorage().remove("prefs")),
          button(page, result, "clear", p -> p.clientStorage().clear()));
    };
    server = WeftTestServer.start(app);
  }

  private static Button button(Page page, Text result, String label,
                               Function<Page, CompletionStage<?>> action) {
    return new Button(label, e -> action.apply(page).whenComplete((v, t) -> {
      result.value(t != null ? "failed: " + rootMessage(t) : label + " -> " + v);
      page.update();
    }));
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aRoundTripThroughTheBrowsersStorage() {
    Map<String, Object> local = new HashMap<>();
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("set"));
      Storage set = client.awaitStorageRequest(WAIT);
      assertThat(set.op()).isEqualTo("set");
      assertThat(set.key()).isEqualTo("prefs");
      assertThat(set.value()).isEqualTo(Map.of("dark", true, "size", 3));
      assertThat(set.seq()).isPositive();
      client.answerStorage(set, local);
      client.awaitText("set -> null", WAIT);

      client.click(client.find("get"));
      client.answerStorage(client.awaitStorageRequest(WAIT), local);
      client.awaitControl(e -> String.valueOf(e.prop("value")).startsWith("get -> {"), WAIT);
      assertThat(client.find("get -> {dark=true, size=3}")).isNotNull();

      client.click(client.find("keys"));
      client.answerStorage(client.awaitStorageRequest(WAIT), local);
      client.awaitText("keys -> [prefs]", WAIT);

      client.click(client.find("remove"));
      client.answerStorage(client.awaitStorageRequest(WAIT), local);
      client.awaitText("remove -> null", WAIT);
      assertThat(local).isEmpty();

      client.click(client.find("get"));
      client.answerStorage(client.awaitStorageRequest(WAIT), local);
      client.awaitText("get -> null", WAIT);
      assertThat(client.failures()).isEmpty();
    }
  }

  @Test
  void aBrowserErrorFailsTheStageWithItsMessage() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("set"));
      Storage set = client.awaitStorageRequest(WAIT);
      client.failStorage(set.id(), "QuotaExceededError: the quota has been exceeded");
      client.awaitText("failed: ClientStorageException: QuotaExceededError: the quota has been exceeded", WAIT);
    }
  }

  @Test
  void aBadAnswerIsAProtocolErrorAndTheSessionLivesOn() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("get"));
      Storage get = client.awaitStorageRequest(WAIT);
      client.sendEvent(0, "storage", "{\"ok\":true}");
      ProtocolError e = client.awaitProtocolError(WAIT);
      assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE.wire());
      assertThat(e.message()).contains("id");
      client.sendEvent(0, "storage", "[1,2");
      assertThat(client.awaitProtocolError(WAIT).message()).contains("not JSON");
      client.sendEvent(0, "storage", 42);
      assertThat(client.awaitProtocolError(WAIT).message()).contains("string");
      client.answerStorage(get.id(), "still fine");
      client.awaitText("get -> still fine", WAIT);
    }
  }

  @Test
  void noAnswerFailsTheStageAfterTheTimeoutAndALateAnswerIsDropped() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("keys"));
      Storage keys = client.awaitStorageRequest(WAIT);
      client.awaitControl(e -> String.valueOf(e.prop("value")).startsWith("failed:"),
          Duration.ofSeconds(15));
      assertThat(client.find("failed: ClientStorageException: the browser did not answer the keys "
          + "request within 10000 ms")).isNotNull();
      client.answerStorage(keys.id(), List.of());
      client.click(client.find("get"));
      client.answerStorage(client.awaitStorageRequest(WAIT).id(), "after");
      client.awaitText("get -> after", WAIT);
      assertThat(client.protocolErrors()).isEmpty();
    }
  }
}
