package dev.weft.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Page#download} sends the browser: a file on the server's disk, bytes in memory, or
 * a stream opened when the browser asks for it. The bytes are streamed to the browser, never
 * copied whole into memory (but for {@link Bytes}, which already are).
 */
public sealed interface DownloadSource {

  /** A file on the server's disk, read when the browser asks for it. */
  record File(Path path) implements DownloadSource {
    public File {
      Objects.requireNonNull(path, "path");
    }
  }

  /** Bytes already in memory. */
  record Bytes(byte[] bytes) implements DownloadSource {
    public Bytes {
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** A stream opened (on a worker thread, it may block) when the browser asks for it, and closed after. */
  record Stream(Opener opener) implements DownloadSource {
    public Stream {
      Objects.requireNonNull(opener, "opener");
    }
  }

  /** Opens the stream of a {@link Stream} download; may block. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }
}
