package dev.weft.download;

import io.vertx.core.json.JsonObject;

/**
 * What the answer to a download says about it before its bytes: the name to save it as, its
 * media type, its length in bytes (negative when unknown, for a stream).
 */
record DownloadInfo(String fileName, String contentType, long length) {

  JsonObject toJson() {
    return new JsonObject().put("name", fileName).put("type", contentType).put("length", length);
  }

  static DownloadInfo fromJson(JsonObject json) {
    return new DownloadInfo(json.getString("name"), json.getString("type"), json.getLong("length", -1L));
  }
}
