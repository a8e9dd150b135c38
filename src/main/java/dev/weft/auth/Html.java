package dev.weft.auth;

/** Text put into the callback's pages: escaped, and an error code kept to a code's characters. */
final class Html {

  private Html() {
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A provider's {@code error} as shown to people: OAuth error codes are short ASCII words, so
   * anything else (an attacker's text in a forged callback) is cut down to that.
   */
  static String plainCode(String error) {
    if (error == null) {
      return "unknown";
    }
    String code = error.replaceAll("[^A-Za-z0-9_.-]", "");
    return code.isEmpty() ? "unknown" : code.substring(0, Math.min(code.length(), 64));
  }
}
