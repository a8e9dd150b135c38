package dev.weft.ui.controls;

/**
 * Which files a {@link FilePicker}'s dialog offers (Flet's {@code FilePickerFileType}). The browser
 * takes it as a hint for its dialog ({@code <input accept>}): a user can still choose "All files",
 * so an app that cares checks what it receives.
 */
public enum FileType {
  /** Every file. */
  ANY(""),
  /** {@code image/*}. */
  IMAGE("image/*"),
  /** {@code video/*}. */
  VIDEO("video/*"),
  /** {@code audio/*}. */
  AUDIO("audio/*"),
  /** Images and videos: {@code image/*,video/*}. */
  MEDIA("image/*,video/*"),
  /** The {@link PickFilesOptions#allowedExtensions} only. */
  CUSTOM("");

  private final String accept;

  FileType(String accept) {
    this.accept = accept;
  }

  /** The {@code accept} attribute for this type, "" for none (the custom type adds extensions). */
  String accept() {
    return accept;
  }
}
