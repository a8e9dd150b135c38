package dev.weft.download;

import dev.weft.secrets.LogTag;
import dev.weft.ui.DownloadSource;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <app base>download/<token>}: sends a download a page asked for, once.
 *
 * <ul>
 *   <li>405 for any method but {@code GET} and {@code HEAD};</li>
 *   <li>404 (plain text) for a token that is unknown, already used or another app's; 410 for an
 *       expired one;</li>
 *   <li>200 with the bytes, streamed — a file with {@code sendFile}, a stream read chunk by chunk
 *       on a worker thread as the browser takes them — and the headers of
 *       {@link DownloadHeaders}: {@code Content-Disposition: attachment} with the file name,
 *       {@code Content-Type}, {@code Content-Length} when known, {@code Cache-Control: no-store},
 *       {@code X-Content-Type-Options: nosniff}. The token is used up as the request arrives;</li>
 *   <li>{@code HEAD}: the same headers, nothing sent, nothing opened, the token left for the
 *       {@code GET};</li>
 *   <li>500 for a source that fails before a byte is sent (a missing file, an opener that
 *       throws); one that fails later resets the connection, so the browser sees a failed download
 *       rather than a short file;</li>
 *   <li>in a cluster, a token naming another instance's {@link DownloadHome}: the bytes are
 *       pulled from there ({@link DownloadRelay}); 503 when it is gone, 502 when it does not answer.</li>
 * </ul>
 */
public final class DownloadEndpoint implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(DownloadEndpoint.class.getName());

  private final Downloads downloads;
  private final String scope;
  private final DownloadHome home; // null: every token is served here

  private DownloadEndpoint(Downloads downloads, String scope, DownloadHome home) {
    this.downloads = downloads;
    this.scope = scope;
    this.home = home;
  }

  /**
   * The download endpoint of the app mounted at {@code scope}, to route at
   * {@code <scope>download/:token}.
   *
   * @param home this instance's home in a cluster, so tokens of other instances are relayed; null
   *     when not clustered
   */
  public static DownloadEndpoint create(Downloads downloads, String scope, DownloadHome home) {
    return new DownloadEndpoint(downloads, scope, home);
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpMethod method = ctx.request().method();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
      text(ctx, 405, "Downloads are fetched with GET.");
      return;
    }
    boolean head = method == HttpMethod.HEAD;
    DownloadToken token = DownloadToken.parse(ctx.pathParam("token"));
    if (token == null) {
      refuse(ctx, DownloadRefusal.unknown());
      return;
    }
    if (home != null && !token.home().isEmpty() && !token.home().equals(home.id())) {
      DownloadRelay.open(home.eventBus(), token, scope, head)
          .onSuccess(opened -> send(ctx, opened, "a relayed download"))
          .onFailure(t -> refuse(ctx, t));
      return;
    }
    PendingDownload download;
    try {
      download = head ? downloads.peek(scope, token.value()) : downloads.take(scope, token.value());
    } catch (DownloadRefusal refusal) {
      refuse(ctx, refusal);
      return;
    }
    if (!head && download.source() instanceof DownloadSource.File f) {
      sendFile(ctx, download, f);
      return;
    }
    OpenedDownload.open(ctx.vertx(), download, head)
        .onSuccess(opened -> send(ctx, opened, "the download of session " + LogTag.of(download.session())))
        .onFailure(t -> refuse(ctx, t));
  }

  /** A file: its size first (a missing one is a 500), then the kernel sends it. */
  private void sendFile(RoutingContext ctx, PendingDownload download, DownloadSource.File file) {
    String path = file.path().toString();
    ctx.vertx().fileSystem().props(path)
        .transform(ar -> ar.succeeded() && ar.result().isRegularFile()
            ? Future.succeededFuture(ar.result().size())
            : OpenedDownload.<Long>unreadable(download, ar.cause()))
        .onFailure(t -> refuse(ctx, t))
        .onSuccess(size -> {
          HttpServerResponse response = ctx.response();
          if (response.closed()) {
            return;
          }
          DownloadHeaders.apply(response, OpenedDownload.info(download, size));
          response.sendFile(path).onFailure(t -> failedMidway(ctx, "the download of session "
              + LogTag.of(download.session()), t));
        });
  }

  private void send(RoutingContext ctx, OpenedDownload opened, String what) {
    HttpServerResponse response = ctx.response();
    if (response.closed()) {
      if (opened.chunks() != null) {
        opened.chunks().close();
      }
      return;
    }
    DownloadHeaders.apply(response, opened.info());
    if (opened.chunks() == null) {
      response.end();
      return;
    }
    ResponsePump.pump(opened.chunks(), response).onFailure(t -> failedMidway(ctx, what, t));
  }

  /**
   * The source failed or the browser left while sending. Nothing out yet: a 500 still can be
   * said. Otherwise all that is left is to cut the connection, so the browser sees a failed
   * download rather than a short file.
   */
  private static void failedMidway(RoutingContext ctx, String what, Throwable t) {
    HttpServerResponse response = ctx.response();
    if (t instanceof HttpClosedException || response.closed()) {
      LOG.log(System.Logger.Level.DEBUG, what + ": the browser went away midway");
      return;
    }
    if (!response.headWritten()) {
      LOG.log(System.Logger.Level.ERROR, what + " failed before its first byte", t);
      response.headers().remove(HttpHeaders.CONTENT_DISPOSITION).remove(HttpHeaders.CONTENT_LENGTH);
      response.setChunked(false);
      refuse(ctx, t instanceof DownloadRefusal ? t : DownloadRefusal.unreadable());
      return;
    }
    LOG.log(System.Logger.Level.ERROR, what + " failed midway; resetting the connection", t);
    response.reset();
  }

  private static void refuse(RoutingContext ctx, Throwable t) {
    if (t instanceof DownloadRefusal refusal) {
      text(ctx, refusal.status(), refusal.getMessage());
    } else {
      LOG.log(System.Logger.Level.ERROR, "a download failed", t);
      text(ctx, 500, DownloadRefusal.unreadable().getMessage());
    }
  }

  private static void text(RoutingContext ctx, int status, String message) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response().setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(message + "\n");
  }
}
