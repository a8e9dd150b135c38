package dev.weft.upload;

import java.util.List;

/**
 * Recognises a full disk (or an exhausted quota) in a failure, wherever it came from — a write to
 * the temporary file, its close, the folder or the link made to keep it — so the uploader is
 * told 507 Insufficient Storage, which is about the server's room and says retrying later may
 * work, rather than a bare 500. Java reports the errno only as the operating system's text
 * ({@code ENOSPC}: "No space left on device"; {@code EDQUOT}: "Disk quota exceeded"; Windows:
 * "There is not enough space on the disk"), so the text is what is matched, through the whole
 * chain of causes (Vert.x wraps the JDK's exception in its own).
 */
final class StorageFull {

  private static final List<String> MESSAGES = List.of("no space left on device",
      "disk quota exceeded", "not enough space on the disk");

  private StorageFull() {
  }

  /** Whether {@code failure} or one of its causes is a full disk. */
  static boolean is(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
      String message = t.getMessage();
      if (message != null) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (MESSAGES.stream().anyMatch(lower::contains)) {
          return true;
        }
      }
    }
    return false;
  }
}
