package dev.weft.ui.controls;

/**
 * A file the user picked in a {@link FilePicker}'s dialog: what the browser tells of it. The bytes
 * stay in the browser until {@link FilePicker#upload} sends them.
 *
 * @param name its name, without any folder (browsers never tell the path)
 * @param size its size in bytes
 */
public record FilePickerFile(String name, long size) {
}
