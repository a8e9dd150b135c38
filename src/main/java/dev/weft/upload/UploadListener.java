package dev.weft.upload;

import io.vertx.core.Future;

/**
 * Told of every file an upload endpoint stored, before the browser gets its answer. Weft's own
 * listener hands the file to the session over the event bus (so it reaches the session on
 * whichever instance it lives); a host using the endpoint on its own may do anything.
 *
 * <p>A failed future means nobody took the file: the endpoint removes it and answers 410.
 */
@FunctionalInterface
public interface UploadListener {

  /** Takes a stored file; runs on the event loop, so it must not block. */
  Future<Void> uploaded(StoredUpload upload);
}
