package dev.weft.session;

import java.time.Duration;

/**
 * What sessions take from the configuration.
 *
 * @param timeout how long a session whose browser disconnected waits for it to come back
 * @param maxErrors protocol errors a client may cause within a minute before its socket closes
 */
public record SessionSettings(Duration timeout, int maxErrors) {

  public SessionSettings {
    if (maxErrors < 1) {
      throw new IllegalArgumentException("maxErrors must be at least 1");
    }
  }
}
