package dev.weft.upload;

import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
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
 * {@code -instances} share it), wrong for several behind a load balancer, which a warning says.
 * Thread-safe.
 */
public final class UploadUrls {

  /** The endpoint's name below an app's base: URLs are relative to the base. */
  public static final String ENDPOINT = "upload";
  /** Session ids and other folder names a URL may name: safe as a single path segment. */
  private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final List<String> PARAMS = List.of("f", "s", "m", "e", "sig");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final long maxSize;
  private final Duration ttl;
  private final Clock clock;

  private UploadUrls(byte[] key, long maxSize, Duration ttl, Clock clock) {
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
    byte[] key = secret == null || secret.isEmpty()
        ? ProcessKey.get() : secret.getBytes(StandardCharsets.UTF_8);
    return new UploadUrls(key, maxSize, ttl, clock);
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
        clock.instant().plus(ttl).getEpochSecond());
    return ENDPOINT + "?f=" + encode(grant.fileName()) + "&s=" + grant.session()
        + "&m=" + grant.maxSize() + "&e=" + grant.expiresAt() + "&sig=" + B64.encodeToString(mac(grant));
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
    UploadGrant grant;
    byte[] signature;
    try {
      grant = new UploadGrant(scope, query.get("s"), query.get("f"), Long.parseLong(query.get("m")),
          Long.parseLong(query.get("e")));
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
    if (!SESSION.matcher(grant.session()).matches() || grant.maxSize() < 0) {
      throw UploadRefusal.forbidden("This upload URL is malformed.");
    }
    return grant;
  }

  /** The HMAC of a grant; each field length-prefixed, so no two grants sign the same bytes. */
  private byte[] mac(UploadGrant grant) {
    StringBuilder message = new StringBuilder("weft-upload-1");
    for (String field : List.of(grant.scope(), grant.session(), grant.fileName(),
        Long.toString(grant.maxSize()), Long.toString(grant.expiresAt()))) {
      message.append('\n').append(field.length()).append(':').append(field);
    }
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
