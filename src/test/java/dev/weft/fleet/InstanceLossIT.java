package dev.weft.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fleet.LossRun.Loss;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9's instance loss, under bounded load (see {@link LossRun}): when one of three instances
 * dies (kill -9) or is stopped (SIGTERM), the users whose sessions live on the others see no
 * error — their sockets on the lost instance reconnect through nginx to another and resume — and
 * the users whose sessions lived on it get a fresh session. One fleet is killed and one is
 * stopped, each run once and shared by the tests that look at it from different sides (a fleet of
 * three JVMs takes about 30 s); skipped, like the other nginx tests, with
 * {@code WEFT_SKIP_NGINX_TESTS=1}.
 */
// several clustered JVMs whose timings are checked: failsafe runs it alone (pom.xml, "serial")
@Tag("serial")
class InstanceLossIT {

  /** The run of each kind of loss, made by the first test that asks for it. */
  private static final Map<Loss, LossRun> RUNS = new EnumMap<>(Loss.class);

  private static synchronized LossRun runOf(Loss loss) throws Exception {
    LossRun run = RUNS.get(loss);
    if (run == null) {
      run = LossRun.run(loss);
      RUNS.put(loss, run);
    }
    return run;
  }

  /** The longest a user of the lost instance may wait for a fresh, working session. */
  private static final Duration FRESH_AFTER_LOSS = Duration.ofSeconds(20);
  /** Issue 9: a fresh session within 3 s of noticing the loss. */
  private static final Duration FRESH_AFTER_NOTICE = Duration.ofSeconds(3);

  @Test
  void killingOneInstanceLeavesTheOthersUsersUntouchedAndItsOwnStartAfresh() throws Exception {
    LossRun run = runOf(Loss.KILL);
    assertOthersKeepTheirSessions(run);
    assertLostUsersStartAfresh(run, FRESH_AFTER_LOSS);
  }

  /**
   * The stricter half of issue 9's instance loss, killed or stopped. The users of the other
   * instances see no error at all: a socket that was on the lost instance re-attaches elsewhere
   * at once (before h-remote, after a kill 2 of 9 such re-attaches went unanswered for 10 s while
   * Hazelcast had not yet dropped the member, and after a stop some sockets closed 1000 and
   * stalled for up to 6 s; after h-remote, 1-2 of 6 still went unanswered for 10 s: their
   * session sent its resume before the new socket's address was registered with the cluster, which
   * took 300 ms while Hazelcast moved partitions, and the event bus dropped it, see
   * Sessions.reattach). A user whose session lived on the lost instance is told so — closed
   * with 4002 — even when its socket sits on a live instance (before h-remote, after a kill, its
   * page no longer answered until its own 3 s timeout), and works in a fresh session within 3 s
   * of that.
   */
  @ParameterizedTest
  @EnumSource(Loss.class)
  void usersOfALostInstanceAreToldAndWorkInAFreshSessionWithinThreeSecondsAndNoOneElseNotices(Loss loss)
      throws Exception {
    LossRun run = runOf(loss);
    assertOthersUntouched(run);
    for (LoadClient user : run.homedOn(run.victim)) {
      assertThat(user.toldNanos).as("user %d (socket on %s) was closed with 4002: %s", user.number, user.socket,
          user.errors).isNotZero();
      assertThat(user.errors).as("user %d: told, never left waiting", user.number)
          .noneMatch(e -> e.startsWith("no answer"));
      assertThat(user.workingNanos).as("user %d works again", user.number).isNotZero();
      assertThat(Duration.ofNanos(user.workingNanos - user.noticedNanos))
          .as("user %d: from noticing the loss to a working fresh session", user.number)
          .isLessThanOrEqualTo(FRESH_AFTER_NOTICE);
    }
  }

  @Test
  void stoppingOneInstanceMovesItsSocketsToTheOthers() throws Exception {
    LossRun run = runOf(Loss.STOP);
    assertThat(run.victimStatus).as("the stopped instance drained and exited by itself").isEqualTo(143);
    assertOthersKeepTheirSessions(run);
    assertLostUsersStartAfresh(run, FRESH_AFTER_LOSS);
  }

  /**
   * Users of the surviving instances keep their sessions: whatever instance their socket was on,
   * they never lose the session or a click, and they go on clicking. Stalls are allowed here (a
   * re-attach or click that took more than 3 s to be answered); {@link #assertOthersUntouched}
   * allows nothing.
   */
  private static void assertOthersKeepTheirSessions(LossRun run) {
    for (LoadClient user : run.clients) {
      if (user.home == run.victim) {
        continue;
      }
      assertThat(user.errors).as("user %d, session on %s, socket on %s", user.number, user.home, user.socket)
          .allMatch(e -> e.startsWith("no answer") || e.startsWith("resumed, but the count is not"));
      assertThat(user.freshSession).as("user %d kept its session", user.number).isFalse();
      assertThat(user.answered).as("user %d's last click was answered with the right count: %s", user.number,
          user.errors).isTrue();
      assertThat(user.clicks()).as("user %d went on clicking", user.number).isGreaterThan(10);
      if (user.socket == run.victim) {
        assertThat(user.closes).as("user %d's socket on the lost instance closed", user.number).isNotEmpty();
        assertThat(user.workingNanos).as("user %d works again", user.number).isNotZero();
      }
    }
    assertThat(run.clients).as("users of other instances had their socket on the lost one")
        .anyMatch(user -> user.home != run.victim && user.socket == run.victim);
  }

  /** Users of the surviving instances: no error, whatever instance their socket was on. */
  private static void assertOthersUntouched(LossRun run) {
    int socketsOnVictim = 0;
    for (LoadClient user : run.clients) {
      if (user.home == run.victim) {
        continue;
      }
      assertThat(user.errors).as("user %d, session on %s, socket on %s", user.number, user.home, user.socket).isEmpty();
      assertThat(user.clicks()).as("user %d went on clicking", user.number).isGreaterThan(10);
      if (user.socket == run.victim) {
        socketsOnVictim++;
        assertThat(user.closes).as("user %d's socket on the lost instance closed and was resumed", user.number)
            .isNotEmpty();
      }
    }
    assertThat(socketsOnVictim).as("users of other instances had their socket on the lost one").isPositive();
  }

  /** Users of the lost instance: a fresh session that works, within {@code bound} of the loss. */
  private static void assertLostUsersStartAfresh(LossRun run, Duration bound) {
    assertThat(run.homedOn(run.victim)).hasSize(LossRun.PER_INSTANCE);
    for (LoadClient user : run.homedOn(run.victim)) {
      assertThat(user.freshSession).as("user %d (socket on %s) got a fresh session: %s", user.number, user.socket,
          user.errors).isTrue();
      assertThat(user.workingNanos).as("user %d works again", user.number).isNotZero();
      assertThat(Duration.ofNanos(user.workingNanos - run.lossNanos))
          .as("user %d: from the loss to a working fresh session", user.number).isLessThanOrEqualTo(bound);
    }
  }
}
