package dev.weft.upload;

import dev.weft.secrets.Secrets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.CopyOptions;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The upload directory: {@code <dir>/<session>/<file>} for stored files, {@code <dir>/.tmp/} for
 * bodies still arriving. A body is written to a temporary file and put into place only once it
 * is complete, so a session's folder never holds half a file, and never over another file: a
 * second file of one name gets the next free {@code name (2).ext} ({@link #keep}). The temporary
 * file of an aborted upload is removed at once, and ones left behind (by a crash) by
 * {@link #removeStale}.
 *
 * <p>Every file operation goes through Vert.x's asynchronous file system: nothing here blocks an
 * event loop. Folders are created on the first upload, not before.
 */
public final class UploadStore {

  /** The folder of bodies still arriving, inside the upload directory. */
  public static final String TEMP_DIR = ".tmp";
  /**
   * A temporary file nobody here is writing and untouched for this long is left over: an upload
   * in progress writes to its file all the time.
   */
  public static final Duration STALE_AFTER = Duration.ofMinutes(15);

  /**
   * How many files of one name a session's folder may hold: {@code name}, {@code name (2)} …
   * {@code name (1000)}; one more is refused rather than searched for ever.
   */
  static final int MAX_COPIES = 1000;


  private final FileSystem fs;
  private final Opener opener;
  private final Path root;
  private final Path temp;
  /** Temporary files of uploads in progress in this process: never stale, removed on close. */
  private final Set<Path> active = ConcurrentHashMap.newKeySet();

  private UploadStore(Vertx vertx, Path root, Opener opener) {
    this.fs = vertx.fileSystem();
    this.root = root;
    this.temp = root.resolve(TEMP_DIR);
    this.opener = opener;
  }

  /** The store in {@code dir} (relative to the working directory, or absolute). */
  public static UploadStore create(Vertx vertx, Path dir) {
    return create(vertx, dir, (fs, path) -> fs.open(path.toString(),
        new OpenOptions().setCreateNew(true).setWrite(true)));
  }

  /** As {@link #create(Vertx, Path)}, opening temporary files with {@code opener}. */
  static UploadStore create(Vertx vertx, Path dir, Opener opener) {
    return new UploadStore(vertx, dir.toAbsolutePath().normalize(), opener);
  }

  /**
   * Creates a temporary file (which must not exist) and opens it for writing. A seam for tests:
   * one that writes to {@code /dev/full} gets a real "No space left on device" from the kernel
   * without filling a disk.
   */
  @FunctionalInterface
  interface Opener {
    Future<io.vertx.core.file.AsyncFile> open(FileSystem fs, Path path);
  }

  /** The upload directory. */
  public Path root() {
    return root;
  }

  /** Where a session's files go. */
  public Path folder(String session) {
    return inside(root.resolve(session));
  }

  /** A new temporary file for a body, open for writing. */
  Future<TempFile> openTemp() {
    Path path = temp.resolve(Secrets.base64url(16) + ".part");
    active.add(path);
    return fs.mkdirs(temp.toString())
        .compose(v -> opener.open(fs, path))
        .map(file -> new TempFile(path, file))
        .onFailure(t -> active.remove(path));
  }

  /**
   * Puts a complete body into its session's folder under its safe name — or, when a file of that
   * name is there already (an earlier upload, or one finishing at the same moment), under the
   * first free {@code name (2)}, {@code name (3)} …: an upload never replaces another silently.
   * Completes with the stored file's path; fails with {@link FileAlreadyExistsException} when all
   * {@value #MAX_COPIES} names are taken.
   */
  Future<Path> keep(Path tempFile, String session, String fileName) {
    Path folder = folder(session);
    String name = FileNames.safe(fileName);
    return fs.mkdirs(folder.toString())
        .compose(v -> claim(tempFile, folder, name, 1))
        .eventually(() -> discard(tempFile)); // the body's second name, if linked; gone if moved
  }

  /**
   * Gives the body the {@code n}th name, or the next free one. A hard link is atomic and fails
   * when the name exists, so two uploads of one name cannot both take it, and the file appears
   * complete at once. On a file system without hard links the name is reserved with an empty file
   * created exclusively, then the body moved over it (the folder shows the empty file for that
   * moment).
   */
  private Future<Path> claim(Path tempFile, Path folder, String name, int n) {
    if (n > MAX_COPIES) {
      return Future.failedFuture(new FileAlreadyExistsException(folder.resolve(name).toString(),
          null, MAX_COPIES + " files of this name are there already"));
    }
    Path target = inside(folder.resolve(FileNames.numbered(name, n)));
    return fs.link(target.toString(), tempFile.toString())
        .recover(t -> exists(t) ? Future.failedFuture(t) : reserveAndMove(tempFile, target))
        .map(v -> target)
        .recover(t -> exists(t) ? claim(tempFile, folder, name, n + 1) : Future.failedFuture(t));
  }

  private Future<Void> reserveAndMove(Path tempFile, Path target) {
    return fs.createFile(target.toString())
        .compose(v -> fs.move(tempFile.toString(), target.toString(),
                new CopyOptions().setReplaceExisting(true))
            .recover(t -> fs.delete(target.toString()).transform(x -> Future.failedFuture(t))));
  }

  private static boolean exists(Throwable t) {
    return t instanceof FileAlreadyExistsException || t.getCause() instanceof FileAlreadyExistsException;
  }

  /** Removes a file (a temporary one, or a stored one nobody claimed); missing is fine. */
  Future<Void> discard(Path file) {
    return fs.delete(file.toString())
        .recover(t -> t instanceof NoSuchFileException || t.getCause() instanceof NoSuchFileException
            ? Future.succeededFuture() : Future.failedFuture(t))
        .eventually(() -> {
          active.remove(file);
          return Future.succeededFuture();
        });
  }

  /**
   * Removes temporary files no upload of this process is writing and untouched for
   * {@code age}; completes with how many went. Several processes may share the directory: an
   * upload in progress elsewhere keeps touching its file, so it is never taken for stale.
   */
  public Future<Integer> removeStale(Duration age) {
    long before = System.currentTimeMillis() - age.toMillis();
    return fs.exists(temp.toString()).compose(exists -> {
      if (!exists) {
        return Future.succeededFuture(0);
      }
      return fs.readDir(temp.toString()).compose(names -> {
        List<Future<Boolean>> removals = new ArrayList<>();
        for (String name : names) {
          Path file = Path.of(name);
          if (!active.contains(file)) {
            removals.add(fs.props(name)
                .compose(props -> props.isRegularFile() && props.lastModifiedTime() < before
                    ? discard(file).map(true) : Future.succeededFuture(false))
                .otherwise(false)); // gone meanwhile, or not ours to remove: next time
          }
        }
        return Future.join(removals).map(all -> (int) removals.stream()
            .filter(f -> f.succeeded() && f.result()).count());
      });
    });
  }

  /** Removes the temporary files of every upload in progress here: for shutdown. */
  public Future<Void> removeActive() {
    List<Future<Void>> removals = active.stream().map(this::discard).toList();
    return Future.join(removals).mapEmpty();
  }

  /** Temporary files of uploads in progress in this process. */
  public int uploadsInProgress() {
    return active.size();
  }

  /** Refuses a path that would leave the upload directory (it cannot, with safe names: a guard). */
  private Path inside(Path path) {
    Path normal = path.normalize();
    if (!normal.startsWith(root) || normal.equals(root) || normal.startsWith(temp)) {
      throw new IllegalArgumentException("not a place for an upload: " + path);
    }
    return normal;
  }

  /** A temporary file being written. */
  record TempFile(Path path, io.vertx.core.file.AsyncFile file) {
  }
}
