package dev.weft.assets;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads a whole directory of the class path into memory — from {@code target/classes} while
 * developing, from inside the jar in production. Blocking: call it off the event loop.
 *
 * <p>A jar is read as a {@link JarFile}, not walked as a zip {@link java.nio.file.FileSystem}: a
 * {@code JarFile} of a jar the class loader already has open shares its central directory, while
 * a zip file system parses the whole of it again and builds a node per entry — for app-fat.jar's
 * 18,000 entries, a large share of the time the client took to read at start.
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
          return readJar(Path.of(connection.getJarFileURL().toURI()), dir + "/");
        default:
          throw new IOException("cannot list " + dir + " in " + url);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot list " + dir + " in " + url, e);
    }
  }

  private static Map<String, Entry> readJar(Path file, String prefix) throws IOException {
    Map<String, Entry> files = new TreeMap<>();
    try (JarFile jar = new JarFile(file.toFile())) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!entry.isDirectory() && name.startsWith(prefix) && name.length() > prefix.length()) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(name.substring(prefix.length()), new Entry(in.readAllBytes(), entry.getTime()));
          }
        }
      }
    }
    return files;
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
