package dev.weft.cluster;

import static dev.weft.CounterClicks.clickTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions reached through any instance of a cluster: two clustered members in this JVM, a Weft
 * on each (instance A and B, each its own port, as behind a load balancer without sticky
 * sessions). A browser whose session lives on A re-attaches through B and resumes exactly as it
 * would on A; when A drains, the sockets it holds for B's sessions are handed back (1012) so
 * their browsers re-attach through B, while A's own sessions end.
 */
class RemoteSessionTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static ClusterMembers cluster;
  private static Vertx clients;

  /** Handlers that ran, over both instances: each event must be applied exactly once. */
  private final AtomicInteger handled = new AtomicInteger();
  private final AtomicInteger disconnects = new AtomicInteger();
  private final List<WeftTestClient> open = new ArrayList<>();
  private WeftInstance a;
  private WeftInstance b;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = ClusterMembers.start(2);
    clients = Vertx.vertx();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (clients != null) {
      WeftInstance.await(clients.close());
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void startInstances() {
    a = WeftInstance.start(cluster.get(0), Map.of("/", counter()));
    b = WeftInstance.start(cluster.get(1), Map.of("/", counter()));
  }

  @AfterEach
  void stopInstances() {
    open.forEach(WeftTestClient::close);
    a.close();
    b.close();
  }

  /** A counter with a blocking "+1" and a "slow +1" that takes 300 ms. */
  private App counter() {
    return page -> {
      page.onDisconnect(disconnects::incrementAndGet);
      Text count = new Text("0").key("count");
      page.add(count,
          new Button("+1", e -> add(count)),
          new Button("slow +1", e -> {
            Thread.sleep(300);
            add(count);
          }));
    };
  }

  /** Synchronized: blocking handlers of one session run at the same time, and both read the count. */
  private synchronized void add(Text count) {
    handled.incrementAndGet();
    count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
  }

  @Test
  void aSessionOfOneInstanceResumesThroughAnotherWithEveryEventAppliedOnce() {
    WeftTestClient client = connect(a);
    String session = client.sessionId();
    assertThat(a.holds(session)).as("the session lives where it was opened").isTrue();
    clickTo(client, 3, WAIT);

    client.click("slow +1"); // applied by the server while the browser is cut off
    client.disconnect();
    client.click("+1");      // clicked while the network is down: kept, unacknowledged
    client.click("+1");
    WeftInstance.awaitTrue("the slow click applied with nobody attached", WAIT,
        () -> handled.get() == 4 && disconnects.get() == 1);
    int before = client.messages().size();

    client.reconnect(b.url());

    assertThat(client.sessionId()).isEqualTo(session);
    assertThat(client.lastResume()).as("resumed, not rendered afresh").isPresent();
    awaitCount(client, "6");
    assertThat(handled.get()).as("the slow click once, the two kept ones once each").isEqualTo(6);
    List<ServerMessage> after = client.messages().subList(before, client.messages().size());
    assertThat(after).noneMatch(m -> m instanceof Render);
    assertThat(a.holds(session)).as("the session did not move").isTrue();
    assertThat(b.holds(session)).isFalse();
    assertThat(b.weft().liveSessions()).as("no copy of the session on B").isZero();
    assertThat(b.socketsAttached()).isEqualTo(1.0);
    assertThat(b.socketsRemote()).as("B's socket takes a cluster hop to its session").isEqualTo(1.0);
    WeftInstance.awaitTrue("A let its socket go", WAIT, () -> a.socketsAttached() == 0.0);

    clickTo(client, 8, WAIT);
    assertThat(handled.get()).isEqualTo(8);
    client.reconnect(a.url()); // and back through the session's own instance
    clickTo(client, 9, WAIT);
    assertThat(handled.get()).isEqualTo(9);
    WeftInstance.awaitTrue("B let its socket go", WAIT, () -> b.socketsRemote() == 0.0);
    assertThat(client.protocolErrors()).isEmpty();
    client.assertNoFailures();
  }

  @Test
  void aDrainingInstanceHandsBackSocketsOfOtherInstancesSessionsAndEndsItsOwn() {
    WeftTestClient own = connect(a);      // session on A, socket on A
    WeftTestClient visitor = connect(b);  // session on B, socket on A
    clickTo(visitor, 2, WAIT);
    visitor.reconnect(a.url());
    WeftTestClient away = connect(a);     // session on A, socket on B
    away.reconnect(b.url());
    assertThat(a.socketsRemote()).isEqualTo(1.0);
    assertThat(b.socketsRemote()).isEqualTo(1.0);

    a.weft().close(); // A is being stopped gracefully

    assertThat(visitor.awaitClose(WAIT).code()).as("sent to re-attach elsewhere").isEqualTo(1012);
    assertThat(own.awaitClose(WAIT).code()).isEqualTo(1012);
    assertThat(away.awaitClose(WAIT).code()).as("its session ended with A").isEqualTo(1012);

    visitor.reconnect(b.url());
    assertThat(visitor.findByKey("count").prop("value")).as("B's session untouched").isEqualTo("2");
    clickTo(visitor, 3, WAIT);
    visitor.assertNoFailures();
    assertThat(b.weft().liveSessions()).isEqualTo(1);
    assertThatThrownBy(() -> own.reconnect(b.url()))
        .isInstanceOfSatisfying(ConnectFailedException.class,
            e -> assertThat(e.closeStatus().code()).isEqualTo(4002));
    assertThatThrownBy(() -> away.reconnect(b.url()))
        .isInstanceOfSatisfying(ConnectFailedException.class,
            e -> assertThat(e.closeStatus().code()).isEqualTo(4002));
  }

  @Test
  void throughAnotherInstanceAWrongSecretIsRefusedLikeAnUnknownSessionAndTheRightTokenTakesOver() {
    WeftTestClient owner = connect(a);
    clickTo(owner, 2, WAIT);
    String token = owner.sessionToken();
    String wrongSecret = token.substring(0, token.indexOf('.') + 1) + "abcdefghijklmnopqrstuvwxyz012345";
    String unknownId = "AAAAAAAAAAAAAAAAAAAAAAAA" + token.substring(token.indexOf('.'));

    ConnectFailedException wrong = refusedThrough(b, wrongSecret);
    ConnectFailedException unknown = refusedThrough(b, unknownId);

    assertThat(wrong.closeStatus().code()).isEqualTo(4002);
    assertThat(wrong.closeStatus()).as("nothing tells the two apart").isEqualTo(unknown.closeStatus());
    assertThat(owner.closeStatus()).as("the owner's socket on A was not taken over").isEmpty();
    clickTo(owner, 3, WAIT);
    assertThat(disconnects.get()).isZero();

    WeftTestClient comeback = WeftTestClient.connect(ConnectOptions.of(b.url()).vertx(clients)
        .resuming(owner));
    open.add(comeback);
    assertThat(owner.awaitClose(WAIT).code()).as("the whole token takes over, across instances")
        .isEqualTo(4001);
    assertThat(comeback.findByKey("count").prop("value")).isEqualTo("3");
    clickTo(comeback, 4, WAIT);
    assertThat(a.holds(comeback.sessionId())).isTrue();
  }

  private ConnectFailedException refusedThrough(WeftInstance instance, String token) {
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> open.add(
        WeftTestClient.connect(ConnectOptions.of(instance.url()).vertx(clients).session(token))));
    assertThat(refused).isInstanceOf(ConnectFailedException.class);
    return (ConnectFailedException) refused;
  }

  /** Waits for the count; on failure says what the client got, to tell a lost event from a slow one. */
  private void awaitCount(WeftTestClient client, String count) {
    try {
      client.awaitText(count, WAIT);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; handlers run: " + handled + ", messages: "
          + client.messages() + ", control messages: " + client.controlMessages()
          + ", unacknowledged: " + client.unacknowledged() + ", protocol errors: "
          + client.protocolErrors() + ", failures: " + client.failures(), e);
    }
  }

  private WeftTestClient connect(WeftInstance instance) {
    WeftTestClient client = WeftTestClient.connect(clients, instance.url());
    open.add(client);
    return client;
  }
}
