package dev.weft.session;

import dev.weft.auth.SignIns;
import dev.weft.download.Downloads;
import dev.weft.upload.UploadUrls;
import java.time.Duration;

/**
 * What sessions take from the configuration.
 *
 * @param timeout how long a session whose browser disconnected waits for it to come back
 * @param maxErrors protocol errors a client may cause within a minute before its socket closes
 * @param uploadUrls signs the upload URLs pages ask for; null when sessions take no uploads
 * @param replayBytes the most bytes of unacknowledged messages a session keeps for replay
 * @param heartbeatSeconds the ping interval the browser is told, to notice a silent server
 * @param signIns the sign-in providers pages may use ({@code page.login}); null when none are
 *     configured, and a login then ends with an error
 * @param downloads where {@code page.download} registers its downloads; null when the server
 *     serves none
 * @param unconfirmedTimeout how long, at most, a session waits for a browser that disconnected
 *     before acknowledging anything (see {@link #waitFor}); null for the default
 * @param limits what one session may ask of the server (events per second, pending handlers,
 *     a handler's time); null for the defaults
 * @param maxSessions {@code limits.sessions}: the most sessions one instance holds (0: no limit);
 *     past it a new session is refused with 1013, a re-attach is still taken
 * @param maxControls {@code limits.controlsPerPage}: the most controls one page holds (0: no limit)
 */
public record SessionSettings(Duration timeout, int maxErrors, UploadUrls uploadUrls,
                              long replayBytes, int heartbeatSeconds, SignIns signIns,
                              Downloads downloads, Duration unconfirmedTimeout,
                              SessionLimits limits, int maxSessions, int maxControls) {

  /** {@code session.replayBufferBytes}'s default. */
  public static final long DEFAULT_REPLAY_BYTES = 256 * 1024;
  /** {@code ws.pingIntervalSeconds}'s default. */
  public static final int DEFAULT_HEARTBEAT_SECONDS = 20;
  /** {@code session.unconfirmedTimeoutSeconds}'s default. */
  public static final int DEFAULT_UNCONFIRMED_TIMEOUT_SECONDS = 30;
  /** {@code limits.sessions}'s default: see WeftConfig. */
  public static final int DEFAULT_MAX_SESSIONS = 16_000;
  /** {@code limits.controlsPerPage}'s default: see WeftConfig. */
  public static final int DEFAULT_MAX_CONTROLS = 100_000;

  public SessionSettings {
    if (maxErrors < 1) {
      throw new IllegalArgumentException("maxErrors must be at least 1");
    }
    if (replayBytes < 0 || heartbeatSeconds < 1) {
      throw new IllegalArgumentException("replayBytes must be >= 0 and heartbeatSeconds >= 1");
    }
    if (maxSessions < 0 || maxControls < 0) {
      throw new IllegalArgumentException("maxSessions and maxControls must be >= 0 (0: no limit)");
    }
    if (unconfirmedTimeout == null) {
      unconfirmedTimeout = Duration.ofSeconds(DEFAULT_UNCONFIRMED_TIMEOUT_SECONDS);
    }
    if (limits == null) {
      limits = SessionLimits.DEFAULTS;
    }
  }

  /** Settings without sign-in providers, downloads or limits of their own: the defaults. */
  public SessionSettings(Duration timeout, int maxErrors, UploadUrls uploadUrls, long replayBytes,
                         int heartbeatSeconds) {
    this(timeout, maxErrors, uploadUrls, replayBytes, heartbeatSeconds, null, null, null, null,
        DEFAULT_MAX_SESSIONS, DEFAULT_MAX_CONTROLS);
  }

  /** Settings with the default replay buffer and heartbeat. */
  public SessionSettings(Duration timeout, int maxErrors, UploadUrls uploadUrls) {
    this(timeout, maxErrors, uploadUrls, DEFAULT_REPLAY_BYTES, DEFAULT_HEARTBEAT_SECONDS);
  }

  /** Settings for sessions that take no uploads. */
  public SessionSettings(Duration timeout, int maxErrors) {
    this(timeout, maxErrors, null);
  }

  /**
   * How long a session whose browser disconnected waits for it. A browser acknowledges the first
   * render within a quarter of a second (web/js/acks.js), so one that never acknowledged anything
   * was most likely never a page at all (a script, a fuzzer, a tab closed at once): it gets
   * {@code unconfirmedTimeout} instead of the full {@code timeout}, so a flood of throwaway
   * connections does not hold memory for minutes.
   */
  public Duration waitFor(boolean confirmed) {
    return confirmed || unconfirmedTimeout.compareTo(timeout) > 0 ? timeout : unconfirmedTimeout;
  }

  /** These settings with sign-in providers (or none, for null). */
  public SessionSettings withSignIns(SignIns signIns) {
    return new SessionSettings(timeout, maxErrors, uploadUrls, replayBytes, heartbeatSeconds, signIns,
        downloads, unconfirmedTimeout, limits, maxSessions, maxControls);
  }

  /** These settings with downloads served from {@code downloads} (or none, for null). */
  public SessionSettings withDownloads(Downloads downloads) {
    return new SessionSettings(timeout, maxErrors, uploadUrls, replayBytes, heartbeatSeconds, signIns,
        downloads, unconfirmedTimeout, limits, maxSessions, maxControls);
  }

  /** These settings with {@code session.unconfirmedTimeoutSeconds} = {@code unconfirmed}. */
  public SessionSettings withUnconfirmedTimeout(Duration unconfirmed) {
    return new SessionSettings(timeout, maxErrors, uploadUrls, replayBytes, heartbeatSeconds, signIns,
        downloads, unconfirmed, limits, maxSessions, maxControls);
  }

  /** These settings with other per-session limits. */
  public SessionSettings withLimits(SessionLimits limits) {
    return new SessionSettings(timeout, maxErrors, uploadUrls, replayBytes, heartbeatSeconds, signIns,
        downloads, unconfirmedTimeout, limits, maxSessions, maxControls);
  }

  /** These settings with another capacity ({@code limits.sessions}, {@code limits.controlsPerPage}). */
  public SessionSettings withCapacity(int maxSessions, int maxControls) {
    return new SessionSettings(timeout, maxErrors, uploadUrls, replayBytes, heartbeatSeconds, signIns,
        downloads, unconfirmedTimeout, limits, maxSessions, maxControls);
  }
}
