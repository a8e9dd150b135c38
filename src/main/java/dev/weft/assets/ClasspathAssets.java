package dev.weft.assets;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assets on the class path ({@code classpath:assets}, i.e. {@code src/main/resources/assets}
 * packed into the app's jar). Lookups read the class path on a worker thread. The class path does
 * not change while the JVM runs, so files up to {@link #MAX_CACHED_BYTES} are kept in memory after
 * their first use; larger ones are read again each time (keep big media in an assets directory on
 * disk, which is sent without being read into memory). Directories are never served.
 */
final class ClasspathAssets implements Assets {

  static final int MAX_CACHED_BYTES = 1024 * 1024;

  private final Vertx vertx;
  private final String root;
  private final ClassLoader loader;
  private final Map<String, StaticFile> cache = new ConcurrentHashMap<>();

  ClasspathAssets(Vertx vertx, String root, ClassLoader loader) {
    this.vertx = vertx;
    this.root = root;
    this.loader = loader != null ? loader : ClasspathAssets.class.getClassLoader();
  }

  @Override
  public Future<StaticFile> find(AssetPath path) {
    if (!path.servable()) {
      return Future.succeededFuture();
    }
    StaticFile cached = cache.get(path.value());
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return vertx.executeBlocking(() -> read(path.value()), false);
  }

  private StaticFile read(String path) throws IOException {
    URL url = loader.getResource(root + "/" + path);
    if (url == null || isDirectory(url)) {
      return null;
    }
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false); // or the JDK keeps the jar open and its old content after a rebuild
    byte[] bytes;
    try (InputStream in = connection.getInputStream()) {
      bytes = in.readAllBytes();
    }
    long lastModified = connection.getLastModified();
    StaticFile file = StaticFile.named(path, bytes, lastModified > 0 ? lastModified : System.currentTimeMillis());
    if (bytes.length <= MAX_CACHED_BYTES) {
      cache.put(path, file);
    }
    return file;
  }

  private static boolean isDirectory(URL url) throws IOException {
    switch (url.getProtocol()) {
      case "file":
        try {
          return !Files.isRegularFile(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return true;
        }
      case "jar":
        JarURLConnection jar = (JarURLConnection) url.openConnection();
        jar.setUseCaches(false);
        boolean directory = jar.getJarEntry() == null || jar.getJarEntry().isDirectory();
        jar.getJarFile().close();
        return directory;
      default:
        return false;
    }
  }
}
