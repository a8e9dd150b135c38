package dev.weft.server;

import io.vertx.core.Context;
import io.vertx.core.internal.ContextInternal;
import java.util.HashSet;
import java.util.Set;

/**
 * The pings of the WebSockets of one event-loop context: one periodic timer for all of them,
 * rather than one per socket. 15,000 idle sockets each holding a Vert.x timer (its handle, its
 * entry in Vert.x's timer map, a Netty scheduled task, a close hook, a lambda) cost about 200 bytes
 * apiece and as many scheduled tasks on the loop; a member of a round costs a set entry.
 *
 * <p>The round's timer ticks {@value #SLOTS} times per ping interval and pings one slot at a tick,
 * so every socket is pinged once per interval and 15,000 pings do not go out in one burst. What a
 * ping does (close a peer silent for two intervals with 4004, else ping it) is the
 * {@link Member}'s: the round only keeps time. The timer runs only while the round has members,
 * so a context whose sockets all closed keeps no timer.
 *
 * <p>Confined to its context: {@link #of}, {@link #join} and {@link #leave} are called on it, and
 * its ticks run on it; nothing here is synchronized.
 */
final class PingRound {

  /** Ticks per ping interval: each pings a tenth of the round's members. */
  static final int SLOTS = 10;

  /** What the round pings. */
  interface Member {
    /** Called once per ping interval, on the member's context. */
    void ping();
  }

  private final Context context;
  private final long tickMillis;
  @SuppressWarnings("unchecked")
  private final Set<Member>[] slots = new Set[SLOTS];
  private int next;        // the slot the next member joins: round robin keeps slots even
  private int tick;        // the slot the next tick pings
  private int members;
  private long timer = -1; // while there are members

  private PingRound(Context context, long intervalMillis) {
    this.context = context;
    this.tickMillis = Math.max(1, intervalMillis / SLOTS);
    for (int i = 0; i < SLOTS; i++) {
      slots[i] = new HashSet<>();
    }
  }

  /**
   * The round of {@code context} for pings every {@code intervalMillis}, created on first use and
   * kept in the context's data (a context's sockets share it; two Weft instances with different
   * intervals on one context each have their own).
   */
  static PingRound of(Context context, long intervalMillis) {
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("a ping interval must be positive, not " + intervalMillis + " ms");
    }
    String key = PingRound.class.getName() + "/" + intervalMillis;
    PingRound round = context.get(key);
    if (round == null) {
      round = new PingRound(context, intervalMillis);
      context.put(key, round);
    }
    return round;
  }

  /** Pings {@code member} once per interval from now on, its first ping within one interval. */
  void join(Member member) {
    for (Set<Member> slot : slots) {
      if (slot.contains(member)) {
        return; // a member is pinged once an interval, however often it joins
      }
    }
    slots[next].add(member);
    next = (next + 1) % SLOTS;
    if (members++ == 0) {
      timer = context instanceof ContextInternal internal
          ? internal.setPeriodic(tickMillis, id -> tick()) // on this context, wherever join is called
          : context.owner().setPeriodic(tickMillis, id -> tick());
    }
  }

  /** Stops pinging {@code member}; the last one to leave stops the timer. */
  void leave(Member member) {
    for (Set<Member> slot : slots) {
      if (slot.remove(member)) {
        if (--members == 0) {
          context.owner().cancelTimer(timer);
          timer = -1;
        }
        return;
      }
    }
  }

  /** How many members the round pings (for tests). */
  int size() {
    return members;
  }

  private void tick() {
    Set<Member> slot = slots[tick];
    tick = (tick + 1) % SLOTS;
    if (slot.isEmpty()) {
      return;
    }
    // a copy: a ping may close its socket, which leaves the round while this iterates
    for (Object member : slot.toArray()) {
      ((Member) member).ping();
    }
  }
}
