package dev.weft.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsNaming;
import io.vertx.micrometer.impl.meters.LongGauges;
import java.util.concurrent.atomic.LongAdder;

/**
 * Vert.x's event-bus meters ({@code vertx_eventbus_*}), the same names, descriptions and labels
 * as vertx-micrometer-metrics' own, but looked up once instead of once per message.
 *
 * <p>Vert.x's implementation builds tags and asks the registry for the meter on every message
 * sent and received (four registry look-ups for a local send, one of them registering a gauge
 * again), and registers seven meters for every consumer. A click crosses the event bus twice
 * (browser frame to session, patch to socket), and on the click benchmark those look-ups were
 * about a tenth of the server's CPU. Without the address label (Vert.x's default, and the only
 * way Weft starts it: one series per session would grow without bound) a meter's tags depend
 * only on the side, local or remote, so each meter is fetched once per side and each message
 * costs an add. With the address label, {@link VertxMeters} keeps Vert.x's own implementation.
 *
 * <p>The bytes a clustered event bus writes to and reads from other instances are counted the
 * same way: a click whose socket is on another instance than its session crosses the cluster
 * twice (its event there, its patch back), and Vert.x's implementation looked each message's
 * summary up in the registry on both sides (about a tenth of what the clustered bus's send costs
 * the sender, in JFR samples of the hop benchmark).
 *
 * <p>Meters are registered when Vert.x's would first be — a consumer's when the first consumer
 * registers, a counter or summary when it is first counted — so a scrape shows the same series
 * either way. Reply failures, rare, go to Vert.x's implementation.
 * Called from every event loop at once: the lazily filled slots race only to store the same
 * meter, which the registry hands out once per id.
 */
final class EventBusMeters implements EventBusMetrics<Object> {

  /** What {@link #handlerRegistered} returns for an address it counts (null for internal ones). */
  private static final Object COUNTED = new Object();
  private static final int LOCAL = 0;
  private static final int REMOTE = 1;
  private static final int WRITTEN = 0;
  private static final int READ = 1;

  private final MeterRegistry registry;
  private final MetricsNaming names;
  private final LongGauges longGauges;
  private final EventBusMetrics<Object> vertxOwn;
  /** Per side (index {@link #LOCAL}, {@link #REMOTE}): the side's label, or none. */
  private final Tags[] sideTags;

  private volatile LongAdder handlers; // with pending, processed, discarded: a consumer's meters
  private final LongAdder[] pending = new LongAdder[2];
  private final Counter[] processed = new Counter[2];
  private final Counter[] discarded = new Counter[2];
  private final Counter[] sent = new Counter[2];
  private final Counter[] published = new Counter[2];
  private final Counter[] received = new Counter[2];
  private final Counter[] delivered = new Counter[2];
  /** The clustered bytes summaries, {@link #WRITTEN} and {@link #READ}, made on first use. */
  private final DistributionSummary[] bytes = new DistributionSummary[2];

  /**
   * @param names Vert.x's meter names with the event bus's base name ({@code vertx.eventbus.})
   * @param longGauges where Vert.x keeps its gauges' values, so a gauge registered twice counts once
   * @param sideLabel whether meters carry the {@code side} label (Vert.x's default labels do)
   * @param vertxOwn Vert.x's implementation, for what is not counted here
   */
  @SuppressWarnings("unchecked")
  EventBusMeters(MeterRegistry registry, MetricsNaming names, LongGauges longGauges,
                 boolean sideLabel, EventBusMetrics<?> vertxOwn) {
    this.registry = registry;
    this.names = names;
    this.longGauges = longGauges;
    this.vertxOwn = (EventBusMetrics<Object>) vertxOwn;
    this.sideTags = sideLabel
        ? new Tags[] {Tags.of(Tag.of(Label.EB_SIDE.toString(), "local")),
            Tags.of(Tag.of(Label.EB_SIDE.toString(), "remote"))}
        : new Tags[] {Tags.empty(), Tags.empty()};
  }

  /** Vert.x keeps its own addresses ({@code __vertx.*}: replies, cluster internals) out. */
  private static boolean counted(String address) {
    return !address.startsWith("__vertx.");
  }

  private static int side(boolean local) {
    return local ? LOCAL : REMOTE;
  }

  // ------------------------------------------------------------------ consumers

