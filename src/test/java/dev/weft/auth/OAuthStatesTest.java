package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The state store without HTTP: unguessable, single use, short-lived, reachable from a sibling. */
class OAuthStatesTest {

  /** A clock a test moves by hand. */
  private static final class ManualClock extends Clock {
    volatile Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Vertx vertx = Vertx.vertx();
  private final ManualClock clock = new ManualClock();
  private final OAuthStates states = OAuthStates.create(vertx, Duration.ofSeconds(60), clock);

  @AfterEach
  void close() {
    await(vertx.close());
  }

  @Test
  void statesAreLongRandomAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String state = states.issue().state();
      assertThat(state).matches("[A-Za-z0-9_-]{43}"); // 256 bits
      assertThat(seen.add(state)).isTrue();
    }
  }

  @Test
  void aStateIsGoodOnceAndCompletesItsSignInWithTheCode() {
    PendingSignIn signIn = states.issue();
    assertThat(deliver(states, signIn.state(), code("c0de"))).isEqualTo(SIGNED_IN);
    assertThat(await(signIn.result()).code()).isEqualTo("c0de");
    assertThat(await(signIn.result()).parameters()).containsEntry("iss", "https://id.example");
    assertThat(deliver(states, signIn.state(), code("again"))).as("used up").isEqualTo(CallbackAnswer.unknownState());
    assertThat(deliver(states, "x".repeat(43), code("c"))).isEqualTo(CallbackAnswer.unknownState());
    assertThat(deliver(states, "not a state", code("c"))).isEqualTo(CallbackAnswer.unknownState());
    assertThat(deliver(states, null, code("c"))).isEqualTo(CallbackAnswer.unknownState());
  }

  @Test
  void aUsedStateKeepsAnsweringReplaysUntilItWouldHaveExpiredThenItsAddressGoes() {
    PendingSignIn signIn = states.issue();
    String address = "weft.oauth." + signIn.state();
    assertThat(deliver(states, signIn.state(), code("c0de"))).isEqualTo(SIGNED_IN);
    // still registered: a replay through another instance, whose view of the address may lag,
    // is answered at once rather than left to time out
    JsonObject replay = await(vertx.eventBus().<JsonObject>request(address, code("again"))).body();
    assertThat(CallbackAnswer.fromJson(replay)).isEqualTo(CallbackAnswer.unknownState());
    states.removeExpired();
    assertThat(await(vertx.eventBus().request(address, code("again"))).body()).as("not yet expired").isNotNull();

    clock.now = clock.now.plusSeconds(61);
    states.removeExpired();
    assertThatThrownBy(() -> await(vertx.eventBus().request(address, code("late"))))
        .as("no one answers at the address any more").hasMessageContaining("No handlers");
  }

  @Test
  void aCallbackReachesTheSignInOfAnotherInstancesStore() {
    OAuthStates sibling = OAuthStates.create(vertx, Duration.ofSeconds(60), clock);
    PendingSignIn signIn = states.issue();
    assertThat(deliver(sibling, signIn.state(), code("elsewhere"))).isEqualTo(SIGNED_IN);
    assertThat(await(signIn.result()).code()).isEqualTo("elsewhere");
    assertThat(states.pending()).isZero();
  }

  @Test
  void aProviderErrorOrAMissingCodeFailsTheSignIn() {
    PendingSignIn denied = states.issue();
    assertThat(deliver(states, denied.state(), new JsonObject().put("error", "access_denied")))
        .isEqualTo(CallbackAnswer.providerError("access_denied", null));
    assertThat(((SignInException) denied.result().cause()).error()).isEqualTo("access_denied");
    PendingSignIn empty = states.issue();
    assertThat(deliver(states, empty.state(), new JsonObject())).isEqualTo(CallbackAnswer.noCode(null));
    assertThat(((SignInException) empty.result().cause()).error()).isEqualTo("no_code");
  }

  @Test
  void anExpiredStateIsRefusedAndItsSignInFails() {
    PendingSignIn signIn = states.issue();
    clock.now = clock.now.plusSeconds(61);
    assertThat(deliver(states, signIn.state(), code("late"))).isEqualTo(CallbackAnswer.expired(null));
    assertThat(((SignInException) signIn.result().cause()).error()).isEqualTo("expired");
  }

  @Test
  void removeExpiredSweepsOnlyExpiredStates() {
    PendingSignIn old = states.issue();
    clock.now = clock.now.plusSeconds(30);
    PendingSignIn recent = states.issue();
    clock.now = clock.now.plusSeconds(31);
    assertThat(states.removeExpired()).isEqualTo(1);
    assertThat(states.pending()).isEqualTo(1);
    assertThat(old.result().failed()).isTrue();
    assertThat(deliver(states, old.state(), code("c"))).isEqualTo(CallbackAnswer.unknownState());
    assertThat(recent.result().isComplete()).isFalse();
    assertThat(deliver(states, recent.state(), code("c"))).isEqualTo(SIGNED_IN);
  }

  @Test
  void closeFailsPendingSignInsAndRefusesNewOnes() {
    PendingSignIn signIn = states.issue();
    states.close();
    assertThat(((SignInException) signIn.result().cause()).error()).isEqualTo("closed");
    assertThat(states.pending()).isZero();
    assertThat(deliver(states, signIn.state(), code("c"))).isEqualTo(CallbackAnswer.unknownState());
    assertThatThrownBy(states::issue).isInstanceOf(IllegalStateException.class);
  }

  private static final CallbackAnswer SIGNED_IN = CallbackAnswer.page(200, "Signed in",
      "Signed in. You can close this window and return to the app.", null);

  private static JsonObject code(String code) {
    return new JsonObject().put("code", code).put("iss", "https://id.example");
  }

  private static CallbackAnswer deliver(OAuthStates store, String state, JsonObject callback) {
    return await(store.deliver(state, callback));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
