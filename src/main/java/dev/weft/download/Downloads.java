package dev.weft.download;

import dev.weft.ui.DownloadSource;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The downloads of one instance's sessions, waiting to be fetched, each under its own one-time
 * token ({@link DownloadToken}). {@link #issue} registers one and returns its URL;
 * {@link #take} hands it out once. A download not fetched within its lifetime
 * ({@code download.urlTtlSeconds}) is refused as expired (410) and forgotten shortly after, so
 * bytes an app handed over do not stay in memory past it. Thread-safe: pages issue from handler
 * threads, endpoints take on event loops.
 */
public final class Downloads {

  /** {@code download.urlTtlSeconds}'s default. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  /** The path below the app's base that downloads are served at. */
  public static final String ENDPOINT = "download";
  /** How long an expired download is kept to answer 410 rather than 404. */
  private static final Duration FORGET_AFTER = Duration.ofMinutes(1);

  private final Vertx vertx;
  private final Duration ttl;
  private final Clock clock;
  private volatile String home;
  private final Map<String, PendingDownload> pending = new ConcurrentHashMap<>();

  private Downloads(Vertx vertx, Duration ttl, Clock clock, String home) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a download URL's lifetime must be positive: " + ttl);
    }
    this.vertx = vertx;
    this.ttl = ttl;
    this.clock = clock;
    this.home = Objects.requireNonNull(home, "home");
  }

  /** Downloads whose URLs work for {@code ttl}, on an instance that is not clustered. */
  public static Downloads create(Vertx vertx, Duration ttl) {
    return new Downloads(vertx, ttl, Clock.systemUTC(), "");
  }

  /** As {@link #create(Vertx, Duration)}, telling the time by {@code clock} (tests). */
  static Downloads create(Vertx vertx, Duration ttl, Clock clock) {
    return new Downloads(vertx, ttl, clock, "");
  }

  /** Names {@code home}'s id in the tokens issued from now on, so other instances relay to it. */
  void servedBy(DownloadHome home) {
    this.home = home.id();
  }

  /** The name a download of {@code fileName} is saved as: see {@link DownloadHeaders#safeName}. */
  public static String safeName(String fileName) {
    return DownloadHeaders.safeName(fileName);
  }

  /** How long a URL works. */
  public Duration ttl() {
    return ttl;
  }

  /** Downloads waiting to be fetched (or expired and not yet forgotten). */
  public int waiting() {
    return pending.size();
  }

  /**
   * Registers a download and returns its URL, relative to the app's base:
   * {@code download/<token>}.
   *
   * @param scope the app's mount path: only its endpoint serves the download
   * @param session the session asking, named in the logs
   * @param fileName the name to save it as; made safe ({@link DownloadHeaders#safeName})
   * @param contentType its media type, null for {@code application/octet-stream}
   * @throws IllegalArgumentException for a content type that is not one
   */
  public String issue(String scope, String session, DownloadSource source, String fileName,
                      String contentType) {
    Objects.requireNonNull(source, "source");
    String type = DownloadHeaders.contentType(contentType);
    DownloadToken token = DownloadToken.issue(home);
    long expiresAt = clock.millis() + ttl.toMillis();
    PendingDownload download = new PendingDownload(scope, session, source,
        DownloadHeaders.safeName(fileName), type, expiresAt);
    pending.put(token.value(), download);
    vertx.setTimer(ttl.plus(FORGET_AFTER).toMillis(), id -> pending.remove(token.value(), download));
    return ENDPOINT + "/" + token.value();
  }

  /**
   * The download under {@code token}, which no one can take again.
   *
   * @throws DownloadRefusal when there is none for this app (404) or it expired (410)
   */
  PendingDownload take(String scope, String token) throws DownloadRefusal {
    PendingDownload download = find(scope, token);
    if (!pending.remove(token, download)) {
      throw DownloadRefusal.unknown(); // another request took it a moment ago
    }
    return download;
  }

  /** The download under {@code token}, left for a later {@link #take} (a {@code HEAD}). */
  PendingDownload peek(String scope, String token) throws DownloadRefusal {
    return find(scope, token);
  }

  private PendingDownload find(String scope, String token) throws DownloadRefusal {
    PendingDownload download = token == null ? null : pending.get(token);
    if (download == null || !download.scope().equals(scope)) {
      throw DownloadRefusal.unknown();
    }
    if (clock.millis() >= download.expiresAt()) {
      throw DownloadRefusal.expired();
    }
    return download;
  }
}
