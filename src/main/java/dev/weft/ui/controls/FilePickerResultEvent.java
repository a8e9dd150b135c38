package dev.weft.ui.controls;

import java.util.List;

/**
 * What the user picked in a {@link FilePicker}'s dialog: the files, or none when the dialog was
 * cancelled (browsers that tell of a cancelled dialog — Chromium fires {@code cancel} on the input
 * — send an empty result; others send nothing).
 *
 * @param picker the picker
 * @param files the picked files, empty when cancelled
 */
public record FilePickerResultEvent(FilePicker picker, List<FilePickerFile> files) {

  public FilePickerResultEvent {
    files = List.copyOf(files);
  }

  /** Whether the user closed the dialog without picking anything. */
  public boolean cancelled() {
    return files.isEmpty();
  }
}
