package dev.weft.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.Chat;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chat demo without a browser: joining, messages both ways, and the leave notice others see
 * when a session ends (its browser gone for longer than {@code session.timeoutSeconds}).
 */
class ChatTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static void join(WeftTestClient client, String name) {
    client.type(client.findByKey("name"), name);
    client.submit(client.findByKey("name"));
    client.awaitText("You are " + name + ". Say hello!", WAIT);
  }

  private static void say(WeftTestClient client, String text) {
    client.type(client.findByKey("message"), text);
    client.submit(client.findByKey("message"));
  }

  @Test
  void usersSeeEachOtherJoinTalkAndLeave() {
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config("session.timeoutSeconds", 1),
            Map.of("/chat/", new Chat()));
         WeftTestClient ada = WeftTestClient.connect(server.url("/chat/"));
         WeftTestClient bob = WeftTestClient.connect(server.url("/chat/"))) {
      assertThat(ada.findByKey("message").prop("disabled")).isEqualTo(true); // until she joins
      join(ada, "Ada");
      ada.awaitText("Ada joined the chat", WAIT);
      join(bob, "Bob");
      ada.awaitText("Bob joined the chat", WAIT);

      say(bob, "Hi Ada");
      ada.awaitText("Hi Ada", WAIT);
      ada.awaitText("Bob", WAIT);
      bob.awaitText("Bob (you)", WAIT);
      say(ada, "Hello Bob");
      bob.awaitText("Hello Bob", WAIT);

      bob.disconnect(); // gone: his session ends a second later, and says so
      ada.awaitText("Bob left the chat", WAIT);
      ada.assertNoFailures();
    }
  }
}
