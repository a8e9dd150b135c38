package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.examples.Counter;
import dev.weft.ui.Page;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The counter with two deliberate leaks per session: 64 KiB of heap and one open file, never
 * given back. Only for checking the soak's own checks ({@code bench/reliability.sh soak --short
 * --leak} must fail); never mounted otherwise.
 */
public final class LeakyCounter implements App {

  private static final List<Object> HELD = new CopyOnWriteArrayList<>();
  /** One file for the whole process, opened again per session: the leak is descriptors, not disk. */
  private static final Path FILE = file();

  @Override
  public void main(Page page) throws Exception {
    HELD.add(new byte[64 * 1024]);
    HELD.add(FileChannel.open(FILE, StandardOpenOption.READ));
    new Counter().main(page);
  }

  private static Path file() {
    try {
      Path file = Files.createTempFile("weft-leak-", ".tmp");
      file.toFile().deleteOnExit(); // the soak kills the server: the file may stay; it is empty
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