  @Override
  public Object handlerRegistered(String address) {
    if (!counted(address)) {
      return null;
    }
    consumerMeters().increment();
    return COUNTED;
  }

  @Override
  public void handlerUnregistered(Object handler) {
    if (handler != null) {
      consumerMeters().decrement();
    }
  }

  @Override
  public void messageDelivered(Object handler, boolean local) {
    if (handler != null) {
      consumerMeters();
      pending[side(local)].decrement();
      processed[side(local)].increment();
    }
  }

  @Override
  public void discardMessage(Object handler, boolean local, Message<?> msg) {
    if (handler != null) {
      consumerMeters();
      pending[side(local)].decrement();
      discarded[side(local)].increment();
    }
  }

  /**
   * The meters Vert.x registers for each consumer (the same ones every time, without the address
   * label), registered with the first; returns the handlers gauge's value.
   */
  private LongAdder consumerMeters() {
    LongAdder h = handlers;
    if (h != null) {
      return h;
    }
    synchronized (this) {
      if (handlers == null) {
        LongAdder registered = longGauges.builder(names.getEbHandlers(), LongAdder::doubleValue)
            .description("Number of event bus handlers in use")
            .register(registry);
        for (int s : new int[] {LOCAL, REMOTE}) {
          pending[s] = longGauges.builder(names.getEbPending(), LongAdder::doubleValue)
              .description("Number of messages not processed yet")
              .tags(sideTags[s])
              .register(registry);
          processed[s] = Counter.builder(names.getEbProcessed())
              .description("Number of processed messages")
              .tags(sideTags[s])
              .register(registry);
          discarded[s] = Counter.builder(names.getEbDiscarded())
              .description("Number of discarded messages")
              .tags(sideTags[s])
              .register(registry);
        }
        handlers = registered; // last: a reader that sees it sees the others (volatile write)
      }
      return handlers;
    }
  }

  // ------------------------------------------------------------------ messages

  @Override
  public void messageSent(String address, boolean publish, boolean local, boolean remote) {
    if (!counted(address)) {
      return;
    }
    int s = side(local);
    if (publish) {
      counter(published, s, names.getEbPublished(),
          "Number of messages published (publish / subscribe)").increment();
    } else {
      counter(sent, s, names.getEbSent(), "Number of messages sent (point-to-point)").increment();
    }
  }

  @Override
  public void messageReceived(String address, boolean publish, boolean local, int handlerCount) {
    if (!counted(address)) {
      return;
    }
    int s = side(local);
    counter(received, s, names.getEbReceived(), "Number of messages received").increment();
    if (handlerCount > 0) {
      consumerMeters();
      pending[s].add(handlerCount);
      counter(delivered, s, names.getEbDelivered(), "Number of messages delivered to handlers")
          .increment();
    }
  }

  /** The counter in {@code slot[side]}, registered on first use. */
  private Counter counter(Counter[] slot, int side, String name, String description) {
    Counter c = slot[side];
    if (c == null) {
      // a race registers twice; the registry returns the same counter both times
      c = Counter.builder(name).description(description).tags(sideTags[side]).register(registry);
      slot[side] = c;
    }
    return c;
  }

  // ------------------------------------------------------------------ clustered bytes

  @Override
  public void messageWritten(String address, int numberOfBytes) {
    if (counted(address)) {
      summary(WRITTEN, names.getEbBytesWritten(),
          "Number of bytes sent while sending messages to event bus cluster peers").record(numberOfBytes);
    }
  }

  @Override
  public void messageRead(String address, int numberOfBytes) {
    if (counted(address)) {
      summary(READ, names.getEbBytesRead(),
          "Number of bytes received while reading messages from event bus cluster peers").record(numberOfBytes);
    }
  }

  /**
   * The bytes summary in {@code bytes[which]}, registered on first use. Vert.x's carry no label but
   * the address, which this class never counts by.
   */
  private DistributionSummary summary(int which, String name, String description) {
    DistributionSummary s = bytes[which];
    if (s == null) {
      // a race registers twice; the registry returns the same summary both times
      s = DistributionSummary.builder(name).description(description).register(registry);
      bytes[which] = s;
    }
    return s;
  }

  // ------------------------------------------------------------------ Vert.x's own

  @Override
  public void replyFailure(String address, ReplyFailure failure) {
    vertxOwn.replyFailure(address, failure);
  }

  @Override
  public void close() {
    vertxOwn.close();
  }
}
