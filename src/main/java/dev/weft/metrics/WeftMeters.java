package dev.weft.metrics;

import dev.weft.protocol.ErrorCode;
import dev.weft.session.SessionMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Weft's meters, as Prometheus shows them (Micrometer's names, dots to underscores, counters with
 * {@code _total}, timers in seconds):
 *
 * <ul>
 *   <li>{@code weft_sessions_attached}, {@code weft_sessions_detached} (gauges) — live sessions
 *       with a browser connected, and those waiting for theirs to come back;</li>
 *   <li>{@code weft_sessions_opened_total}, {@code weft_sessions_ended_total};</li>
 *   <li>{@code weft_events_handled_total} — client events accepted and dispatched to a page;</li>
 *   <li>{@code weft_handler_duration_seconds{kind="blocking|async"}} — event handlers, from
 *       dispatch until done (for blocking ones, including any wait for a thread), a histogram;</li>
 *   <li>{@code weft_handler_failures_total{kind}} — handlers that threw;</li>
 *   <li>{@code weft_blocking_handlers_in_flight} — blocking tasks (main, handlers, hooks) running
 *       on a thread now;</li>
 *   <li>{@code weft_protocol_errors_total{code}} — {@code error} messages sent, by wire code;</li>
 *   <li>{@code weft_upload_bytes_total} — bytes of uploads handed to their sessions;</li>
 *   <li>{@code weft_cluster_members} — members of the cluster this instance belongs to (1 when
 *       not clustered), read on each scrape.</li>
 * </ul>
 *
 * <p>Every meter is registered up front and kept in a field, so reporting an event is an atomic
 * add: no tag lookup, no allocation on the hot path.
 */
public final class WeftMeters implements SessionMetrics {

  /** The histogram's buckets: handlers run from microseconds (a click) to seconds (a query). */
  private static final Duration[] BUCKETS = {
      Duration.ofNanos(100_000), Duration.ofNanos(500_000), Duration.ofMillis(1),
      Duration.ofNanos(2_500_000), Duration.ofMillis(5), Duration.ofMillis(10),
      Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10),
      Duration.ofSeconds(30)};

  private final MeterRegistry registry;
  private final AtomicLong attached = new AtomicLong();
  private final AtomicLong detached = new AtomicLong();
  private final AtomicLong blockingInFlight = new AtomicLong();
  private final AtomicLong sockets = new AtomicLong();
  private final AtomicLong remoteSockets = new AtomicLong();
  private final Counter opened;
  private final Counter ended;
  private final Counter events;
  private final Timer blockingDuration;
  private final Timer asyncDuration;
  private final Counter blockingFailures;
  private final Counter asyncFailures;
  private final Counter[] protocolErrors = new Counter[ErrorCode.values().length];
  private final Counter uploadBytes;

  /** Registers Weft's meters on {@code registry}, for an instance that is not clustered. */
  public WeftMeters(MeterRegistry registry) {
    this(registry, () -> 1);
  }

  /** Registers Weft's meters on {@code registry}; {@code clusterMembers} is read on each scrape. */
  public WeftMeters(MeterRegistry registry, IntSupplier clusterMembers) {
    this.registry = registry;
    gauge("weft.sessions.attached", attached, "live sessions with a browser connected");
    gauge("weft.sessions.detached", detached,
        "live sessions whose browser went away, waiting for it (session.timeoutSeconds)");
    gauge("weft.sockets.attached", sockets,
        "WebSockets this instance accepted that have a session (here or on another instance)");
    gauge("weft.sockets.remote", remoteSockets,
        "of those, the ones whose session lives on another instance of the cluster");
    gauge("weft.blocking.handlers.in.flight", blockingInFlight,
        "blocking tasks (main, event and upload handlers, hooks) running on a thread now");
    Gauge.builder("weft.cluster.members", clusterMembers, IntSupplier::getAsInt)
        .description("members of the cluster this instance belongs to; 1 when not clustered")
        .strongReference(true)
        .register(registry);
    opened = counter("weft.sessions.opened", "sessions started");
    ended = counter("weft.sessions.ended", "sessions ended: by the app, timed out, or at shutdown");
    events = counter("weft.events.handled", "client events accepted and dispatched to a page");
    blockingDuration = timer("blocking");
    asyncDuration = timer("async");
    blockingFailures = failures("blocking");
    asyncFailures = failures("async");
    for (ErrorCode code : ErrorCode.values()) {
      protocolErrors[code.ordinal()] = Counter.builder("weft.protocol.errors")
          .description("error messages sent to clients, by code")
          .tag("code", code.wire())
          .register(registry);
    }
    uploadBytes = Counter.builder("weft.upload")
        .baseUnit("bytes")
        .description("bytes of uploaded files handed to their sessions")
        .register(registry);
  }

  /** Where the meters are registered. */
  public MeterRegistry registry() {
    return registry;
  }

  @Override
  public void sessionOpened() {
    opened.increment();
    attached.incrementAndGet();
  }

  @Override
  public void sessionDetached() {
    attached.decrementAndGet();
    detached.incrementAndGet();
  }

  @Override
  public void sessionReattached() {
    detached.decrementAndGet();
    attached.incrementAndGet();
  }

  @Override
  public void sessionEnded(boolean wasAttached) {
    ended.increment();
    (wasAttached ? attached : detached).decrementAndGet();
  }

  @Override
  public void eventHandled() {
    events.increment();
  }

  @Override
  public void handlerFinished(boolean blocking, long nanos, boolean failed) {
    (blocking ? blockingDuration : asyncDuration).record(nanos, TimeUnit.NANOSECONDS);
    if (failed) {
      (blocking ? blockingFailures : asyncFailures).increment();
    }
  }

  @Override
  public void blockingStarted() {
    blockingInFlight.incrementAndGet();
  }

  @Override
  public void blockingFinished() {
    blockingInFlight.decrementAndGet();
  }

  @Override
  public void protocolError(ErrorCode code) {
    protocolErrors[code.ordinal()].increment();
  }

  @Override
  public void socketAttached(boolean remote) {
    sockets.incrementAndGet();
    if (remote) {
      remoteSockets.incrementAndGet();
    }
  }

  @Override
  public void socketDetached(boolean remote) {
    sockets.decrementAndGet();
    if (remote) {
      remoteSockets.decrementAndGet();
    }
  }

  @Override
  public void uploaded(long bytes) {
    uploadBytes.increment(bytes);
  }

  private void gauge(String name, AtomicLong value, String description) {
    Gauge.builder(name, value, AtomicLong::get)
        .description(description)
        .strongReference(true)
        .register(registry);
  }

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }

  private Timer timer(String kind) {
    return Timer.builder("weft.handler.duration")
        .description("event handlers, from dispatch until done, by kind (blocking or async)")
        .tag("kind", kind)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private Counter failures(String kind) {
    return Counter.builder("weft.handler.failures")
        .description("event handlers that threw or whose future failed, by kind")
        .tag("kind", kind)
        .register(registry);
  }
}
