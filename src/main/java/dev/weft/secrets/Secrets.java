package dev.weft.secrets;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random bytes for every secret Weft makes, from one {@link SecureRandom}, and the one base64url
 * encoding (no padding) they travel in. One source, so there is one place to review and to seed
 * (the JVM's default strong-enough source: {@code NativePRNG} on Linux, non-blocking), instead of
 * a generator per class; {@code SecureRandom} is thread-safe.
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

  private Secrets() {
  }

  /** {@code count} random bytes. */
  public static byte[] bytes(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a secret needs at least one byte, not " + count);
    }
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** {@code count} random bytes, base64url: {@code ceil(count * 4 / 3)} characters. */
  public static String base64url(int count) {
    return encode(bytes(count));
  }

  /** {@code bytes} in base64url without padding: safe in URLs, cookies and event-bus addresses. */
  public static String encode(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }

  /** What {@link #encode} made, back to bytes; null when {@code text} is not base64url. */
  public static byte[] decode(String text) {
    try {
      return BASE64URL_DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
