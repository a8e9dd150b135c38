package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Codec;
import dev.weft.protocol.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** {@link ClientStorage} without a socket: what it sends, what it accepts as an answer. */
class ClientStorageValuesTest {

  private final List<Object[]> sent = new ArrayList<>();
  private final ClientStorage storage = new ClientStorage(new PageHost() {
    @Override
    public String sessionId() {
      return "s";
    }

    @Override
    public java.util.concurrent.CompletionStage<Void> timer(Duration delay) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }

    @Override
    public void clientStorage(long id, String op, String key, Object value) {
      sent.add(new Object[] {id, op, key, value});
    }
  }, Duration.ofMillis(200));

  @Test
  void valuesAreJsonAndKeysNonEmpty() {
    storage.set("n", List.of(1, "two", Map.of("three", true)));
    assertThat(sent.get(0)[1]).isEqualTo("set");
    assertThat(sent.get(0)[3]).isEqualTo(List.of(1, "two", Map.of("three", true)));
    assertThatThrownBy(() -> storage.set("x", new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.get("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(storage.waiting()).isEqualTo(1);
  }

  @Test
  void anAnswerCompletesItsRequestAndTypedGetConverts() throws Exception {
    var stage = storage.get("n", Integer.class).toCompletableFuture();
    long id = (Long) sent.get(0)[0];
    assertThat(ClientStorage.check("{\"id\":" + id + ",\"ok\":true,\"value\":5}")).isNull();
    storage.answered("{\"id\":" + id + ",\"ok\":true,\"value\":5}");
    assertThat(stage.get()).isEqualTo(5);
    assertThat(storage.waiting()).isZero();
  }

  @Test
  void garbageAnswersAreRefusedWithAReason() {
    assertThat(ClientStorage.check(null)).contains("string");
    assertThat(ClientStorage.check("nope")).contains("not JSON");
    assertThat(ClientStorage.check("[]")).contains("object");
    assertThat(ClientStorage.check("{\"id\":1.5,\"ok\":true}")).contains("id");
    assertThat(ClientStorage.check("{\"id\":1}")).contains("ok");
    assertThat(ClientStorage.check("{\"id\":1,\"ok\":false}")).contains("error");
  }

  @Test
  void noAnswerFailsAfterTheTimeout() {
    var stage = storage.keys().toCompletableFuture();
    assertThatThrownBy(stage::get).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ClientStorageException.class).hasMessageContaining("within 200 ms");
    assertThat(storage.waiting()).isZero();
  }

  @Test
  void theCodecCarriesARequestBothWays() throws Exception {
    Codec codec = new Codec();
    Storage set = new Storage(4, 9, Storage.SET, "k", Map.of("a", List.of(1, 2)), 3);
    assertThat(codec.decodeServer(codec.encode(set))).isEqualTo(set);
    Storage keys = new Storage(5, 10, Storage.KEYS, null, null, 3);
    assertThat(codec.encode(keys)).doesNotContain("key\"").doesNotContain("value");
    assertThat(codec.decodeServer(codec.encode(keys))).isEqualTo(keys);
  }
}
