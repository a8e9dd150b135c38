package dev.weft.assets;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a whole directory of the class path into memory — from {@code target/classes} while
 * developing, from inside the jar in production — by walking it as a {@link Path}: the directory
 * itself, or the jar opened as a zip {@link FileSystem}. Blocking: call it off the event loop.
 */
final class ClasspathDirectory {

  /**
   * One file read.
   *
   * @param bytes its content
   * @param lastModified its time stamp, in epoch milliseconds
   */
  record Entry(byte[] bytes, long lastModified) {
  }

  private ClasspathDirectory() {
  }

  /**
   * Every file below {@code dir}, by path relative to it ({@code js/main.js}), sorted.
   *
   * @param anchor a file known to be directly in {@code dir} (class paths need not list
   *     directories, but always find files)
   */
  static Map<String, Entry> read(ClassLoader loader, String dir, String anchor) throws IOException {
    URL url = loader.getResource(dir + "/" + anchor);
    if (url == null) {
      throw new IOException(dir + "/" + anchor + " is not on the class path");
    }
    try {
      switch (url.getProtocol()) {
        case "file":
          return walk(Path.of(url.toURI()).getParent());
        case "jar":
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          Path jar = Path.of(connection.getJarFileURL().toURI());
          try (FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null)) {
            return walk(zip.getPath(dir));
          }
        default:
          throw new IOException("cannot list " + dir + " in " + url);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot list " + dir + " in " + url, e);
    }
  }

  private static Map<String, Entry> walk(Path root) throws IOException {
    Map<String, Entry> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isRegularFile(path)) {
          String relative = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
          files.put(relative, new Entry(Files.readAllBytes(path),
              Files.getLastModifiedTime(path).toMillis()));
        }
      }
    }
    return files;
  }
}
