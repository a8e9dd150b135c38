package dev.weft.assets;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

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

  private ClientBundle(Map<String, StaticFile> client, Map<String, StaticFile> webAppFiles,
                       String template, String hash, long loadedAt) {
    this.client = Map.copyOf(client);
    this.webAppFiles = Map.copyOf(webAppFiles);
    this.template = template;
    this.hash = hash;
    this.loadedAt = loadedAt;
  }

  /** Reads the bundle on a worker thread (it reads the class path, which may block). */
  public static Future<ClientBundle> load(Vertx vertx) {
    ClassLoader loader = ClientBundle.class.getClassLoader();
    return vertx.<ClientBundle>executeBlocking(() -> read(loader), false)
        .onFailure(t -> LOG.log(System.Logger.Level.ERROR,
            "cannot read the browser client from " + ROOT + "/ on the class path", t));
  }

  /** Reads the bundle from a class loader's {@code web/} (blocking). */
  public static ClientBundle read(ClassLoader loader) throws IOException {
    Map<String, ClasspathDirectory.Entry> files = ClasspathDirectory.read(loader, ROOT, TEMPLATE);
    Map<String, StaticFile> client = new HashMap<>();
    Map<String, StaticFile> webAppFiles = new HashMap<>();
    MessageDigest version = ContentHash.digest();
    String template = null;
    for (Map.Entry<String, ClasspathDirectory.Entry> file : files.entrySet()) { // sorted by path
      String path = file.getKey();
      byte[] bytes = file.getValue().bytes();
      StaticFile served = StaticFile.named(path, bytes, file.getValue().lastModified());
      if (path.equals(TEMPLATE)) {
        template = new String(bytes, StandardCharsets.UTF_8);
      } else if (WebAppFiles.isWebAppFile(path)) {
        webAppFiles.put(path, served);
      } else {
        client.put(path, served);
        version.update(path.getBytes(StandardCharsets.UTF_8));
        version.update((byte) 0);
        version.update(bytes);
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
