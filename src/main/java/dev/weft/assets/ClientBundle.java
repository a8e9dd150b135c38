package dev.weft.assets;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The browser client as shipped in Weft's jar ({@code web/} on the class path), read once at
 * start into memory and split three ways:
 *
 * <ul>
 *   <li>the <b>client</b> — {@code js/**} and {@code weft.css}: served under
 *       {@code <mount>_weft/<hash>/}, where {@link #hash()} fingerprints them all, so a URL names
 *       one exact version and browsers may cache it for a year. The client stays a no-build set of
 *       ES modules: their imports are relative, so they resolve under the same prefix;</li>
 *   <li>the <b>web app files</b> — {@code favicon.png} and {@code icons/**}: served at the app's
 *       root as defaults that a file of the same name in the app's assets replaces;</li>
 *   <li>the <b>index template</b>, {@code index.html}, which {@link IndexPage} renders per app.</li>
 * </ul>
 */
public final class ClientBundle {

  private static final System.Logger LOG = System.getLogger(ClientBundle.class.getName());

  /** Where the client lives on the class path. */
  public static final String ROOT = "web";
  static final String TEMPLATE = "index.html";

  private final Map<String, StaticFile> client;
  private final Map<String, StaticFile> webAppFiles;
  private final String template;
  private final String hash;
  private final long loadedAt;

  /** The read {@link #preload()} started, or null. */
  private static volatile CompletableFuture<ClientBundle> preloaded;

  private ClientBundle(Map<String, StaticFile> client, Map<String, StaticFile> webAppFiles,
                       String template, String hash, long loadedAt) {
    this.client = Map.copyOf(client);
    this.webAppFiles = Map.copyOf(webAppFiles);
    this.template = template;
    this.hash = hash;
    this.loadedAt = loadedAt;
  }

  /**
   * The client of Weft's own class loader, read on a worker thread (it reads the class path, which
   * may block) — or the read {@link #preload()} started, when there was one.
   */
  public static Future<ClientBundle> load(Vertx vertx) {
    ClassLoader loader = ClientBundle.class.getClassLoader();
    CompletableFuture<ClientBundle> early = preloaded;
    Future<ClientBundle> read = early != null
        ? Future.fromCompletionStage(early, vertx.getOrCreateContext())
        : vertx.executeBlocking(() -> read(loader), false);
    return read.onFailure(t -> LOG.log(System.Logger.Level.ERROR,
        "cannot read the browser client from " + ROOT + "/ on the class path", t));
  }

  /**
   * Starts reading the client of Weft's own class loader now, on a thread of its own, for every
   * later {@link #load}: the launcher calls it first thing, so the read (≈ 100 ms of CPU on a cold
   * JVM: inflating and fingerprinting 1.5 MB) runs beside Vert.x's start instead of after it,
   * between the router being built and the first page, which needs the fingerprint. The one
   * shared read is safe: the bundle is immutable and the class path's {@code web/} the same for
   * every Weft instance of the JVM. Idempotent.
   */
  public static synchronized void preload() {
    if (preloaded != null) {
      return;
    }
    CompletableFuture<ClientBundle> reading = new CompletableFuture<>();
    ClassLoader loader = ClientBundle.class.getClassLoader();
    Thread thread = new Thread(() -> {
      try {
        reading.complete(read(loader));
      } catch (Throwable t) {
        reading.completeExceptionally(t);
      }
    }, "weft-client-preload");
    thread.setDaemon(true);
    thread.start();
    preloaded = reading;
  }

  /**
   * Reads the bundle from a class loader's {@code web/} (blocking). Each file is fingerprinted
   * once, for its ETag, and the client's version is the fingerprint of those fingerprints with
   * their paths — not a second pass over every byte.
   */
  public static ClientBundle read(ClassLoader loader) throws IOException {
    Map<String, ClasspathDirectory.Entry> files = ClasspathDirectory.read(loader, ROOT, TEMPLATE);
    Map<String, StaticFile> client = new HashMap<>();
    Map<String, StaticFile> webAppFiles = new HashMap<>();
    MessageDigest version = ContentHash.digest();
    String template = null;
    for (Map.Entry<String, ClasspathDirectory.Entry> file : files.entrySet()) { // sorted by path
      String path = file.getKey();
      byte[] bytes = file.getValue().bytes();
      if (path.equals(TEMPLATE)) {
        template = new String(bytes, StandardCharsets.UTF_8);
        continue;
      }
      String hash = ContentHash.of(bytes);
      StaticFile served = StaticFile.hashed(path, bytes, file.getValue().lastModified(), hash);
      if (WebAppFiles.isWebAppFile(path)) {
        webAppFiles.put(path, served);
      } else {
        client.put(path, served);
        version.update(path.getBytes(StandardCharsets.UTF_8));
        version.update((byte) 0);
        version.update(hash.getBytes(StandardCharsets.US_ASCII));
        version.update((byte) 0);
      }
    }
    if (template == null) {
      throw new IOException(ROOT + "/" + TEMPLATE + " is missing");
    }
    return new ClientBundle(client, webAppFiles, template, ContentHash.finish(version),
        System.currentTimeMillis());
  }

  /** The fingerprint of the client's files: the version in its URL prefix. */
  public String hash() {
    return hash;
  }

  /** The URL prefix of the client below an app's base: {@code _weft/<hash>/}. */
  public String prefix() {
    return WebAppFiles.CLIENT_DIR + "/" + hash + "/";
  }

  /** A file of the client by its path below the prefix ({@code js/main.js}), or null. */
  public StaticFile client(String path) {
    return client.get(path);
  }

  /** A bundled default web app file ({@code favicon.png}, {@code icons/icon-192.png}), or null. */
  public StaticFile webAppFile(String path) {
    return webAppFiles.get(path);
  }

  /** The index page's template. */
  public String template() {
    return template;
  }

  /** When the bundle was read: the Last-Modified of pages rendered from it. */
  public long loadedAt() {
    return loadedAt;
  }
}
