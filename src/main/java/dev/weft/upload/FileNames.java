package dev.weft.upload;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns whatever name a browser or an app offers into one safe to create in a session's folder:
 * never a path, never hidden, never a special name, never a line break or a character that
 * reorders what people read.
 */
public final class FileNames {

  /** The name used when nothing usable is left. */
  public static final String FALLBACK = "upload";
  /**
   * The longest name kept, in UTF-8 bytes: under every common file system's 255, with room for a
   * copy's {@code " (999)"}.
   */
  static final int MAX_BYTES = 200;
  private static final String FORBIDDEN = "<>:\"|?*";
  /**
   * Names Windows reserves for devices, with or without an extension ({@code NUL.txt} too): a
   * folder shared with or copied to Windows could not hold them.
   */
  private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
      "COM\u00B9", "COM\u00B2", "COM\u00B3", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3"); // COM¹ too

  private FileNames() {
  }

  /**
   * A safe file name: only the part after the last {@code /} or {@code \} (so
   * {@code ../../etc/passwd} becomes {@code passwd}); control characters (NUL, CR, LF…), line and
   * paragraph separators, invisible format characters (right-to-left overrides, zero-width
   * joiners), lone surrogates, unassigned code points and the characters Windows refuses
   * ({@code <>:"|?*}) replaced by {@code _}; leading and trailing dots and spaces removed (no hidden
   * files, no {@code ..}); a Windows device name ({@code CON}, {@code NUL.txt}) prefixed with
   * {@code _}; cut to {@value #MAX_BYTES} UTF-8 bytes keeping the extension; {@value #FALLBACK}
   * when nothing is left. Letters of every script are kept ({@code é}, {@code 日本}), in NFC.
   */
  public static String safe(String name) {
    if (name == null) {
      return FALLBACK;
    }
    String base = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    StringBuilder sb = new StringBuilder(base.length());
    base.codePoints().forEach(c -> sb.appendCodePoint(refused(c) ? '_' : c));
    String cleaned = trim(sb.toString());
    if (cleaned.isEmpty()) {
      return FALLBACK;
    }
    if (reserved(cleaned)) {
      cleaned = "_" + cleaned;
    }
    String shortened = trim(shorten(cleaned, MAX_BYTES)); // a cut may end in a space or a dot
    return shortened.isEmpty() ? FALLBACK : shortened;
  }

  /**
   * The name of the {@code n}th file called {@code name} in one folder, as browsers name the
   * downloads of one name: {@code report.pdf}, {@code report (2).pdf}, {@code report (3).pdf}…,
   * still at most {@value #MAX_BYTES} bytes.
   *
   * @param name a {@link #safe} name
   * @param n 1 for the name itself
   */
  static String numbered(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("copies are counted from 1, not " + n);
    }
    if (n == 1) {
      return name;
    }
    String suffix = " (" + n + ")";
    int dot = extensionAt(name);
    String ext = dot < 0 ? "" : name.substring(dot);
    String stem = dot < 0 ? name : name.substring(0, dot);
    return shortenStem(stem, suffix + ext, MAX_BYTES) + suffix + ext;
  }

  private static boolean refused(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0
        || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Without leading and trailing dots and spaces of any script. */
  private static String trim(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && blankOrDot(s.codePointAt(begin))) {
      begin += Character.charCount(s.codePointAt(begin));
    }
    while (end > begin && blankOrDot(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(begin, end);
  }

  private static boolean blankOrDot(int c) {
    return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether the part before the first dot is a Windows device name (which ignores case). */
  private static boolean reserved(String name) {
    int dot = name.indexOf('.');
    String stem = trim(dot < 0 ? name : name.substring(0, dot));
    return RESERVED.contains(stem.toUpperCase(Locale.ROOT));
  }

  /** Cuts a name to {@code max} UTF-8 bytes, keeping a short extension. */
  private static String shorten(String name, int max) {
    if (utf8(name) <= max) {
      return name;
    }
    int dot = extensionAt(name);
    String ext = dot < 0 ? "" : name.substring(dot);
    String stem = dot < 0 ? name : name.substring(0, dot);
    return shortenStem(stem, ext, max) + ext;
  }

  /** Where a short extension ({@code .pdf}, at most 16 characters) starts; -1 for none. */
  private static int extensionAt(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.length() - dot <= 16 ? dot : -1;
  }

  /** {@code stem} cut by whole code points until it and {@code rest} fit in {@code max} bytes. */
  private static String shortenStem(String stem, String rest, int max) {
    while (!stem.isEmpty() && utf8(stem) + utf8(rest) > max) {
      stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
    }
    return stem;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
