package dev.weft.download;

import dev.weft.secrets.Secrets;
import java.util.regex.Pattern;

/**
 * The last segment of a download URL: {@value #SECRET_BYTES} random bytes (192 bits, base64url),
 * prefixed in a cluster by the id of the instance holding the source and a dot —
 * {@code <home>.<secret>} — so another instance knows where to relay the request. Whoever knows a
 * token may fetch its download once: it is the only credential, so it is never logged.
 *
 * @param home the {@link DownloadHome} id holding the source; empty when not clustered
 * @param value the whole token, as it appears in the URL
 */
record DownloadToken(String home, String value) {

  /** Random bytes in a token's secret. */
  static final int SECRET_BYTES = 24;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32}");

  /** A new token naming {@code home} (empty for none). */
  static DownloadToken issue(String home) {
    if (!home.isEmpty() && !ID.matcher(home).matches()) {
      throw new IllegalArgumentException("a download home's id must be 1 to 64 letters, digits, - or _");
    }
    String secret = randomId(SECRET_BYTES);
    return new DownloadToken(home, home.isEmpty() ? secret : home + "." + secret);
  }

  /** The token in a URL, or null when it cannot be one Weft issued. */
  static DownloadToken parse(String text) {
    if (text == null || text.length() > 100) {
      return null;
    }
    int dot = text.indexOf('.');
    String home = dot < 0 ? "" : text.substring(0, dot);
    String secret = text.substring(dot + 1);
    if (!SECRET.matcher(secret).matches() || dot >= 0 && !ID.matcher(home).matches()) {
      return null;
    }
    return new DownloadToken(home, text);
  }

  /** {@code bytes} random bytes, base64url: ids of homes and of relayed downloads. */
  static String randomId(int bytes) {
    return Secrets.base64url(bytes);
  }

  @Override
  public String toString() {
    return "DownloadToken[home=" + home + "]"; // the secret stays out of logs
  }
}
