package dev.weft.upload;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns whatever name a browser or an app offers into one safe to create in a session's folder:
 * never a path, never hidden, never a special name.
 */
public final class FileNames {

  /** The name used when nothing usable is left. */
  public static final String FALLBACK = "upload";
  /** The longest name kept, in UTF-8 bytes: under every common file system's 255. */
  static final int MAX_BYTES = 200;
  private static final String FORBIDDEN = "<>:\"|?*";

  private FileNames() {
  }

  /**
   * A safe file name: only the part after the last {@code /} or {@code \} (so
   * {@code ../../etc/passwd} becomes {@code passwd}), control characters and characters Windows
   * refuses replaced by {@code _}, leading dots and spaces removed (no hidden files, no {@code ..}),
   * trailing dots and spaces removed, cut to {@value #MAX_BYTES} UTF-8 bytes keeping the extension;
   * {@value #FALLBACK} when nothing is left.
   */
  public static String safe(String name) {
    if (name == null) {
      return FALLBACK;
    }
    String base = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    StringBuilder sb = new StringBuilder(base.length());
    base.codePoints().forEach(c -> {
      boolean bad = Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0
          || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED;
      sb.appendCodePoint(bad ? '_' : c);
    });
    String cleaned = sb.toString().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    if (cleaned.isEmpty()) {
      return FALLBACK;
    }
    return shorten(cleaned);
  }

  /** Cuts a name to {@value #MAX_BYTES} UTF-8 bytes, keeping a short extension. */
  private static String shorten(String name) {
    if (utf8(name) <= MAX_BYTES) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String stem = ext.isEmpty() ? name : name.substring(0, dot);
    while (utf8(stem) + utf8(ext) > MAX_BYTES) {
      stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
    }
    return stem + ext;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
