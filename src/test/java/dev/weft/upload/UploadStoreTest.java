package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload directory's rules, below the endpoint: where files may go, and what is stale. */
class UploadStoreTest {

  @TempDir
  Path dir;
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    await(vertx.close());
  }

  @Test
  void aStoredFileLandsInItsSessionsFolderUnderASafeNameWhateverItIsCalled() throws Exception {
    UploadStore store = UploadStore.create(vertx, dir);
    UploadStore.TempFile temp = await(store.openTemp());
    await(temp.file().write(io.vertx.core.buffer.Buffer.buffer("data")).compose(v -> temp.file().close()));
    assertThat(store.uploadsInProgress()).isEqualTo(1);
    Path kept = await(store.keep(temp.path(), "session", "../../../outside.txt"));
    assertThat(kept).isEqualTo(dir.resolve("session").resolve("outside.txt"));
    assertThat(kept).hasContent("data");
    assertThat(store.uploadsInProgress()).isZero();
    assertThat(dir.resolve(UploadStore.TEMP_DIR)).isEmptyDirectory();
  }

  @Test
  void aSecondFileOfOneNameIsNumberedAndReplacesNothing() throws Exception {
    UploadStore store = UploadStore.create(vertx, dir);
    Path first = await(store.keep(written(store, "one"), "s", "report.pdf"));
    Path second = await(store.keep(written(store, "two"), "s", "report.pdf"));
    Path third = await(store.keep(written(store, "three"), "s", "../report.pdf"));
    assertThat(first).hasFileName("report.pdf").hasContent("one");
    assertThat(second).hasFileName("report (2).pdf").hasContent("two");
    assertThat(third).hasFileName("report (3).pdf").hasContent("three");
    assertThat(dir.resolve(UploadStore.TEMP_DIR)).isEmptyDirectory();
    assertThat(store.uploadsInProgress()).isZero();
  }

  @Test
  void whenEveryNumberedNameIsTakenTheUploadIsRefusedWith409AndRemoved() throws Exception {
    UploadStore store = UploadStore.create(vertx, dir);
    Path folder = Files.createDirectories(dir.resolve("s"));
    for (int n = 1; n <= UploadStore.MAX_COPIES; n++) {
      Files.createFile(folder.resolve(FileNames.numbered("a.txt", n)));
    }
    UploadKeeper keeper = new UploadKeeper(store, upload -> Future.succeededFuture());
    UploadAnswer answer = await(keeper.keep(written(store, "x"), new UploadGrant("/", "s", "a.txt", 10, 0), 1));
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.body().getString("error")).isEqualTo("upload_name_taken");
    assertThat(dir.resolve(UploadStore.TEMP_DIR)).isEmptyDirectory();
    try (var files = Files.list(folder)) {
      assertThat(files.count()).isEqualTo(UploadStore.MAX_COPIES);
    }
  }

  /** A complete temporary file holding {@code content}. */
  private static Path written(UploadStore store, String content) {
    UploadStore.TempFile temp = await(store.openTemp());
    await(temp.file().write(io.vertx.core.buffer.Buffer.buffer(content)).compose(v -> temp.file().close()));
    return temp.path();
  }

  @Test
  void aSessionFolderIsOneSegmentInsideTheDirectoryAndNeverTheTempFolder() {
    UploadStore store = UploadStore.create(vertx, dir);
    assertThatThrownBy(() -> store.folder("..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.folder(UploadStore.TEMP_DIR)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.folder("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.folder("abc")).isEqualTo(dir.resolve("abc"));
  }

  @Test
  void onlyUntouchedTempFilesNobodyHereWritesAreStale() throws Exception {
    UploadStore store = UploadStore.create(vertx, dir);
    UploadStore.TempFile ours = await(store.openTemp()); // in progress here, however old
    Files.setLastModifiedTime(ours.path(), FileTime.from(Instant.now().minus(Duration.ofDays(1))));
    Path leftOver = Files.writeString(dir.resolve(UploadStore.TEMP_DIR).resolve("crash.part"), "x");
    Files.setLastModifiedTime(leftOver, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path elsewhere = Files.writeString(dir.resolve(UploadStore.TEMP_DIR).resolve("busy.part"), "x");

    assertThat(await(store.removeStale(UploadStore.STALE_AFTER))).isEqualTo(1);
    assertThat(leftOver).doesNotExist();
    assertThat(elsewhere).as("recently written, maybe by another instance").exists();
    assertThat(ours.path()).exists();

    await(ours.file().close());
    await(store.removeActive());
    assertThat(ours.path()).as("removed on shutdown").doesNotExist();
  }

  @Test
  void aMissingDirectoryHasNothingStaleAndIsNotCreated() {
    UploadStore store = UploadStore.create(vertx, dir.resolve("not-yet"));
    assertThat(await(store.removeStale(Duration.ZERO))).isZero();
    assertThat(dir.resolve("not-yet")).doesNotExist();
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
