package dev.weft.ui.controls;

/**
 * How one of a {@link FilePicker}'s uploads goes: progress, then done, an error or cancelled.
 *
 * <p>The browser sends progress when the upload has advanced 5 % or 250 ms have passed since the
 * last report, whichever comes first, and never when nothing moved: a fast upload reports about 20
 * times, a slow one 4 times a second.
 *
 * @param picker the picker
 * @param name the picked file's name, as in its {@link FilePickerFile}
 * @param kind what happened
 * @param progress the share sent, 0 to 1 (1 when done)
 * @param storedName when done: the name the server stored the file under (made safe, see
 *     {@code page.onUpload}); else null
 * @param status for an error: the HTTP status (413 when the file is over its limit), or 0 when no
 *     answer came (the network failed); else 0
 * @param error for an error: the server's message, or why there was none; else null
 */
public record FilePickerUploadEvent(FilePicker picker, String name, Kind kind, double progress,
                                    String storedName, int status, String error) {

  /** What happened to an upload. */
  public enum Kind {
    /** Part of the file was sent: see {@link #progress()}. */
    PROGRESS,
    /** The server stored the whole file; {@code page.onUpload} handlers hear of it too. */
    DONE,
    /** The server refused the file or the upload failed: nothing is kept. */
    ERROR,
    /** {@link FilePicker#cancelUpload} stopped it: nothing is kept. */
    CANCELLED
  }

  /** Whether the upload is over (done, failed or cancelled). */
  public boolean finished() {
    return kind != Kind.PROGRESS;
  }
}
