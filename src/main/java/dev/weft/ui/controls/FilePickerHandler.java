package dev.weft.ui.controls;

/**
 * A {@link FilePicker}'s handler of its result or upload events. Like any blocking event handler
 * it runs off the event loop and may block (read a stored file, write a database); what it changes
 * on the page is sent when it returns.
 *
 * @param <E> {@link FilePickerResultEvent} or {@link FilePickerUploadEvent}
 */
@FunctionalInterface
public interface FilePickerHandler<E> {

  void handle(E event) throws Exception;
}
