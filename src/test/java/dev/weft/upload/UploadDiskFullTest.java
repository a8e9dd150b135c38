package dev.weft.upload;

import static dev.weft.upload.EndpointHost.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.file.OpenOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full disk answers 507 {@code upload_storage_full} and leaves nothing behind — kept here or
 * relayed to another instance's home. Two real full disks, no mock of the failure:
 *
 * <ul>
 *   <li>a 2 MiB tmpfs mounted for the test (needs root, or CAP_SYS_ADMIN: a container or CI runner
 *       without it reports these tests as <b>skipped</b>, with the reason, never as passed);</li>
 *   <li>{@code /dev/full}, whose every write the kernel answers ENOSPC: the store's temporary file
 *       is created as usual, but its bytes are written to {@code /dev/full} (the store's
 *       {@link UploadStore.Opener} seam). Linux only; skipped, visibly, elsewhere.</li>
 * </ul>
 */
class UploadDiskFullTest {

  private static final long MIB = 1024 * 1024;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aFullTmpfsAnswers507AndTheSpaceComesBack(boolean relayed) throws Exception {
    Path disk = dir.resolve("disk");
    Files.createDirectories(disk);
    try (Tmpfs tmpfs = Tmpfs.mount(disk, "2m");
         EndpointHost host = new EndpointHost(disk.resolve("here"), disk.resolve("away"), 10 * MIB, null)) {
      String url = host.url(relayed, "s1", "big.bin", 10 * MIB);
      EndpointHost.Answer answer = host.put(url, 3 * MIB, false);
      assertThat(answer.status()).isEqualTo(507);
      assertThat(answer.error()).isEqualTo("upload_storage_full");
      assertThat(answer.body().getString("message")).contains("no room left");
      EndpointHost.eventually("the partial file is removed", () -> files(disk).isEmpty());
      assertThat(host.stored).isEmpty();
      assertThat(disk.resolve(relayed ? "away" : "here").resolve("s1")).doesNotExist();

      // the partial file's room is free again: a file that fits is stored whole
      EndpointHost.Answer fits = host.put(host.url(relayed, "s1", "fits.bin", 10 * MIB), MIB, false);
      assertThat(fits.status()).as(fits.body().encode()).isEqualTo(200);
      Path stored = host.root(relayed).resolve("s1").resolve("fits.bin");
      assertThat(Files.size(stored)).isEqualTo(MIB);
      assertThat(Files.readAllBytes(stored)[777_777]).isEqualTo(EndpointHost.byteAt(777_777));
    }
  }

  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void writesFailingWithEnospcAnswer507AndRemoveTheTemporaryFile(boolean relayed) {
    Path devFull = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.isWritable(devFull),
        "SKIPPED: no writable /dev/full on this system (Linux has one): ENOSPC cannot be produced");
    UploadStore.Opener toDevFull = (fs, path) -> fs.createFile(path.toString())
        .compose(v -> fs.open(devFull.toString(), new OpenOptions().setWrite(true).setCreate(false)));
    try (EndpointHost host = new EndpointHost(dir.resolve("here"), dir.resolve("away"), 10 * MIB, toDevFull)) {
      for (boolean chunked : new boolean[] {false, true}) {
        EndpointHost.Answer answer = host.put(host.url(relayed, "s1", "a.bin", 10 * MIB), 2 * MIB, chunked);
        assertThat(answer.status()).as("chunked: " + chunked).isEqualTo(507);
        assertThat(answer.error()).isEqualTo("upload_storage_full");
        EndpointHost.eventually("the temporary file is removed",
            () -> files(dir).isEmpty() && host.hereStore.uploadsInProgress() == 0
                && host.awayStore.uploadsInProgress() == 0 && host.awayHome.inProgress() == 0);
      }
      assertThat(host.stored).isEmpty();
    }
  }

  /** The texts the classifier knows are the ones this system's JDK really reports. */
  @Test
  void aRealEnospcIsRecognisedAndOtherFailuresAreNot() {
    Path devFull = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.isWritable(devFull), "SKIPPED: no writable /dev/full on this system");
    IOException enospc = null;
    try (FileChannel channel = FileChannel.open(devFull, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap("x".getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      enospc = e;
    }
    assertThat(enospc).as("a write to /dev/full fails").isNotNull();
    assertThat(StorageFull.is(enospc)).as(enospc.toString()).isTrue();
    assertThat(StorageFull.is(new io.vertx.core.file.FileSystemException(enospc))).isTrue();
    assertThat(StorageFull.is(new IOException("Permission denied"))).isFalse();
    assertThat(StorageFull.is(new IllegalStateException())).isFalse();
    assertThat(UploadAnswer.failed(enospc).status()).isEqualTo(507);
    assertThat(UploadAnswer.failed(new IOException("Input/output error")).status()).isEqualTo(500);
  }
}
