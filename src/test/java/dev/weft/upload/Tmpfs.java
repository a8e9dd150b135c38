package dev.weft.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for a test: a real disk that fills up. Mounting needs root (or
 * CAP_SYS_ADMIN); where it is not allowed the test is aborted — reported as skipped, with the
 * reason — never passed.
 */
public final class Tmpfs implements AutoCloseable {

  private final Path at;

  private Tmpfs(Path at) {
    this.at = at;
  }

  /** Mounts a tmpfs of {@code size} ({@code 2m}) at the existing, empty directory {@code at}. */
  public static Tmpfs mount(Path at, String size) throws InterruptedException {
    String why;
    try {
      Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs",
          at.toString()).redirectErrorStream(true).start();
      boolean exited = mount.waitFor(10, TimeUnit.SECONDS);
      String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (exited && mount.exitValue() == 0) {
        return new Tmpfs(at);
      }
      why = exited ? "mount exited " + mount.exitValue() + ": " + output : "mount hung";
    } catch (IOException e) {
      why = "no mount command: " + e.getMessage();
    }
    Assumptions.abort("SKIPPED: cannot mount a tmpfs here (root or CAP_SYS_ADMIN is needed), so a"
        + " real full disk cannot be made; the /dev/full tests (UploadDiskFullTest) still run. " + why);
    return null; // not reached
  }

  /** Unmounts; what was written there is gone. */
  @Override
  public void close() throws IOException, InterruptedException {
    Process umount = new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start();
    if (!umount.waitFor(10, TimeUnit.SECONDS) || umount.exitValue() != 0) {
      throw new IllegalStateException("cannot unmount the tmpfs at " + at + ": "
          + new String(umount.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
