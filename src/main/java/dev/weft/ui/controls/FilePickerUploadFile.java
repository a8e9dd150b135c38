package dev.weft.ui.controls;

/**
 * One picked file to upload, and the most bytes its upload URL allows (Flet's
 * {@code FilePickerUploadFile}, where Weft makes the URL itself).
 *
 * @param name the name of a file of the picker's last result
 * @param maxSize the largest upload in bytes, at most {@code upload.maxSize}; negative for
 *     {@code upload.maxSize} itself
 */
public record FilePickerUploadFile(String name, long maxSize) {

  public FilePickerUploadFile {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an upload needs the name of a picked file");
    }
  }

  /** {@code file}, limited by {@code upload.maxSize}. */
  public static FilePickerUploadFile of(FilePickerFile file) {
    return new FilePickerUploadFile(file.name(), -1);
  }

  /** {@code file}, allowing at most {@code maxSize} bytes. */
  public static FilePickerUploadFile of(FilePickerFile file, long maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("an upload's size limit cannot be negative: " + maxSize);
    }
    return new FilePickerUploadFile(file.name(), maxSize);
  }
}
