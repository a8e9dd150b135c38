package dev.weft.download;

import dev.weft.ui.DownloadSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * An {@link InputStream} read on Vert.x's worker pool, a chunk per {@link #next()}: an app's
 * {@link DownloadSource.Stream}, or a {@link DownloadSource.File} sent from another instance than
 * the one serving the request. Nothing is read ahead of what is asked for. The stream is closed at
 * its end, on a failure, or on {@link #close()} — after the read under way, if one is, so a read
 * and the close never overlap.
 */
final class BlockingChunks implements ChunkSource {

  private static final System.Logger LOG = System.getLogger(BlockingChunks.class.getName());

  private final Vertx vertx;
  private final InputStream in;
  private boolean reading; // guarded by this
  private boolean closeWanted; // guarded by this
  private boolean closed; // guarded by this

  private BlockingChunks(Vertx vertx, InputStream in) {
    this.vertx = vertx;
    this.in = in;
  }

  /**
   * Opens a file or stream source on a worker thread, with its length (negative when unknown);
   * fails when the file is missing or the app's opener throws.
   */
  static Future<Opened> open(Vertx vertx, DownloadSource source) {
    return vertx.executeBlocking(() -> {
      if (source instanceof DownloadSource.File f) {
        long length = Files.size(f.path());
        return new Opened(new BlockingChunks(vertx, Files.newInputStream(f.path())), length);
      }
      InputStream in = ((DownloadSource.Stream) source).opener().open();
      if (in == null) {
        throw new IOException("the download's opener returned no stream");
      }
      return new Opened(new BlockingChunks(vertx, in), -1);
    }, false);
  }

  @Override
  public Future<Buffer> next() {
    synchronized (this) {
      if (closed || closeWanted) {
        return Future.failedFuture(new IOException("the download's stream is closed"));
      }
      reading = true;
    }
    return vertx.<Buffer>executeBlocking(() -> {
      byte[] chunk = in.readNBytes(CHUNK);
      return chunk.length == 0 ? null : Buffer.buffer(chunk);
    }, false).andThen(ar -> {
      boolean closeNow;
      synchronized (this) {
        reading = false;
        closeNow = closeWanted || ar.failed() || ar.result() == null;
      }
      if (closeNow) {
        close();
      }
    });
  }

  @Override
  public void close() {
    synchronized (this) {
      closeWanted = true;
      if (reading || closed) {
        return; // the read under way closes it when it ends
      }
      closed = true;
    }
    vertx.executeBlocking(() -> {
      in.close();
      return null;
    }, false).onFailure(t -> LOG.log(System.Logger.Level.WARNING, "cannot close a download's stream", t));
  }

  /** A source just opened, with its length in bytes (negative when unknown). */
  record Opened(ChunkSource chunks, long length) {
  }
}
