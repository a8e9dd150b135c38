package dev.weft.download;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/**
 * A download's bytes, read one chunk at a time when asked for, so no more than a chunk or two is
 * in memory whatever the size: a stream or file read on a worker thread ({@link BlockingChunks}),
 * bytes already in memory ({@link BytesChunks}), or chunks pulled from another instance
 * ({@link DownloadRelay}). One {@link #next()} at a time.
 */
interface ChunkSource {

  /** Bytes per chunk: also the size of an event-bus message in a relay. */
  int CHUNK = 64 * 1024;

  /** The next chunk, or null at the end; fails when the source does. */
  Future<Buffer> next();

  /** Releases the source (closes its stream); idempotent, also midway. */
  void close();
}
