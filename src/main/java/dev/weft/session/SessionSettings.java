package dev.weft.session;

import dev.weft.upload.UploadUrls;
import java.time.Duration;

/**
 * What sessions take from the configuration.
 *
 * @param timeout how long a session whose browser disconnected waits for it to come back
 * @param maxErrors protocol errors a client may cause within a minute before its socket closes
 * @param uploadUrls signs the upload URLs pages ask for; null when sessions take no uploads
 */
public record SessionSettings(Duration timeout, int maxErrors, UploadUrls uploadUrls) {

  public SessionSettings {
    if (maxErrors < 1) {
      throw new IllegalArgumentException("maxErrors must be at least 1");
    }
  }

  /** Settings for sessions that take no uploads. */
  public SessionSettings(Duration timeout, int maxErrors) {
    this(timeout, maxErrors, null);
  }
}
