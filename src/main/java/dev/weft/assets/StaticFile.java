package dev.weft.assets;

import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;

/**
 * One file ready to serve, with what its caching headers need: either its bytes in memory (the
 * client, the index page, the manifest, classpath assets) or its path on disk (an assets
 * directory, sent with {@code sendFile} so large files never sit in memory).
 *
 * @param contentType its media type
 * @param etag a strong ETag from its content
 * @param lastModified when it last changed, in epoch milliseconds
 * @param length its size in bytes
 * @param body its bytes, or null when it is on disk
 * @param file its real path on disk, or null when it is in memory
 */
public record StaticFile(String contentType, String etag, long lastModified, long length,
                         Buffer body, Path file) {

  /** A file held in memory, typed by its path's extension ({@code icons/icon-192.png}). */
  public static StaticFile named(String path, byte[] bytes, long lastModified) {
    return typed(ContentTypes.of(path), bytes, lastModified);
  }

  /** A file held in memory with a given media type. */
  public static StaticFile typed(String contentType, byte[] bytes, long lastModified) {
    return new StaticFile(contentType, ContentHash.etag(ContentHash.of(bytes)), lastModified,
        bytes.length, Buffer.buffer(bytes), null);
  }

  /** A file held in memory whose content fingerprint ({@link ContentHash#of}) is already known. */
  static StaticFile hashed(String path, byte[] bytes, long lastModified, String hash) {
    return new StaticFile(ContentTypes.of(path), ContentHash.etag(hash), lastModified, bytes.length,
        Buffer.buffer(bytes), null);
  }

  /** A file on disk; {@code hash} is the fingerprint of its content. */
  static StaticFile onDisk(String path, Path file, long length, long lastModified, String hash) {
    return new StaticFile(ContentTypes.of(path), ContentHash.etag(hash), lastModified, length, null, file);
  }

  public boolean inMemory() {
    return body != null;
  }
}
