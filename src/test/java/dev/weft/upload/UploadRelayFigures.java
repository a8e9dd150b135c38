package dev.weft.upload;

/** The relay's chunk size and window, for measurements outside this package to print. */
public final class UploadRelayFigures {

  public static final int CHUNK = UploadRelay.CHUNK;
  public static final int WINDOW = UploadRelay.WINDOW;

  private UploadRelayFigures() {
  }
}
