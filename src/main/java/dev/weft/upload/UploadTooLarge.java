package dev.weft.upload;

/** A body that grew past the size its URL allows while it was streaming in. */
final class UploadTooLarge extends Exception {

  private static final long serialVersionUID = 1L;

  UploadTooLarge(long maxSize) {
    super("the upload is larger than the " + maxSize + " bytes its URL allows", null, false, false);
  }
}
