package dev.weft.upload;

import java.time.Duration;

/** A body that brought too little for too long ({@link UploadPace}). */
final class UploadTimeout extends Exception {

  private static final long serialVersionUID = 1L;

  UploadTimeout(Duration window) {
    super("the upload brought less than " + UploadPace.MIN_BYTES + " bytes in "
        + window.toSeconds() + " s", null, false, false);
  }
}
