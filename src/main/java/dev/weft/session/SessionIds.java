package dev.weft.session;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable ids for sessions and connections: 144 random bits from {@link SecureRandom},
 * base64url. Never derived from the client's IP or user agent, so two tabs never share one.
 */
public final class SessionIds {

  private static final int BYTES = 18;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private SessionIds() {
  }

  public static String next() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** Whether a string has the shape of an id, before it is used in an address. */
  public static boolean isWellFormed(String id) {
    if (id == null || id.length() != 24) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
