package dev.weft.session;

import dev.weft.secrets.LogTag;
import dev.weft.secrets.Secrets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * What a browser holds to come back to its session: {@code <id>.<secret>}, opaque to the browser.
 *
 * <p>The <b>id</b> ({@value #ID_BYTES} random bytes, 24 base64url characters) names the session:
 * its event-bus address ({@link Addresses#session}), {@code page.sessionId()}, its upload folder and
 * upload URLs. Looking it up is an address lookup, not a comparison, so it is not what keeps a
 * session safe, and it shows up in places no secret may (upload URLs in a proxy's access log).
 * The <b>secret</b> ({@value #SECRET_BYTES} random bytes, 32 characters) is what proves the
 * browser is the session's: the session compares it, in constant time, with its own before it
 * lets a connection attach. It is never logged, never part of an address or a URL.
 *
 * <p>Both come from {@link Secrets}; the id's randomness is only there so ids never collide
 * across a cluster and are never derived from the client (two tabs never share one).
 */
public final class SessionToken {

  /** Random bytes in an id: 144 bits. */
  static final int ID_BYTES = 18;
  /** Random bytes in a secret: 192 bits. */
  static final int SECRET_BYTES = 24;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{32}");

  private final String id;
  private final byte[] secret;

  private SessionToken(String id, byte[] secret) {
    this.id = id;
    this.secret = secret;
  }

  /** A new session's token. */
  static SessionToken issue() {
    return new SessionToken(Secrets.base64url(ID_BYTES), Secrets.bytes(SECRET_BYTES));
  }

  /**
   * The token a browser presented, or null when it is not the shape of one Weft issues — checked
   * before its id is used in an address.
   */
  public static SessionToken parse(String text) {
    if (text == null || !TOKEN.matcher(text).matches()) {
      return null;
    }
    byte[] secret = Secrets.decode(text.substring(ID_BYTES * 4 / 3 + 1));
    return secret == null ? null : new SessionToken(text.substring(0, ID_BYTES * 4 / 3), secret);
  }

  /** The session's id: public within the server (addresses, logs as a {@link LogTag}, upload URLs). */
  public String id() {
    return id;
  }

  /** The whole token, as the browser holds it: sent to it in {@code render} and {@code resume} only. */
  String text() {
    return id + "." + Secrets.encode(secret);
  }

  /**
   * Whether {@code presented} is this very token: the same id and, compared in constant time
   * ({@link MessageDigest#isEqual}: it looks at every byte whatever the first difference), the
   * same secret, so how long a refusal takes tells nothing about how much of a guess was right.
   */
  boolean admits(SessionToken presented) {
    if (presented == null) {
      return false;
    }
    boolean sameSecret = MessageDigest.isEqual(secret, presented.secret);
    return sameSecret && id.equals(presented.id);
  }

  /** The id's {@link LogTag}: never the token, never the secret. */
  @Override
  public String toString() {
    return "SessionToken[" + LogTag.of(id) + "]";
  }
}
