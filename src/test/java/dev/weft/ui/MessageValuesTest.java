package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A pubsub message as it travels: to JSON text on the sender, back to a value or a type on receipt. */
class MessageValuesTest {

  enum Mood { HAPPY, GRUMPY }

  record Author(String name, int age) {
  }

  record Post(Author author, String text, Mood mood, long likes, List<Object> tags, boolean pinned) {
  }

  private static PubSubMessage travel(Object message) {
    return PubSubMessage.of("t", Json.writeValue(MessageValues.toPlain(message)));
  }

  @Test
  void aRecordOfRecordsEnumsAndPlainValuesComesBackEqual() {
    Post post = new Post(new Author("Ada", 36), "Hello", Mood.HAPPY, 1L << 40,
        List.of("a", 1, Map.of("k", true)), true);
    PubSubMessage received = travel(post);
    assertThat(received.as(Post.class)).isEqualTo(post);
    assertThat(received.topic()).isEqualTo("t");
    assertThat(received.value()).isEqualTo(Map.of(
        "author", Map.of("name", "Ada", "age", 36), "text", "Hello", "mood", "HAPPY",
        "likes", 1L << 40, "tags", List.of("a", 1, Map.of("k", true)), "pinned", true));
  }

  @Test
  void plainValuesComeBackAsTheirTypes() {
    assertThat(travel("hi").as(String.class)).isEqualTo("hi");
    assertThat(travel(42).as(Integer.class)).isEqualTo(42);
    assertThat(travel(42).as(long.class)).isEqualTo(42L);
    assertThat(travel(2.5).as(Double.class)).isEqualTo(2.5);
    assertThat(travel(true).as(Boolean.class)).isTrue();
    assertThat(travel(null).as(String.class)).isNull();
    assertThat(travel(List.of(1, 2)).as(List.class)).isEqualTo(List.of(1, 2));
    assertThat(travel(Mood.GRUMPY).as(Mood.class)).isEqualTo(Mood.GRUMPY);
  }

  @Test
  void aMessageThatDoesNotFitTheTypeSaysWhatItIs() {
    assertThatThrownBy(() -> travel(42).as(String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a String");
    assertThatThrownBy(() -> travel(Map.of("name", "Ada")).as(Author.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Author.age");
    assertThatThrownBy(() -> travel("SAD").as(Mood.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> travel(2.5).as(Integer.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whatIsNotJsonIsRefusedOnTheSendersSide() {
    assertThatThrownBy(() -> MessageValues.toPlain(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a JSON value, record or enum");
    assertThatThrownBy(() -> MessageValues.toPlain(List.of(new StringBuilder("x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachReceiverGetsItsOwnCopyOfAMapOrList() {
    String json = Json.writeValue(MessageValues.toPlain(Map.of("n", 1)));
    PubSubMessage one = PubSubMessage.of(null, json);
    PubSubMessage two = PubSubMessage.of(null, json);
    @SuppressWarnings("unchecked")
    Map<String, Object> mine = (Map<String, Object>) one.value();
    mine.put("n", 2);
    assertThat(two.as(Map.class)).isEqualTo(Map.of("n", 1));
    assertThat(one.topic()).isNull();
  }
}
