package dev.weft.upload;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload body made up as it is read — pseudo-random bytes from a seed, any length, never held
 * or written anywhere — with its SHA-256 computed on the way, so a test can send a gigabyte and
 * compare the stored file's hash with what was sent. Not thread-safe: one reader.
 */
public final class GeneratedBody extends InputStream {

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private final long size;
  private final MessageDigest sha256;
  private long state;
  private long position;

  public GeneratedBody(long seed, long size) {
    this.size = size;
    this.state = seed * 0x9E3779B97F4A7C15L + 1;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many bytes were read so far. */
  public long position() {
    return position;
  }

  /** The SHA-256 of the whole body, in hex; only once it was read to the end. */
  public String sha256() {
    if (position != size) {
      throw new IllegalStateException("read " + position + " of " + size + " bytes");
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - position);
    int whole = n & ~7;
    for (int i = 0; i < whole; i += 8) {
      LONGS.set(into, offset + i, next());
    }
    if (whole < n) { // a read not a multiple of 8: part of a word (the bytes are what is hashed)
      long word = next();
      for (int i = whole; i < n; i++) {
        into[offset + i] = (byte) word;
        word >>>= 8;
      }
    }
    sha256.update(into, offset, n);
    position += n;
    return n;
  }

  private long next() {
    state ^= state << 13; // xorshift64
    state ^= state >>> 7;
    state ^= state << 17;
    return state;
  }

  /** The SHA-256 of a stored file, in hex, read in 1 MiB pieces. */
  public static String sha256Of(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (Exception e) {
      throw new IllegalStateException("cannot hash " + file, e);
    }
  }
}
