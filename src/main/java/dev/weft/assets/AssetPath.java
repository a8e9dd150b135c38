package dev.weft.assets;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path below an app's mount, decoded segment by segment and checked before it comes
 * anywhere near a file system.
 *
 * <p>Vert.x has already removed {@code .} and {@code ..} segments and decoded {@code %2e}, but it
 * leaves {@code %2f} and {@code %5c} encoded, and a careless server decodes them afterwards into
 * {@code ../../etc/passwd}. Here every segment is decoded on its own, and a path whose segment
 * decodes to {@code .} or {@code ..}, or contains a slash, a backslash, NUL or another control
 * character, or is not UTF-8, is refused outright ({@link #parse} returns null: a 400). A path
 * that is fine as a route but must never name a file — a hidden name ({@code .env},
 * {@code .git/config}), a colon (Windows drive letters and alternate data streams), a trailing
 * slash — is {@linkplain #servable() not servable}: no file lookup, only the SPA rules.
 *
 * @param segments the decoded segments ({@code ["images", "x.png"]}; {@code [""]} for the root)
 */
public record AssetPath(List<String> segments) {

  public AssetPath {
    segments = List.copyOf(segments);
  }

  /**
   * Decodes and checks a path below the mount ({@code images/x.png}, no leading slash).
   *
   * @return the path, or null when it is unsafe
   */
  public static AssetPath parse(String below) {
    List<String> segments = new ArrayList<>();
    for (String raw : below.split("/", -1)) {
      String segment = decode(raw);
      if (segment == null || segment.equals(".") || segment.equals("..")) {
        return null;
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
          return null;
        }
      }
      segments.add(segment);
    }
    return new AssetPath(segments);
  }

  /** The decoded path, segments joined with {@code /}. */
  public String value() {
    return String.join("/", segments);
  }

  /** The last segment: the file's name, or {@code ""} for a directory-like path. */
  public String fileName() {
    return segments.get(segments.size() - 1);
  }

  /** Whether the last segment has a dot: a file was asked for, so a miss is a 404. */
  public boolean hasExtension() {
    return fileName().contains(".");
  }

  /** Whether a file may be looked up under this path at all (see the class comment). */
  public boolean servable() {
    for (String segment : segments) {
      if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf(':') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The path's segments from {@code from} on, joined: {@code _weft/<hash>/js/x.js} → {@code js/x.js}. */
  public String tail(int from) {
    return String.join("/", segments.subList(from, segments.size()));
  }

  /** Percent-decodes one segment as UTF-8 (a {@code +} stays a plus); null when malformed. */
  private static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int codePoint = raw.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(codePoint) - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
