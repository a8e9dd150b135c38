package dev.weft.upload;

import dev.weft.secrets.LogTag;
import io.vertx.core.Future;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * What becomes of a complete body, wherever it streamed in from: moved into its session's folder,
 * handed to the listener, and the answer for the uploader — 200, or 410 when the session did not
 * take it (the file is removed again), 409 when its name is taken {@value UploadStore#MAX_COPIES}
 * times over, 507 when the disk is full, or 500 when it could not be stored. Used by the endpoint for
 * bodies it received itself and by the {@link UploadHome} for bodies streamed from another
 * instance, so both answer alike.
 */
final class UploadKeeper {

  private static final System.Logger LOG = System.getLogger(UploadKeeper.class.getName());

  private final UploadStore store;
  private final UploadListener listener;

  UploadKeeper(UploadStore store, UploadListener listener) {
    this.store = store;
    this.listener = listener;
  }

  UploadStore store() {
    return store;
  }

  /** Keeps a complete temporary file; the future never fails, it holds the answer. */
  Future<UploadAnswer> keep(Path temp, UploadGrant grant, long size) {
    return store.keep(temp, grant.session(), grant.fileName())
        .recover(t -> store.discard(temp).transform(x -> Future.failedFuture(t)))
        .map(path -> new StoredUpload(grant.session(), path.getFileName().toString(), size, path))
        .compose(stored -> listener.uploaded(stored).transform(ar -> ar.succeeded()
            ? Future.succeededFuture(UploadAnswer.stored(stored))
            : store.discard(stored.path())
                .transform(x -> Future.succeededFuture(UploadAnswer.unclaimed()))))
        .recover(t -> {
          if (t instanceof FileAlreadyExistsException || t.getCause() instanceof FileAlreadyExistsException) {
            return Future.succeededFuture(UploadAnswer.nameTaken(grant.fileName()));
          }
          LOG.log(System.Logger.Level.ERROR, "an upload for session " + LogTag.of(grant.session())
              + " could not be stored", t);
          return Future.succeededFuture(UploadAnswer.failed(t));
        });
  }
}
