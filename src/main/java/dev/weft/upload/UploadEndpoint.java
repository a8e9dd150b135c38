package dev.weft.upload;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code PUT <app base>upload?f=…&s=…&m=…&e=…&sig=…}: where browsers stream files to. Only a URL
 * the app signed ({@link UploadUrls}) is accepted, and only for the size it allows:
 *
 * <ul>
 *   <li>405 for any method but {@code PUT};</li>
 *   <li>403 with {@code {"error":"upload_forbidden"}} for a missing, malformed or tampered
 *       signature, {@code upload_expired} for an expired one — before a byte of the body is read;</li>
 *   <li>413 ({@code upload_too_large}) when {@code Content-Length} is over the limit, or as soon as
 *       the streamed body grows past it;</li>
 *   <li>410 ({@code upload_unclaimed}) when the {@link UploadListener} refuses the file (its session
 *       has ended): the file is removed;</li>
 *   <li>200 with {@code {"file": <stored name>, "size": <bytes>}} once the file is in
 *       {@code <upload dir>/<session>/} and the listener has taken it.</li>
 * </ul>
 *
 * The body is streamed to a temporary file as it arrives, never held in memory; no
 * {@code BodyHandler} may sit in front of this route (it would buffer the body, and a global one
 * breaks WebSocket upgrades). An aborted upload's temporary file is removed at once.
 */
public final class UploadEndpoint implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(UploadEndpoint.class.getName());

  private final UploadUrls urls;
  private final UploadStore store;
  private final String scope;
  private final UploadListener listener;

  private UploadEndpoint(UploadUrls urls, UploadStore store, String scope, UploadListener listener) {
    this.urls = urls;
    this.store = store;
    this.scope = scope;
    this.listener = listener;
  }

  /**
   * The upload endpoint of one app.
   *
   * @param urls checks the signatures (the same key that issued them)
   * @param store where files go
   * @param scope the app's mount path, which the URLs were issued for
   * @param listener told of every stored file
   */
  public static UploadEndpoint create(UploadUrls urls, UploadStore store, String scope,
                                      UploadListener listener) {
    return new UploadEndpoint(urls, store, scope, listener);
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
      refuse(ctx, 413, "upload_too_large", tooLarge(grant));
      return;
    }
    if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
      ctx.response().writeContinue();
    }
    receive(ctx, grant);
  }

  private void receive(RoutingContext ctx, UploadGrant grant) {
    store.openTemp()
        .compose(temp -> store(ctx, grant, temp))
        .compose(this::handOver)
        .onSuccess(stored -> answer(ctx, 200, new JsonObject()
            .put("file", stored.fileName()).put("size", stored.size())))
        .onFailure(t -> failed(ctx, grant, t));
  }

  /**
   * Streams the body into the temporary file, then moves it into the session's folder; the
   * temporary file is removed whatever goes wrong.
   */
  private Future<StoredUpload> store(RoutingContext ctx, UploadGrant grant, UploadStore.TempFile temp) {
    UploadReceiver receiver = new UploadReceiver(ctx.request(), temp.file(), grant.maxSize());
    ctx.response().closeHandler(v -> receiver.connectionClosed());
    return receiver.receive()
        .compose(size -> store.keep(temp.path(), grant.session(), grant.fileName())
            .map(path -> new StoredUpload(grant.session(), path.getFileName().toString(), size, path)))
        .recover(t -> store.discard(temp.path()).transform(x -> Future.failedFuture(t)));
  }

  /** Tells the listener; a file it does not take is removed again. */
  private Future<StoredUpload> handOver(StoredUpload stored) {
    return listener.uploaded(stored).transform(ar -> ar.succeeded()
        ? Future.succeededFuture(stored)
        : store.discard(stored.path()).transform(x -> Future.failedFuture(new Unclaimed(ar.cause()))));
  }

  private void failed(RoutingContext ctx, UploadGrant grant, Throwable t) {
    if (t instanceof UploadTooLarge) {
      refuse(ctx, 413, "upload_too_large", tooLarge(grant));
    } else if (t instanceof Unclaimed) {
      refuse(ctx, 410, "upload_unclaimed",
          "The session this upload was for has ended; the file was not kept.");
    } else if (t instanceof HttpClosedException || ctx.response().closed()) {
      LOG.log(System.Logger.Level.DEBUG, "an upload for session " + grant.session() + " was aborted");
    } else {
      LOG.log(System.Logger.Level.ERROR, "an upload for session " + grant.session() + " failed", t);
      refuse(ctx, 500, "upload_failed", "The server could not store the file.");
    }
  }

  private static String tooLarge(UploadGrant grant) {
    return "This upload URL allows at most " + grant.maxSize() + " bytes.";
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

  /**
   * An error answer. The body may still be on its way: the connection closes after the answer,
   * so what is left of it cannot be taken for the next request.
   */
  private static void refuse(RoutingContext ctx, int status, String error, String message) {
    if (!ctx.request().isEnded()) {
      ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
    }
    answer(ctx, status, new JsonObject().put("error", error).put("message", message));
  }

  private static void answer(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body.encode());
  }

  /** The listener did not take the file. */
  private static final class Unclaimed extends Exception {

    private static final long serialVersionUID = 1L;

    Unclaimed(Throwable cause) {
      super(cause);
    }
  }
}
