package dev.weft.download;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/** Bytes already in memory, handed out in chunks. */
final class BytesChunks implements ChunkSource {

  private byte[] bytes;
  private int offset;

  BytesChunks(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public Future<Buffer> next() {
    if (bytes == null || offset >= bytes.length) {
      return Future.succeededFuture(null);
    }
    int n = Math.min(CHUNK, bytes.length - offset);
    Buffer chunk = Buffer.buffer(n).appendBytes(bytes, offset, n);
    offset += n;
    return Future.succeededFuture(chunk);
  }

  @Override
  public void close() {
    bytes = null;
  }
}
