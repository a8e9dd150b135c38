package dev.weft.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.AppError;
import dev.weft.server.WeftVerticle;
import dev.weft.session.PubSubHub;
import dev.weft.testing.ClientTree;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code page.pubsub()} over the real protocol, with Flet's semantics: who hears
 * {@code sendAll}/{@code sendOthers} and the topic forms, what the unsubscribes end, the order of
 * one sender's messages, a throwing handler, the scope of one app mount, re-attaches, and that a
 * session's subscriptions end with it.
 *
 * <p>A message that must not arrive is checked with a marker sent after it by the same sender:
 * one sender's messages are handled in order, so once the marker is shown the other one would be.
 */
class PubSubTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static WeftTestServer server;

  @BeforeAll
  static void start() {
    server = WeftTestServer.start(WeftTestServer.config("session.timeoutSeconds", 1),
        Map.of("/a/", new PubSubApp(), "/b/", new PubSubApp()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static WeftTestClient connect(String app, String name) {
    return WeftTestClient.connect(server.url(app), "/" + name);
  }

  /** Clicks a button and waits until its handler has run. */
  static long act(WeftTestClient client, String button) {
    int n = Integer.parseInt(((String) client.findByKey("done").prop("value")).substring(5)) + 1;
    long seq = client.click(button);
    client.awaitText("done " + n, WAIT);
    return seq;
  }

  static List<String> log(WeftTestClient client) {
    List<String> lines = new ArrayList<>();
    for (ClientTree.Entry entry : client.findByKey("log").children()) {
      lines.add((String) entry.prop("value"));
    }
    return lines;
  }

  private static PubSubHub hub() {
    return server.weft().sessions().pubsub();
  }

  @Test
  void sendAllReachesEverySubscribedSessionAndTheSenderButNotTheUnsubscribed() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob");
         WeftTestClient cy = connect("/a/", "cy")) {
      act(ada, "sub");
      act(bob, "subAsync");
      act(cy, "subTopic"); // only a topic: sendAll is not for it
      act(ada, "all");
      bob.awaitText("all:ada-1", WAIT);
      ada.awaitText("all:ada-1", WAIT);
      act(cy, "allNews"); // a marker on cy's topic, sent after ada's message reached the others
      cy.awaitText("news:cy-1", WAIT);
      assertThat(log(cy)).containsExactly("news:cy-1");
      assertThat(log(bob)).containsExactly("all:ada-1");
    }
  }

  @Test
  void sendOthersSkipsTheSenderOnly() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob")) {
      act(ada, "sub");
      act(bob, "sub");
      act(ada, "others");
      bob.awaitText("all:ada-1", WAIT);
      act(ada, "all"); // marker
      ada.awaitText("all:ada-2", WAIT);
      bob.awaitText("all:ada-2", WAIT);
      assertThat(log(ada)).containsExactly("all:ada-2");
      assertThat(log(bob)).containsExactly("all:ada-1", "all:ada-2");
    }
  }

  @Test
  void topicMessagesReachOnlyThatTopicsSubscribersWithTheTopic() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob")) {
      act(ada, "sub");
      act(ada, "subTopic");
      act(bob, "sub"); // no topic
      act(ada, "allNews");
      ada.awaitText("news:ada-1", WAIT);
      act(ada, "othersNews"); // ada is the only news subscriber, and it skips her
      act(ada, "all"); // marker
      ada.awaitText("all:ada-3", WAIT);
      bob.awaitText("all:ada-3", WAIT);
      assertThat(log(ada)).containsExactly("news:ada-1", "all:ada-3");
      assertThat(log(bob)).containsExactly("all:ada-3");
    }
  }

  @Test
  void unsubscribeEndsOnlyTheSubscriptionWithoutATopicAndUnsubscribeAllEndsEverything() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob")) {
      act(bob, "sub");
      act(bob, "subTopic");
      act(ada, "sub");
      act(bob, "unsub");
      act(ada, "all");
      act(ada, "allNews");
      bob.awaitText("news:ada-2", WAIT);
      ada.awaitText("all:ada-1", WAIT);
      assertThat(log(bob)).containsExactly("news:ada-2");

      act(bob, "sub");
      act(bob, "unsubTopic");
      act(ada, "allNews");
      act(ada, "all");
      bob.awaitText("all:ada-4", WAIT);
      assertThat(log(bob)).containsExactly("news:ada-2", "all:ada-4");

      act(bob, "subTopic");
      act(bob, "unsubAll");
      act(bob, "subAsync"); // and back, so a marker can reach it
      act(ada, "allNews");
      act(ada, "all");
      bob.awaitText("all:ada-6", WAIT);
      assertThat(log(bob)).containsExactly("news:ada-2", "all:ada-4", "all:ada-6");
    }
  }

  @Test
  void oneSendersMessagesAreHandledInTheOrderSentBySessionsOfEitherHandlerStyle() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob");
         WeftTestClient cy = connect("/a/", "cy")) {
      act(bob, "sub"); // blocking handlers: each on its own thread, still one at a time
      act(cy, "subAsync");
      act(ada, "burst");
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= PubSubApp.BURST; i++) {
        expected.add("all:ada-burst-" + i);
      }
      bob.awaitText("all:ada-burst-" + PubSubApp.BURST, WAIT);
      cy.awaitText("all:ada-burst-" + PubSubApp.BURST, WAIT);
      assertThat(log(bob)).containsExactlyElementsOf(expected);
      assertThat(log(cy)).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aThrowingHandlerIsReportedLikeAnEventHandlersErrorAndTheSessionHearsTheNextMessage() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob")) {
      act(bob, "sub");
      act(ada, "boom");
      AppError error = bob.awaitAppError(WAIT);
      assertThat(error.message()).isEqualTo("IllegalStateException: the handler went boom");
      act(ada, "all");
      bob.awaitText("all:ada-1", WAIT);
      assertThat(bob.isOpen()).isTrue();
      bob.assertNoFailures();
    }
  }

  @Test
  void aMessageThatIsNotJsonFailsTheSendInTheSendersHandler() {
    try (WeftTestClient ada = connect("/a/", "ada")) {
      act(ada, "sub");
      long seq = act(ada, "notJson");
      AppError error = ada.awaitAppError(WAIT);
      assertThat(error.ref()).isEqualTo(seq);
      assertThat(error.message()).startsWith("IllegalArgumentException: a pubsub message must be");
      act(ada, "all");
      ada.awaitText("all:ada-1", WAIT);
      assertThat(log(ada)).containsExactly("all:ada-1");
    }
  }

  @Test
  void anAppHearsOnlyItsOwnMountsMessages() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bea = connect("/b/", "bea")) {
      act(ada, "sub");
      act(bea, "sub");
      act(bea, "all");
      bea.awaitText("all:bea-1", WAIT);
      act(ada, "all"); // marker, sent after bea's message was handled
      ada.awaitText("all:ada-1", WAIT);
      assertThat(log(ada)).containsExactly("all:ada-1");
      assertThat(log(bea)).containsExactly("all:bea-1");
    }
  }

  @Test
  void twoWeftInstancesInOneVertxEachHandTheMessageToTheirOwnSessionsOnce() throws Exception {
    // like -instances 2: another Weft serving the same app, on its own port, same event bus
    WeftVerticle second = new WeftVerticle(WeftTestServer.config(), Map.of("/a/", new PubSubApp()));
    String deployment = server.vertx().deployVerticle(second).toCompletionStage()
        .toCompletableFuture().get(20, TimeUnit.SECONDS);
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = WeftTestClient.connect(
             "http://127.0.0.1:" + second.actualPort() + "/a/", "/bob")) {
      assertThat(second.weft().sessions().isHere(bob.sessionId())).isTrue();
      act(ada, "sub");
      act(bob, "sub");
      act(ada, "all");
      act(bob, "all");
      ada.awaitText("all:bob-1", WAIT);
      bob.awaitText("all:ada-1", WAIT);
      bob.awaitText("all:bob-1", WAIT);
      ada.awaitText("all:ada-1", WAIT);
      assertThat(log(ada)).containsExactlyInAnyOrder("all:ada-1", "all:bob-1");
      assertThat(log(bob)).containsExactlyInAnyOrder("all:ada-1", "all:bob-1");
    } finally {
      server.vertx().undeploy(deployment).toCompletionStage().toCompletableFuture()
          .get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void subscriptionsSurviveAReattach() {
    try (WeftTestClient ada = connect("/a/", "ada");
         WeftTestClient bob = connect("/a/", "bob")) {
      act(bob, "sub");
      bob.disconnect();
      act(ada, "all"); // handled while bob is away: the change waits in his session
      act(ada, "all");
      bob.reconnect();
      bob.awaitText("all:ada-2", WAIT);
      act(ada, "all");
      bob.awaitText("all:ada-3", WAIT);
      assertThat(log(bob)).containsExactly("all:ada-1", "all:ada-2", "all:ada-3");
    }
  }

  @Test
  void aSessionsSubscriptionsEndWithItAndTheHubKeepsOneConsumerPerApp() {
    awaitNoSubscribers(); // the sessions of earlier tests end 1 s after their clients left
    int before = 0;
    List<WeftTestClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        WeftTestClient client = connect("/a/", "s" + i);
        clients.add(client);
        act(client, "sub");
        act(client, "subTopic");
      }
      int consumers = hub().consumers();
      clients.get(9).click("all"); // every one of them has subscribed once it hears this
      for (WeftTestClient client : clients) {
        client.awaitText("all:s9-1", WAIT);
      }
      assertThat(hub().subscribers("/a/")).isEqualTo(before + 10);
      clients.get(0).click("close"); // ended by the app
      for (int i = 1; i < clients.size(); i++) {
        clients.get(i).disconnect(); // ended by the session timeout (1 s here)
      }
      awaitValue(() -> hub().subscribers("/a/"), before, Duration.ofSeconds(15));
      // one consumer per app that had sessions (/a/, and /b/ if an earlier test used it),
      // however many sessions came and went
      assertThat(hub().consumers()).isEqualTo(consumers).isBetween(1, 2);
    } finally {
      clients.forEach(WeftTestClient::close);
    }
  }

  @Test
  void unsubscribingFromEverythingTakesTheSessionOutOfTheHub() {
    awaitNoSubscribers(); // the sessions of earlier tests end 1 s after their clients left
    int before = 0;
    try (WeftTestClient ada = connect("/a/", "ada")) {
      act(ada, "sub");
      act(ada, "subTopic");
      act(ada, "all");
      ada.awaitText("all:ada-1", WAIT);
      assertThat(hub().subscribers("/a/")).isEqualTo(before + 1);
      act(ada, "unsub");
      act(ada, "unsubTopic");
      act(ada, "subTopic"); // a round trip: its reply comes after the unsubscribes' effects
      act(ada, "unsubAll");
      act(ada, "allNews");
      act(ada, "sub");
      act(ada, "all");
      ada.awaitText("all:ada-3", WAIT);
      act(ada, "unsubAll");
      awaitValue(() -> hub().subscribers("/a/"), before, WAIT);
    }
  }

  private static void awaitNoSubscribers() {
    awaitValue(() -> hub().subscribers("/a/"), 0, Duration.ofSeconds(15));
  }

  /** Polls a server-side figure, every 20 ms, until it is {@code expected} or time is up. */
  static void awaitValue(IntSupplier figure, int expected, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (figure.getAsInt() != expected && Instant.now().isBefore(end)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(figure.getAsInt()).isEqualTo(expected);
  }
}
