package dev.weft.ui.controls;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link and image URLs a {@link Markdown} keeps: links to http, https, mailto and relative
 * URLs, images from http, https and relative URLs. Anything else ({@code javascript:},
 * {@code data:}, {@code vbscript:}, {@code file:}...) becomes "", which {@link MarkdownHtml} then
 * drops, so the link is plain text and the image has no source. The scheme is read the way a
 * browser reads it: after entity decoding (commonmark did that) and with the tabs, newlines and
 * other control characters a browser strips taken out.
 */
final class MarkdownUrls implements UrlSanitizer {

  static final MarkdownUrls INSTANCE = new MarkdownUrls();

  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  private MarkdownUrls() {
  }

  @Override
  public String sanitizeLinkUrl(String url) {
    return allowed(url, LINK_SCHEMES) ? url.strip() : "";
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return allowed(url, IMAGE_SCHEMES) ? url.strip() : "";
  }

  /** Whether {@code url} is relative or has one of {@code schemes}. */
  static boolean allowed(String url, Set<String> schemes) {
    if (url == null) {
      return false;
    }
    StringBuilder seen = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7f) { // browsers ignore control characters and spaces in a scheme
        seen.append(c);
      }
    }
    String cleaned = seen.toString();
    if (cleaned.isEmpty()) {
      return false;
    }
    int colon = cleaned.indexOf(':');
    int end = firstOf(cleaned, "/?#");
    if (colon < 0 || (end >= 0 && end < colon)) {
      return !cleaned.startsWith("\\"); // relative; a backslash start is read as // by browsers
    }
    return schemes.contains(cleaned.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
