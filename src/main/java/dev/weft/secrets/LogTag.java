package dev.weft.secrets;

/**
 * How a session appears in a log line: the first {@value #LENGTH} characters of its id, never the
 * id whole. Enough to follow one session through the log of a busy server (36 bits: two live
 * sessions rarely share a tag) and to match what an app logs from {@code page.sessionId()}; not
 * enough to reach the session — re-attaching takes the browser's whole token, id and secret
 * (docs/security.md), and the id alone is not even that.
 */
public final class LogTag {

  /** Characters of an id a log line shows. */
  public static final int LENGTH = 6;

  private LogTag() {
  }

  /** The tag of {@code id}: its first {@value #LENGTH} characters ({@code "-"} for none). */
  public static String of(String id) {
    if (id == null || id.isEmpty()) {
      return "-";
    }
    return id.length() <= LENGTH ? id : id.substring(0, LENGTH);
  }
}
