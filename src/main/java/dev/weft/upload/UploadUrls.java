package dev.weft.upload;

import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks signed upload URLs. A URL allows one file, of a bounded size, into one
 * session's folder, for a while: {@code upload?f=<name>&s=<session>&m=<max bytes>&e=<expiry>&sig=<mac>},
 * relative to the app's base. The signature is an HMAC-SHA256 over the app's mount, the session,
 * the file name, the size limit and the expiry, keyed by {@code upload.secret}; so a browser can
 * upload exactly what the app allowed, and no one can forge or stretch a URL.
 *
 * <p>With an empty secret the key is random per process: fine for one JVM (its
 * {@code -instances} share it); the members of a cluster agree on one ({@link ClusterKey}) and
 * {@link #adopt} it before serving. A URL issued in a cluster also names, signed like the rest,
 * the upload home of the instance its session lives in ({@code &h=}): an endpoint on another
 * instance streams the body there, and no one can redirect it. Thread-safe.
 */
public final class UploadUrls {

  /** The endpoint's name below an app's base: URLs are relative to the base. */
  public static final String ENDPOINT = "upload";
  /** Session ids and other folder names a URL may name: safe as a single path segment. */
  private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final List<String> PARAMS = List.of("f", "s", "m", "e", "sig");
  /** Upload homes are named like sessions: a single path and address segment. */
  private static final Pattern HOME = SESSION;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private volatile byte[] key;
  private final long maxSize;
  private final Duration ttl;
  private final Clock clock;
  private final String home;

  private UploadUrls(byte[] key, long maxSize, Duration ttl, Clock clock, String home) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("the largest upload cannot be negative: " + maxSize);
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("an upload URL's lifetime must be positive: " + ttl);
    }
    this.key = key;
    this.maxSize = maxSize;
    this.ttl = ttl;
    this.clock = clock;
    if (!home.isEmpty() && !HOME.matcher(home).matches()) {
      throw new IllegalArgumentException("an upload home must be 1 to 64 letters, digits, - or _");
    }
    this.home = home;
  }

  /**
   * URLs signed with {@code secret} (empty: the process's random key).
   *
   * @param maxSize the largest upload a URL may allow, and the default
   * @param ttl how long a URL stays valid by default
   */
  public static UploadUrls create(String secret, long maxSize, Duration ttl) {
    return create(secret, maxSize, ttl, Clock.systemUTC());
  }

  /** As {@link #create(String, long, Duration)}, telling time by {@code clock}. */
  public static UploadUrls create(String secret, long maxSize, Duration ttl, Clock clock) {
    return create(secret, maxSize, ttl, clock, "");
  }

  /**
   * As {@link #create(String, long, Duration, Clock)}, naming {@code home} in every URL it
   * issues: the upload home ({@link UploadHome#id()}) that receives the bodies of this instance's
   * sessions, whichever instance's endpoint they reach; empty for none.
   */
  public static UploadUrls create(String secret, long maxSize, Duration ttl, Clock clock,
                                  String home) {
    return new UploadUrls(signingKey(secret), maxSize, ttl, clock, home);
  }

  /** Whether the key was configured ({@code upload.secret}) rather than made up. */
  static boolean configured(String secret) {
    return secret != null && !secret.isEmpty();
  }

  private static byte[] signingKey(String secret) {
    return configured(secret) ? secret.getBytes(StandardCharsets.UTF_8) : ProcessKey.get();
  }

  /**
   * Signs and checks with {@code key} from now on: the key the cluster's members agreed on. URLs
   * issued before with the process's key stop working, so do this before serving.
   */
  public void adopt(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a signing key needs at least 32 bytes");
    }
    this.key = key.clone();
  }

  /** The upload home named in the URLs issued here; empty for none. */
  public String home() {
    return home;
  }

  /** The largest upload a URL may allow, the default for URLs that name no limit. */
  public long maxSize() {
    return maxSize;
  }

  /** How long a URL stays valid unless issued with another lifetime. */
  public Duration ttl() {
    return ttl;
  }

  /** A URL with the default size limit and lifetime. */
  public String issue(String scope, String session, String fileName) {
    return issue(scope, session, fileName, maxSize, ttl);
  }

  /**
   * A URL, relative to the app's base, that uploads one file.
   *
   * @param scope the app's mount path ({@code /}, {@code /sub-app/}): only its endpoint accepts it
   * @param session the session (or other owner) whose folder receives the file: letters, digits,
   *     {@code -} and {@code _}
   * @param fileName the name to store it under; made safe by {@link FileNames#safe}
   * @param maxSize the largest body accepted, at most {@link #maxSize()}
   * @param ttl how long the URL works
   * @throws IllegalArgumentException for a bad session, a negative or too large size, or a
   *     lifetime that is not positive
   */
  public String issue(String scope, String session, String fileName, long maxSize, Duration ttl) {
    if (session == null || !SESSION.matcher(session).matches()) {
      throw new IllegalArgumentException("an upload's session must be 1 to 64 letters, digits, - or _");
    }
    if (maxSize < 0 || maxSize > this.maxSize) {
      throw new IllegalArgumentException("an upload URL may allow 0 to " + this.maxSize
          + " bytes (upload.maxSize), not " + maxSize);
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("an upload URL's lifetime must be positive: " + ttl);
    }
    UploadGrant grant = new UploadGrant(scope, session, FileNames.safe(fileName), maxSize,
        clock.instant().plus(ttl).getEpochSecond(), home);
    return ENDPOINT + "?f=" + encode(grant.fileName()) + "&s=" + grant.session()
        + "&m=" + grant.maxSize() + "&e=" + grant.expiresAt()
        + (home.isEmpty() ? "" : "&h=" + home) + "&sig=" + B64.encodeToString(mac(grant));
  }

  /**
   * Checks an upload request's query against the signature.
   *
   * @param scope the mount path of the endpoint checking it
   * @return what the URL allows
   * @throws UploadRefusal when a parameter is missing or repeated, the signature does not match
   *     (compared in constant time), or the URL has expired
   */
  public UploadGrant verify(String scope, MultiMap query) throws UploadRefusal {
    for (String name : PARAMS) {
      if (query.getAll(name).size() != 1) {
        throw UploadRefusal.forbidden("This upload URL has no valid signature. Upload URLs are "
            + "issued by the server, one per file.");
      }
    }
    if (query.getAll("h").size() > 1) {
      throw UploadRefusal.forbidden("This upload URL is malformed.");
    }
    String urlHome = query.get("h") == null ? "" : query.get("h");
    UploadGrant grant;
    byte[] signature;
    try {
      grant = new UploadGrant(scope, query.get("s"), query.get("f"), Long.parseLong(query.get("m")),
          Long.parseLong(query.get("e")), urlHome);
      signature = Base64.getUrlDecoder().decode(query.get("sig"));
    } catch (IllegalArgumentException e) { // NumberFormatException too
      throw UploadRefusal.forbidden("This upload URL is malformed.");
    }
    if (!MessageDigest.isEqual(signature, mac(grant))) {
      throw UploadRefusal.forbidden("This upload URL's signature does not match: it was changed, "
          + "or signed by another server or app.");
    }
    if (clock.instant().getEpochSecond() > grant.expiresAt()) {
      throw UploadRefusal.expired();
    }
    if (!SESSION.matcher(grant.session()).matches() || grant.maxSize() < 0
        || !grant.home().isEmpty() && !HOME.matcher(grant.home()).matches()) {
      throw UploadRefusal.forbidden("This upload URL is malformed.");
    }
    return grant;
  }

  /**
   * The HMAC of a grant; each field length-prefixed, so no two grants sign the same bytes. The
   * home is a sixth field when there is one: a URL without it signs what it signed before homes.
   */
  private byte[] mac(UploadGrant grant) {
    StringBuilder message = new StringBuilder("weft-upload-1");
    List<String> fields = new ArrayList<>(List.of(grant.scope(), grant.session(),
        grant.fileName(), Long.toString(grant.maxSize()), Long.toString(grant.expiresAt())));
    if (!grant.home().isEmpty()) {
      fields.add(grant.home());
    }
    for (String field : fields) {
      message.append('\n').append(field.length()).append(':').append(field);
    }
    byte[] key = this.key;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e); // every JDK has it
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
