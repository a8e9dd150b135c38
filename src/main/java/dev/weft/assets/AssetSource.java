package dev.weft.assets;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an app's assets come from: a directory on disk, or a directory on the class path
 * ({@code classpath:assets}, i.e. {@code src/main/resources/assets} in a Maven project).
 *
 * <p>The default, {@code assets}, falls back to {@code classpath:assets} when no such directory
 * exists, so an app keeps its assets in its jar without configuring anything. A missing directory
 * is fine (the built-in files serve); a path that names a file is refused at start.
 *
 * @param directory the directory on disk (absolute), or null for the class path
 * @param classpathRoot the class path directory (no leading or trailing slash), or null
 */
public record AssetSource(Path directory, String classpathRoot) {

  public static final String CLASSPATH_PREFIX = "classpath:";

  /**
   * Resolves a configured assets setting against the working directory.
   *
   * @throws IllegalArgumentException when the path names a file rather than a directory
   */
  public static AssetSource resolve(String setting, boolean isDefault) {
    if (setting.startsWith(CLASSPATH_PREFIX)) {
      return classpath(setting.substring(CLASSPATH_PREFIX.length()));
    }
    Path dir = Path.of(setting).toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("the assets directory " + dir + " is a file, not a directory");
    }
    if (!Files.exists(dir) && isDefault) {
      return classpath(setting);
    }
    return new AssetSource(dir, null);
  }

  private static AssetSource classpath(String root) {
    String trimmed = root.replaceAll("^/+|/+$", "");
    if (trimmed.isEmpty() || trimmed.contains("..")) {
      throw new IllegalArgumentException("classpath assets need a directory name, like classpath:assets");
    }
    return new AssetSource(null, trimmed);
  }

  public boolean onClasspath() {
    return directory == null;
  }

  @Override
  public String toString() {
    return onClasspath() ? CLASSPATH_PREFIX + classpathRoot : directory.toString();
  }
}
