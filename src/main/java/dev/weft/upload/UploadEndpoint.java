package dev.weft.upload;

import dev.weft.secrets.LogTag;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * {@code PUT <app base>upload?f=…&s=…&m=…&e=…&sig=…}: where browsers stream files to. Only a URL
 * the app signed ({@link UploadUrls}) is accepted, and only for the size it allows:
 *
 * <ul>
 *   <li>405 for any method but {@code PUT};</li>
 *   <li>403 with {@code {"error":"upload_forbidden"}} for a missing, malformed or tampered
 *       signature, {@code upload_expired} for an expired one — before a byte of the body is read;</li>
 *   <li>413 ({@code upload_too_large}) when {@code Content-Length} is over the limit, or as soon as
 *       the streamed body grows past it (chunked, or however it is framed): the partial file is
 *       removed;</li>
 *   <li>408 ({@code upload_timeout}) when the body brings less than 1 KiB in
 *       {@link #idleTimeout(Duration) idleTimeout} (it stopped, or is trickled): the partial file is
 *       removed and the connection closed after the answer;</li>
 *   <li>507 ({@code upload_storage_full}) when the upload directory's disk is full: the partial
 *       file is removed; 409 ({@code upload_name_taken}) when the session's folder holds
 *       {@value UploadStore#MAX_COPIES} files of the name already (a second file of a name is
 *       kept as {@code name (2).ext}, never over the first); 500 ({@code upload_failed}) for any
 *       other failure to store;</li>
 *   <li>410 ({@code upload_unclaimed}) when the {@link UploadListener} refuses the file (its session
 *       has ended): the file is removed;</li>
 *   <li>200 with {@code {"file": <stored name>, "size": <bytes>}} once the file is in
 *       {@code <upload dir>/<session>/} and the listener has taken it;</li>
 *   <li>in a cluster, when the URL names another instance's {@link UploadHome} ({@code &h=}): the
 *       same checks here, then the body streams there and its answer comes back unchanged; 503
 *       ({@code upload_home_unavailable}) when that instance is gone, 502
 *       ({@code upload_relay_failed}) when it stops answering mid-way — nothing is kept.</li>
 * </ul>
 *
 * The body is streamed to a temporary file as it arrives, never held in memory; no
 * {@code BodyHandler} may sit in front of this route (it would buffer the body, and a global one
 * breaks WebSocket upgrades). An aborted upload's temporary file is removed at once.
 */
public final class UploadEndpoint implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(UploadEndpoint.class.getName());

  private final UploadUrls urls;
  private final UploadKeeper keeper;
  private final String scope;
  private final UploadHome home; // null: every body is kept here
  private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;

  /** {@code upload.idleTimeoutSeconds}'s default. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  private UploadEndpoint(UploadUrls urls, UploadKeeper keeper, String scope, UploadHome home) {
    this.urls = urls;
    this.keeper = keeper;
    this.scope = scope;
    this.home = home;
  }

  /**
   * The upload endpoint of one app, keeping every body it receives.
   *
   * @param urls checks the signatures (the same key that issued them)
   * @param store where files go
   * @param scope the app's mount path, which the URLs were issued for
   * @param listener told of every stored file
   */
  public static UploadEndpoint create(UploadUrls urls, UploadStore store, String scope,
                                      UploadListener listener) {
    return new UploadEndpoint(urls, new UploadKeeper(store, listener), scope, null);
  }

  /**
   * The upload endpoint of one app in a cluster: a body whose URL names {@code home} (or none) is
   * kept here; one whose URL names another instance's home is streamed there over the event bus
   * ({@link UploadRelay}), and that instance's answer is passed on.
   */
  public static UploadEndpoint create(UploadUrls urls, UploadStore store, String scope,
                                      UploadListener listener, UploadHome home) {
    return new UploadEndpoint(urls, new UploadKeeper(store, listener), scope, home);
  }

  /**
   * How long a body may take to bring its next KiB ({@code upload.idleTimeoutSeconds}); past it
   * the upload is answered 408 and nothing is kept.
   */
  public UploadEndpoint idleTimeout(Duration timeout) {
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("an upload idle timeout must be positive, not " + timeout);
    }
    this.idleTimeout = timeout;
    return this;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.method() != HttpMethod.PUT) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "PUT");
      refuse(ctx, 405, "method_not_allowed", "Upload with PUT.");
      return;
    }
    request.pause(); // nothing is read until the URL is checked and a file is open
    UploadGrant grant;
    try {
      grant = urls.verify(scope, query(request));
    } catch (UploadRefusal refusal) {
      refuse(ctx, refusal.status(), refusal.code(), refusal.getMessage());
      return;
    }
    Long declared = contentLength(request);
    if (declared != null && declared > grant.maxSize()) {
      answer(ctx, UploadAnswer.tooLarge(grant.maxSize()));
      return;
    }
    if (keptHere(grant)) {
      continueIfAsked(ctx);
      receive(ctx, grant);
    } else {
      relay(ctx, grant);
    }
  }

  private boolean keptHere(UploadGrant grant) {
    return home == null || grant.home().isEmpty() || grant.home().equals(home.id());
  }

  private static void continueIfAsked(RoutingContext ctx) {
    if ("100-continue".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.EXPECT))) {
      ctx.response().writeContinue();
    }
  }

  /**
   * Streams the body into a temporary file, then keeps it; the temporary file is removed
   * whatever goes wrong.
   */
  private void receive(RoutingContext ctx, UploadGrant grant) {
    UploadStore store = keeper.store();
    store.openTemp()
        .compose(temp -> {
          UploadReceiver receiver = new UploadReceiver(ctx.request(), temp.file(), temp.file()::close,
              grant.maxSize(), ctx.vertx(), idleTimeout);
          ctx.response().closeHandler(v -> receiver.connectionClosed());
          return receiver.receive()
              .recover(t -> store.discard(temp.path()).transform(x -> Future.failedFuture(t)))
              .compose(size -> keeper.keep(temp.path(), grant, size));
        })
        .onSuccess(answer -> answer(ctx, answer))
        .onFailure(t -> failed(ctx, grant, t));
  }

  /**
   * Streams the body to the home instance of the grant's session, which keeps it and answers;
   * nothing is written here.
   */
  private void relay(RoutingContext ctx, UploadGrant grant) {
    UploadRelay.open(home.eventBus(), grant)
        .compose(relay -> {
          continueIfAsked(ctx);
          UploadReceiver receiver = new UploadReceiver(ctx.request(), relay, relay::abort,
              grant.maxSize(), ctx.vertx(), idleTimeout);
          ctx.response().closeHandler(v -> receiver.connectionClosed());
          return receiver.receive()
              .recover(t -> relay.abort().transform(x -> Future.failedFuture(t)))
              .map(size -> relay.answer());
        })
        .onSuccess(answer -> answer(ctx, answer))
        .onFailure(t -> failed(ctx, grant, t));
  }

  private void failed(RoutingContext ctx, UploadGrant grant, Throwable t) {
    if (t instanceof UploadTooLarge) {
      answer(ctx, UploadAnswer.tooLarge(grant.maxSize()));
    } else if (t instanceof UploadTimeout) {
      LOG.log(System.Logger.Level.DEBUG, "an upload for session " + grant.session() + " was too slow: "
          + t.getMessage());
      answerAndClose(ctx, UploadAnswer.timedOut(idleTimeout));
    } else if (t instanceof UploadRelay.Refused refused) {
      answer(ctx, refused.answer());
    } else if (t instanceof HttpClosedException || ctx.response().closed()) {
      LOG.log(System.Logger.Level.DEBUG, "an upload for session " + LogTag.of(grant.session()) + " was aborted");
    } else if (StorageFull.is(t)) {
      LOG.log(System.Logger.Level.WARNING, "an upload for session " + LogTag.of(grant.session())
          + " was refused: the upload directory's disk is full (" + t.getMessage() + ")");
      answer(ctx, UploadAnswer.storageFull());
    } else {
      LOG.log(System.Logger.Level.ERROR, "an upload for session " + LogTag.of(grant.session()) + " failed", t);
      answer(ctx, UploadAnswer.failed());
    }
  }

  /**
   * Answers a body that is too slow, then closes the connection: what is left of it would come
   * just as slowly, so it is not waited for ({@link RefusedBody} would, for up to 30 s).
   */
  private static void answerAndClose(RoutingContext ctx, UploadAnswer answer) {
    HttpServerRequest request = ctx.request();
    if (ctx.response().ended() || ctx.response().closed()) {
      request.connection().close();
      return;
    }
    ctx.response()
        .setStatusCode(answer.status())
        .putHeader(HttpHeaders.CONNECTION, "close")
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(answer.body().encode())
        .onComplete(ar -> request.connection().close());
  }

  /** The decoded query; one that cannot be decoded ({@code %zz}) signs nothing. */
  private static MultiMap query(HttpServerRequest request) throws UploadRefusal {
    try {
      return request.params();
    } catch (IllegalArgumentException e) {
      throw UploadRefusal.forbidden("This upload URL is malformed.");
    }
  }

  private static Long contentLength(HttpServerRequest request) {
    String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    try {
      return value == null ? null : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null; // Vert.x refuses such a request before it gets here; count the bytes anyway
    }
  }

  private static void refuse(RoutingContext ctx, int status, String error, String message) {
    answer(ctx, UploadAnswer.refused(status, error, message));
  }

  /**
   * Answers, whoever made the answer. A refusal may come while the body is still on its way: what
   * is left of it is read and dropped ({@link RefusedBody}), so the browser sees the answer, and
   * the connection closes after it, so nothing of the body can be taken for the next request.
   */
  private static void answer(RoutingContext ctx, UploadAnswer answer) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    boolean bodyLeft = !answer.ok() && !ctx.request().isEnded();
    if (bodyLeft) {
      ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
    }
    Future<Void> written = ctx.response()
        .setStatusCode(answer.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(answer.body().encode());
    if (bodyLeft) {
      RefusedBody.drop(ctx.vertx(), ctx.request(), written);
    }
  }
}
