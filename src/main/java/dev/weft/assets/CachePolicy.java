package dev.weft.assets;

/** How long a browser may keep a served file without asking again. */
public enum CachePolicy {

  /**
   * A year, never revalidated: for URLs that name one exact version (the client under its
   * content-hashed prefix). A new version gets a new URL, so nothing stale is ever used.
   */
  IMMUTABLE("public, max-age=31536000, immutable"),

  /**
   * Kept, but revalidated on every use (a cheap 304 thanks to the ETag): for URLs whose content
   * may change under the same name — the index page, the app's assets and web app files, and the
   * client asked for under a hash that is not the current one.
   */
  REVALIDATE("no-cache");

  private final String header;

  CachePolicy(String header) {
    this.header = header;
  }

  /** The {@code Cache-Control} value. */
  public String header() {
    return header;
  }
}
