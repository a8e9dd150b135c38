package dev.weft.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Short fingerprints of file contents: the ETags of served files and the version in the client's
 * URL prefix. SHA-256 cut to 96 bits: plenty to tell versions of one file apart, and short in
 * headers and URLs.
 */
final class ContentHash {

  private static final int BYTES = 12;

  private ContentHash() {
  }

  /** A fresh digest to feed several inputs into (see {@link #finish}). */
  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The fingerprint of what a digest has seen, URL- and header-safe (base64url, 16 chars). */
  static String finish(MessageDigest digest) {
    byte[] full = digest.digest();
    byte[] cut = new byte[BYTES];
    System.arraycopy(full, 0, cut, 0, BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(cut);
  }

  static String of(byte[] bytes) {
    MessageDigest digest = digest();
    digest.update(bytes);
    return finish(digest);
  }

  /** The fingerprint of a file, read in chunks (blocking: call it off the event loop). */
  static String of(Path file) throws IOException {
    MessageDigest digest = digest();
    byte[] chunk = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        digest.update(chunk, 0, n);
      }
    }
    return finish(digest);
  }

  /** A strong ETag for a fingerprint. */
  static String etag(String hash) {
    return "\"" + hash + "\"";
  }
}
