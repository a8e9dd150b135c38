package dev.weft.health;

import dev.weft.Weft;
import dev.weft.session.Sessions;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health/live} and {@code GET /health/ready}, relative to where Weft's router is
 * mounted (the server root for {@code java -jar app-fat.jar}; {@code /weft-app/health/ready} for a
 * router mounted at {@code /weft-app/}). Both answer vertx-health-check's JSON, one entry per
 * check, and 200 when every check is up, 503 when one is down:
 *
 * <pre>{@code
 * {"status":"UP","checks":[{"id":"lifecycle","status":"UP","data":{"state":"serving"}},
 *   {"id":"sessions","status":"UP","data":{"accepting":true,"live":3}},
 *   {"id":"capacity","status":"UP","data":{"live":3,"limit":16000}}],"outcome":"UP"}
 * }</pre>
 *
 * <ul>
 *   <li>live: {@code event-loop} — answered at all means an event loop runs the router; stays up
 *       while draining, so an orchestrator does not kill a process that is finishing its work;</li>
 *   <li>ready: {@code lifecycle} — up only while {@link Lifecycle#SERVING} (not before
 *       {@code start()} completes, not from the first moment of {@code close()}), and
 *       {@code sessions} — up while new sessions are accepted, and {@code capacity} — down while
 *       the instance holds {@code limits.sessions} sessions (its data then says so in
 *       {@code reason}), up again as soon as one ends. A full instance still serves every session
 *       it holds: it is only no place for new users.</li>
 * </ul>
 */
public final class HealthEndpoints {

  /** Below the router's root: {@code /health/live}. */
  public static final String LIVE = "/health/live";
  /** Below the router's root: {@code /health/ready}. */
  public static final String READY = "/health/ready";

  private HealthEndpoints() {
  }

  /** Adds both endpoints to {@code router}; {@code GET} only, never cached. */
  public static void mount(Router router, Weft weft) {
    router.get(LIVE).handler(HealthEndpoints::noStore).handler(live(weft));
    router.get(READY).handler(HealthEndpoints::noStore).handler(ready(weft));
  }

  /** The liveness handler: one check, {@code event-loop}, with the lifecycle state as data. */
  public static HealthCheckHandler live(Weft weft) {
    return HealthCheckHandler.create(weft.vertx())
        .register("event-loop", up(() -> true, () -> state(weft)));
  }

  /** The readiness handler: {@code lifecycle}, {@code sessions} and {@code capacity}. */
  public static HealthCheckHandler ready(Weft weft) {
    return HealthCheckHandler.create(weft.vertx())
        .register("lifecycle", up(() -> weft.lifecycle().ready(), () -> state(weft)))
        .register("sessions", up(() -> accepting(weft), () -> new JsonObject()
            .put("accepting", accepting(weft))
            .put("live", weft.liveSessions())))
        .register("capacity", promise -> promise.complete(capacity(weft)));
  }

  /** Down while the instance is full, with the reason in its data. */
  private static Status capacity(Weft weft) {
    Sessions sessions = weft.sessions();
    int live = sessions.live();
    JsonObject data = new JsonObject().put("live", live).put("limit", sessions.limit());
    boolean full = sessions.full();
    if (full) {
      data.put("reason", "full: " + live + " sessions, limits.sessions is " + sessions.limit());
    }
    return new Status().setOk(!full).setData(data);
  }

  /**
   * Whether new sessions are taken. Read from the lifecycle too: {@code close()} marks the instance
   * draining a moment before its sessions stop accepting, and a probe in between must not read
   * "draining" beside "accepting".
   */
  private static boolean accepting(Weft weft) {
    return weft.lifecycle().ready() && weft.sessions().accepting();
  }

  private static JsonObject state(Weft weft) {
    return new JsonObject().put("state", weft.lifecycle().label());
  }

  private static Handler<Promise<Status>> up(BooleanSupplier ok, Supplier<JsonObject> data) {
    return promise -> promise.complete(new Status().setOk(ok.getAsBoolean()).setData(data.get()));
  }

  private static void noStore(RoutingContext ctx) {
    ctx.response().putHeader("Cache-Control", "no-store");
    ctx.next();
  }
}
