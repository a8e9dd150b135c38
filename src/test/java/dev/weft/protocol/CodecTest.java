package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodecTest {

  private final Codec codec = new Codec();

  @Test
  void readsARegister() throws Exception {
    ClientMessage m = codec.decodeClient(
        "{\"type\":\"register\",\"seq\":1,\"session\":null,\"route\":\"/a?b=1\",\"width\":800,\"height\":600,\"dark\":true}");
    assertThat(m).isEqualTo(new Register(1, null, "/a?b=1", 800, 600, true));
  }

  @Test
  void registerFieldsDefaultWhenAbsent() throws Exception {
    assertThat(codec.decodeClient("{\"type\":\"register\",\"seq\":3}"))
        .isEqualTo(new Register(3, null, "/", 0, 0, false));
  }

  @Test
  void readsAnEventWithScalarData() throws Exception {
    assertThat(codec.decodeClient("{\"type\":\"event\",\"seq\":2,\"target\":5,\"name\":\"change\",\"data\":\"hi\"}"))
        .isEqualTo(new ClientEvent(2, 5, "change", "hi"));
    assertThat(((ClientEvent) codec.decodeClient(
        "{\"type\":\"event\",\"seq\":2,\"target\":5,\"name\":\"change\",\"data\":true}")).data()).isEqualTo(true);
  }

  @Test
  void clientMessagesSurviveARoundTrip() throws Exception {
    ClientMessage[] messages = {
        new Register(1, "abcdefghijklmnopqrstuvwx", "/x", 10, 20, false),
        new ClientEvent(9, 3, "click", null),
        new ClientEvent(10, 3, "change", "text"),
    };
    for (ClientMessage m : messages) {
      assertThat(codec.decodeClient(codec.encode(m))).isEqualTo(m);
    }
  }

  @Test
  void serverMessagesSurviveARoundTrip() throws Exception {
    Node tree = new Node(0, "page", Map.of("title", "T"), List.of(
        new Node(1, "text", Map.of("value", "a"), List.of()),
        new Node(2, "row", Map.of(), List.of(Node.reference(7)))));
    ServerMessage[] messages = {
        new Render(1, "s", tree),
        new Patch(2, List.of(
            new Op.Set(1, new java.util.LinkedHashMap<>(Map.of("value", "b"))),
            new Op.Insert(0, 1, new Node(3, "button", Map.of("text", "go"), List.of())),
            new Op.Move(2, 1, null),
            new Op.Remove(3))),
        new ProtocolError(3, "bad_json", "nope", 4L),
        new AppError(4, "IllegalStateException: boom", null),
        new Navigate(5, "https://idp.example/authorize?state=a&b=%20", false, 7),
        new Navigate(6, "docs/?q=1", true, 7),
        new Download(7, "download/abc", "Résumé \"2026\".csv", 7),
    };
    for (ServerMessage m : messages) {
      assertThat(codec.decodeServer(codec.encode(m))).isEqualTo(m);
    }
  }

  @Test
  void aDownloadIsNumberedWithItsUrlAndName() {
    assertThat(codec.encode(new Download(3, "download/t", "r.csv", 2)))
        .isEqualTo("{\"type\":\"download\",\"seq\":3,\"ack\":2,\"url\":\"download/t\",\"name\":\"r.csv\"}");
  }

  @Test
  void aSetOperationCanResetAPropertyWithNull() {
    java.util.Map<String, Object> props = new java.util.LinkedHashMap<>();
    props.put("size", null);
    String json = codec.encode(new Patch(1, List.of(new Op.Set(4, props))));
    assertThat(json).isEqualTo("{\"type\":\"patch\",\"seq\":1,\"ack\":0,\"ops\":[{\"op\":\"set\",\"id\":4,\"props\":{\"size\":null}}]}");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "not json at all                                             | bad_json",
      "{\"type\":\"event\"                                          | bad_json",
      "[1,2,3]                                                     | bad_message",
      "\"a string\"                                                | bad_message",
      "{\"seq\":1}                                                 | bad_message",
      "{\"type\":7,\"seq\":1}                                      | bad_message",
      "{\"type\":\"register\"}                                     | bad_message",
      "{\"type\":\"register\",\"seq\":0}                           | bad_message",
      "{\"type\":\"register\",\"seq\":-4}                          | bad_message",
      "{\"type\":\"register\",\"seq\":1.5}                         | bad_message",
      "{\"type\":\"register\",\"seq\":1,\"width\":\"wide\"}        | bad_message",
      "{\"type\":\"register\",\"seq\":1,\"session\":5}             | bad_message",
      "{\"type\":\"event\",\"seq\":2,\"name\":\"click\"}           | bad_message",
      "{\"type\":\"event\",\"seq\":2,\"target\":\"5\",\"name\":\"click\"} | bad_message",
      "{\"type\":\"event\",\"seq\":2,\"target\":5}                 | bad_message",
      "{\"type\":\"event\",\"seq\":2,\"target\":5,\"name\":\"click\",\"data\":{\"a\":1}} | bad_message",
      "{\"type\":\"hello\",\"seq\":2}                              | unknown_type",
  })
  void refusesBadFramesWithACode(String frame, String code) {
    assertThatThrownBy(() -> codec.decodeClient(frame.trim()))
        .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code().wire()).isEqualTo(code));
  }

  @Test
  void anErrorRefersToTheSeqWhenItCouldBeRead() {
    assertThatThrownBy(() -> codec.decodeClient("{\"type\":\"nope\",\"seq\":42}"))
        .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.ref()).isEqualTo(42L));
    assertThatThrownBy(() -> codec.decodeClient("{oops"))
        .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.ref()).isNull());
  }

  @Test
  void deeplyNestedJsonIsRefusedNotOverflowed() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> codec.decodeClient(deep)).isInstanceOf(ProtocolException.class);
  }

  @Test
  void aFrameIsOneObjectWithNothingAfterIt() throws ProtocolException {
    String click = "{\"type\":\"event\",\"seq\":5,\"target\":2,\"name\":\"click\",\"data\":null}";
    assertThat(codec.decodeClient(click + " \n")).isInstanceOf(ClientEvent.class);
    for (String trailing : new String[] {"x", "{}", "\"},\"data\":1}", "]"}) {
      assertThatThrownBy(() -> codec.decodeClient(click + trailing))
          .isInstanceOfSatisfying(ProtocolException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_JSON));
    }
  }

  @Test
  void hugeFieldNamesAndNumbersAreRefusedNotKept() {
    // a long name would otherwise sit in the parser factory's shared symbol table (see Json)
    String longName = "{\"" + "n".repeat(Json.MAX_NAME_LENGTH + 1) + "\":1,\"type\":\"ping\"}";
    assertThatThrownBy(() -> codec.decodeClient(longName))
        .isInstanceOfSatisfying(ProtocolException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_JSON));
    String digits = "9".repeat(20_000);
    assertThatThrownBy(() -> codec.decodeClient("{\"type\":\"event\",\"seq\":" + digits
        + ",\"target\":1,\"name\":\"click\"}"))
        .isInstanceOfSatisfying(ProtocolException.class,
            e -> assertThat(e.getMessage()).doesNotContain("99999"));
  }

  @Test
  void controlMessagesFromTheClientNeedNoSeq() throws ProtocolException {
    assertThat(codec.decodeClient("{\"type\":\"ack\",\"ack\":7}")).isEqualTo(new Ack(7));
    assertThat(codec.decodeClient("{\"type\":\"ping\"}")).isEqualTo(new Ping());
    assertThatThrownBy(() -> codec.decodeClient("{\"type\":\"ack\"}"))
        .isInstanceOfSatisfying(ProtocolException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    assertThatThrownBy(() -> codec.decodeClient("{\"type\":\"ack\",\"ack\":-1}"))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void eventsAndRegistersCarryTheClientsAck() throws ProtocolException {
    ClientEvent event = (ClientEvent) codec.decodeClient(
        "{\"type\":\"event\",\"seq\":5,\"ack\":3,\"target\":2,\"name\":\"click\",\"data\":null}");
    assertThat(event.ack()).isEqualTo(3);
    Register register = (Register) codec.decodeClient(
        "{\"type\":\"register\",\"seq\":6,\"session\":\"s\",\"ack\":9}");
    assertThat(register.ack()).isEqualTo(9);
    assertThat(codec.decodeClient(codec.encode(event))).isEqualTo(event);
  }

  @Test
  void serverControlMessagesRoundTripWithoutSeq() throws ProtocolException {
    assertThat(codec.encode(new Resume("abc", 4, 20)))
        .isEqualTo("{\"type\":\"resume\",\"session\":\"abc\",\"ack\":4,\"heartbeat\":20}");
    assertThat(codec.encode((ServerMessage) new Ack(4))).isEqualTo("{\"type\":\"ack\",\"ack\":4}");
    assertThat(codec.encode(new Pong())).isEqualTo("{\"type\":\"pong\"}");
    for (ServerMessage m : List.of(new Resume("abc", 4, 20), new Ack(4), new Pong(),
        new Patch(3, List.of(), 2), new AppError(4, "boom", 2L, 2))) {
      assertThat(codec.decodeServer(codec.encode(m))).isEqualTo(m);
    }
  }

  @Test
  void bigFramesComeOutWholeFromManyThreadsAtOnce() throws Exception {
    // longer than several of Jackson's recycled buffer segments, with characters that are escaped
    // or take two UTF-16 units: each thread's frame must be exactly its own
    List<Thread> threads = new java.util.ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 4; t++) {
      String text = ("thread " + t + " \u00e9\"\\\n\uD83D\uDE00 ").repeat(20_000);
      Render render = new Render(7, "tok", new Node(1, "text", Map.of("value", text), List.of()), 6, 30);
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < 20; i++) {
            String frame = codec.encode(render);
            assertThat(codec.decodeServer(frame)).isEqualTo(render);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }
}
