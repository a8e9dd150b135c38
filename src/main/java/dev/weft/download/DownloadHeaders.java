package dev.weft.download;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The headers of a download's answer, and the checks on what an app names it: the file name goes
 * into {@code Content-Disposition} twice (RFC 6266) — {@code filename="…"} with an ASCII fallback
 * for old clients, {@code filename*=UTF-8''…} percent-encoded (RFC 5987) with the name itself —
 * so neither a quote, a CR/LF (header injection), a slash (a path in the save dialog) nor a
 * non-ASCII letter can break the header or escape the download folder.
 */
final class DownloadHeaders {

  /** The type of a download whose app named none. */
  static final String DEFAULT_TYPE = "application/octet-stream";
  /** The name of a download whose app named none, or only characters that had to go. */
  static final String DEFAULT_NAME = "download";
  /** The longest name kept, in characters: file systems allow about 255 bytes. */
  static final int MAX_NAME = 120;
  /** {@code type/subtype} and optional {@code ; parameter=value}s, tokens only (RFC 9110). */
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      "[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+"
          + "(\\s*;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=([!#$%&'*+.^_`|~0-9A-Za-z-]+|\"[^\"\\\\\\p{Cntrl}]*\"))*");
  /** Characters RFC 5987 lets stand in {@code filename*} (attr-char); the rest are %-encoded. */
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private DownloadHeaders() {
  }

  /**
   * The name to save a download as: control characters, slashes, backslashes, quotes and the
   * characters Windows forbids become {@code _}; leading dots and trailing dots and spaces go (a
   * hidden file, {@code ..}); at most {@value #MAX_NAME} characters; {@value #DEFAULT_NAME} when
   * nothing is left.
   */
  static String safeName(String name) {
    if (name == null) {
      return DEFAULT_NAME;
    }
    StringBuilder safe = new StringBuilder();
    name.codePoints().limit(MAX_NAME).forEach(c -> {
      boolean bad = Character.isISOControl(c) || "/\\\"<>:|?*".indexOf(c) >= 0
          || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
      safe.appendCodePoint(bad ? '_' : c);
    });
    String s = safe.toString().strip().replaceAll("^\\.+", "").replaceAll("[. ]+$", "");
    return s.isEmpty() || s.chars().allMatch(c -> c == '_') ? DEFAULT_NAME : s;
  }

  /** The ASCII fallback of a safe name: accents dropped, other non-ASCII letters and {@code %} as {@code _}. */
  static String asciiName(String safeName) {
    String decomposed = Normalizer.normalize(safeName, Normalizer.Form.NFKD);
    StringBuilder ascii = new StringBuilder();
    decomposed.codePoints().forEach(c -> {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        return; // the accent of é, once decomposed
      }
      ascii.append(c >= 0x20 && c < 0x7f && c != '%' && c != '"' && c != '\\' ? (char) c : '_');
    });
    return ascii.toString();
  }

  /** The {@code Content-Disposition} of a download saved as {@code name}. */
  static String contentDisposition(String name) {
    String safe = safeName(name);
    return "attachment; filename=\"" + asciiName(safe) + "\"; filename*=UTF-8''" + percentEncode(safe);
  }

  /**
   * The media type an app named, checked; {@value #DEFAULT_TYPE} for null.
   *
   * @throws IllegalArgumentException when it is not {@code type/subtype} with optional parameters
   */
  static String contentType(String type) {
    if (type == null || type.isBlank()) {
      return DEFAULT_TYPE;
    }
    if (type.length() > 200 || !MEDIA_TYPE.matcher(type.strip()).matches()) {
      throw new IllegalArgumentException("a download's content type must look like text/csv or "
          + "text/plain; charset=utf-8, not \"" + type.replaceAll("\\p{Cntrl}", "?") + "\"");
    }
    return type.strip();
  }

  /** Sets the answer's headers; {@code length} negative for unknown (the body is then chunked). */
  static void apply(HttpServerResponse response, DownloadInfo info) {
    response.putHeader(HttpHeaders.CONTENT_TYPE, info.contentType())
        .putHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(info.fileName()))
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .putHeader("X-Content-Type-Options", "nosniff");
    if (info.length() >= 0) {
      response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(info.length()));
    } else {
      response.setChunked(true);
    }
  }

  private static String percentEncode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
