package dev.weft.upload;

import io.vertx.core.json.JsonObject;

/**
 * What the uploader is told: an HTTP status and a JSON body. It is made where the body is kept —
 * in this instance, or in the session's home instance, which sends it back over the event bus —
 * and reaches the browser unchanged.
 *
 * @param status the HTTP status
 * @param body {@code {"file":…, "size":…}} for a stored file, {@code {"error":…, "message":…}}
 *     for a refusal
 */
public record UploadAnswer(int status, JsonObject body) {

  /** 200: the file is stored and its session took it. */
  static UploadAnswer stored(StoredUpload stored) {
    return new UploadAnswer(200, new JsonObject().put("file", stored.fileName()).put("size", stored.size()));
  }

  /** A refusal or failure, with its {@code error} code and a sentence for people. */
  static UploadAnswer refused(int status, String error, String message) {
    return new UploadAnswer(status, new JsonObject().put("error", error).put("message", message));
  }

  static UploadAnswer tooLarge(long maxSize) {
    return refused(413, "upload_too_large", "This upload URL allows at most " + maxSize + " bytes.");
  }

  /** 408: the body brought less than {@value UploadPace#MIN_BYTES} bytes in {@code window}. */
  static UploadAnswer timedOut(java.time.Duration window) {
    return refused(408, "upload_timeout", "The upload sent less than " + UploadPace.MIN_BYTES
        + " bytes in " + window.toSeconds() + " s; nothing was kept. Try again on a better connection.");
  }

  static UploadAnswer unclaimed() {
    return refused(410, "upload_unclaimed",
        "The session this upload was for has ended; the file was not kept.");
  }

  static UploadAnswer failed() {
    return refused(500, "upload_failed", "The server could not store the file.");
  }

  /** 507: the disk (or quota) of the upload directory is full; the partial file is removed. */
  static UploadAnswer storageFull() {
    return refused(507, "upload_storage_full", "The server has no room left to store this file; "
        + "nothing was kept. Try again later, or a smaller file.");
  }

  /** 409: the session's folder already holds every numbered copy of this name it may. */
  static UploadAnswer nameTaken(String fileName) {
    return refused(409, "upload_name_taken", "This session already holds "
        + UploadStore.MAX_COPIES + " files named like " + fileName + "; nothing was kept.");
  }

  /** The answer for a failure to store: 507 for a full disk, else 500. */
  static UploadAnswer failed(Throwable cause) {
    return StorageFull.is(cause) ? storageFull() : failed();
  }

  /** Whether the file was stored. */
  boolean ok() {
    return status == 200;
  }

  /** As sent over the event bus. */
  JsonObject toJson() {
    return new JsonObject().put("status", status).put("body", body);
  }

  /** An answer read back from {@link #toJson()}; null when {@code json} holds none. */
  static UploadAnswer fromJson(JsonObject json) {
    if (json == null || json.getInteger("status") == null) {
      return null;
    }
    return new UploadAnswer(json.getInteger("status"), json.getJsonObject("body", new JsonObject()));
  }
}
