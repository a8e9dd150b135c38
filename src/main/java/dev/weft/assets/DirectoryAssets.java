package dev.weft.assets;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assets in a directory on disk. Each lookup runs on a worker thread, since resolving a real path
 * and reading attributes block: it resolves the path's real location (following symlinks) and
 * serves it only if that is still inside the directory's own real location, so neither a crafted
 * path nor a symlink pointing elsewhere ever leaves it. Only regular files are served, never a
 * directory listing.
 *
 * <p>The directory may appear, change or disappear while Weft runs: nothing is read at start.
 * ETags are content hashes, computed once per file version (its size and modification time) and
 * remembered.
 */
final class DirectoryAssets implements Assets {

  /** At most this many files' hashes are remembered (an assets dir rarely holds more). */
  static final int MAX_REMEMBERED = 10_000;

  private final Vertx vertx;
  private final Path root;
  private final Map<Path, Version> hashes = new ConcurrentHashMap<>();

  /** A file version and its content hash. */
  private record Version(long length, long lastModified, String hash) {
  }

  DirectoryAssets(Vertx vertx, Path root) {
    this.vertx = vertx;
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Future<StaticFile> find(AssetPath path) {
    return vertx.executeBlocking(() -> lookUp(path), false);
  }

  /** The blocking part of {@link #find}. */
  StaticFile lookUp(AssetPath path) throws IOException {
    if (!path.servable()) {
      return null;
    }
    Path candidate = root;
    for (String segment : path.segments()) {
      candidate = candidate.resolve(segment);
    }
    candidate = candidate.normalize();
    if (!candidate.startsWith(root) || candidate.equals(root)) {
      return null;
    }
    try {
      Path realRoot = root.toRealPath();
      Path real = candidate.toRealPath();
      if (!real.startsWith(realRoot)) {
        return null; // a symlink pointing out of the assets
      }
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return null;
      }
      long length = attributes.size();
      long lastModified = attributes.lastModifiedTime().toMillis();
      return StaticFile.onDisk(path.value(), real, length, lastModified, hash(real, length, lastModified));
    } catch (FileSystemException e) {
      // missing, a file used as a directory (x.txt/y), a symlink loop, no permission: not found
      return null;
    }
  }

  private String hash(Path file, long length, long lastModified) throws IOException {
    Version known = hashes.get(file);
    if (known != null && known.length() == length && known.lastModified() == lastModified) {
      return known.hash();
    }
    String hash = ContentHash.of(file);
    if (hashes.size() >= MAX_REMEMBERED) {
      hashes.clear();
    }
    hashes.put(file, new Version(length, lastModified, hash));
    return hash;
  }
}
