package dev.weft.assets;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The media type of a file from its name, and whether it is worth gzipping. A short explicit
 * table rather than the JDK's or Vert.x's guesses: those answer {@code application/javascript}
 * for scripts (the HTML standard says {@code text/javascript}) and know nothing of web app
 * manifests. Anything unknown is {@code application/octet-stream}, which, with
 * {@code X-Content-Type-Options: nosniff}, a browser will never run or render.
 */
public final class ContentTypes {

  public static final String OCTET_STREAM = "application/octet-stream";
  public static final String MANIFEST = "application/manifest+json";
  public static final String HTML = "text/html; charset=utf-8";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", HTML),
      Map.entry("htm", HTML),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("map", "application/json"),
      Map.entry("webmanifest", MANIFEST),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("md", "text/markdown; charset=utf-8"),
      Map.entry("xml", "application/xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("bmp", "image/bmp"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("ogg", "audio/ogg"),
      Map.entry("wav", "audio/wav"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("webm", "video/webm"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("wasm", "application/wasm"));

  /** Types that shrink under gzip; every other type is already compressed (PNG, WOFF2, MP4…). */
  private static final Set<String> COMPRESSIBLE = Set.of(
      "application/json", MANIFEST, "application/xml", "image/svg+xml", "application/wasm",
      "image/x-icon", "image/bmp", "font/ttf", "font/otf");

  private ContentTypes() {
  }

  /**
   * The type of a file by its path ({@code icons/icon-192.png}). The app's {@code manifest.json}
   * is the one JSON file that is a web app manifest, and says so.
   */
  public static String of(String path) {
    if (path.equals("manifest.json")) {
      return MANIFEST;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return OCTET_STREAM;
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
  }

  /** Whether gzip is worth it for a type: text, and the few binary formats that are not packed. */
  public static boolean compressible(String contentType) {
    String bare = contentType.split(";", 2)[0].trim();
    return bare.startsWith("text/") || COMPRESSIBLE.contains(bare);
  }
}
