package dev.weft.session;

import dev.weft.protocol.Codec;
import dev.weft.protocol.Register;
import dev.weft.ui.ClientInfo;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens sessions for registering browsers: re-attaches a live one when the browser names it,
 * else deploys a new {@link SessionVerticle}. Lookups go over the event bus, not through a map,
 * so they find a session wherever it lives.
 */
public final class Sessions {

  private static final long ATTACH_TIMEOUT_MS = 5_000;

  private final Vertx vertx;
  private final BlockingHandoff handoff;
  private final SessionSettings settings;
  private final Codec codec;
  private final AtomicInteger live = new AtomicInteger();

  public Sessions(Vertx vertx, BlockingHandoff handoff, SessionSettings settings, Codec codec) {
    this.vertx = vertx;
    this.handoff = handoff;
    this.settings = settings;
    this.codec = codec;
  }

  /**
   * Opens the session a browser registered for; completes with its id.
   *
   * @param mount the path the app is mounted at: a session only re-attaches within its own app
   * @param connection the registering connection's address
   */
  public Future<String> open(String mount, AppMain main, Register register, ClientInfo client,
                             String connection) {
    String wanted = register.session();
    if (!SessionIds.isWellFormed(wanted)) {
      return create(mount, main, register, client, connection);
    }
    return vertx.eventBus()
        .<String>request(Addresses.session(wanted),
            SessionNotice.attach(connection, mount, register, client),
            new DeliveryOptions().setSendTimeout(ATTACH_TIMEOUT_MS))
        .map(reply -> reply.body())
        .recover(gone -> create(mount, main, register, client, connection));
  }

  /** Sessions living in this instance. */
  public int live() {
    return live.get();
  }

  private Future<String> create(String mount, AppMain main, Register register, ClientInfo client,
                                String connection) {
    String id = SessionIds.next();
    live.incrementAndGet();
    SessionVerticle session = new SessionVerticle(id, mount, main, handoff, settings, codec,
        connection, register, client, live::decrementAndGet);
    return vertx.deployVerticle(session)
        .onFailure(t -> live.decrementAndGet())
        .map(deployment -> id);
  }
}
