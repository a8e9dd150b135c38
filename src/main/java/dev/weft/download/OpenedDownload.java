package dev.weft.download;

import dev.weft.secrets.LogTag;
import dev.weft.ui.DownloadSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * A download about to be sent: what its headers say and, unless only its headers are asked for
 * ({@code HEAD}), its chunks — opened on a worker thread for a file or stream, so a missing file
 * or an opener that throws is known before a header goes out.
 *
 * @param chunks null for {@code HEAD}
 */
record OpenedDownload(DownloadInfo info, ChunkSource chunks) {

  private static final System.Logger LOG = System.getLogger(OpenedDownload.class.getName());

  /** Opens {@code download}; fails with {@link DownloadRefusal#unreadable()} when its source fails. */
  static Future<OpenedDownload> open(Vertx vertx, PendingDownload download, boolean head) {
    DownloadSource source = download.source();
    if (source instanceof DownloadSource.Bytes b) {
      return Future.succeededFuture(new OpenedDownload(info(download, b.bytes().length),
          head ? null : new BytesChunks(b.bytes())));
    }
    if (head && source instanceof DownloadSource.File f) {
      return vertx.fileSystem().props(f.path().toString())
          .transform(ar -> ar.succeeded() && ar.result().isRegularFile()
              ? Future.succeededFuture(new OpenedDownload(info(download, ar.result().size()), null))
              : unreadable(download, ar.cause()));
    }
    if (head) {
      return Future.succeededFuture(new OpenedDownload(info(download, -1), null)); // a stream: not opened
    }
    return BlockingChunks.open(vertx, source).transform(ar -> ar.succeeded()
        ? Future.succeededFuture(new OpenedDownload(info(download, ar.result().length()), ar.result().chunks()))
        : unreadable(download, ar.cause()));
  }

  static DownloadInfo info(PendingDownload download, long length) {
    return new DownloadInfo(download.fileName(), download.contentType(), length);
  }

  /** Logs why (without the token) and refuses with 500. */
  static <T> Future<T> unreadable(PendingDownload download, Throwable cause) {
    LOG.log(System.Logger.Level.ERROR, "session " + LogTag.of(download.session()) + ": the download \""
        + download.fileName() + "\" cannot be read", cause);
    return Future.failedFuture(DownloadRefusal.unreadable());
  }
}
