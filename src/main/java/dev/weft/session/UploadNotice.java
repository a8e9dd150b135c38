package dev.weft.session;

import dev.weft.ui.UploadedFile;
import dev.weft.upload.StoredUpload;
import dev.weft.upload.UploadListener;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * Tells a session that a file uploaded with one of its URLs is stored: a notice to
 * {@link Addresses#session its address}, so it reaches the session wherever it lives, as the browser's frames
 * do. The session acknowledges at once and runs the page's upload handlers afterwards; no answer
 * means the session has ended, and the upload endpoint removes the file.
 */
public final class UploadNotice {

  static final String UPLOADED = "uploaded";
  private static final long ACK_TIMEOUT_MS = 10_000;

  private UploadNotice() {
  }

  /** The listener that hands stored files to their sessions. */
  public static UploadListener deliverTo(EventBus eventBus) {
    return deliverTo(eventBus, SessionMetrics.NONE);
  }

  /** The listener that hands stored files to their sessions and counts the bytes they took. */
  public static UploadListener deliverTo(EventBus eventBus, SessionMetrics metrics) {
    return upload -> eventBus.request(Addresses.session(upload.session()), of(upload),
        new DeliveryOptions().setSendTimeout(ACK_TIMEOUT_MS))
        .<Void>mapEmpty()
        .onSuccess(v -> metrics.uploaded(upload.size()));
  }

  static JsonObject of(StoredUpload upload) {
    return new JsonObject()
        .put(SessionNotice.KIND, UPLOADED)
        .put("file", upload.fileName())
        .put("size", upload.size())
        .put("path", upload.path().toString());
  }

  static UploadedFile file(JsonObject notice) {
    return new UploadedFile(notice.getString("file"), notice.getLong("size", 0L),
        Path.of(notice.getString("path")));
  }
}
