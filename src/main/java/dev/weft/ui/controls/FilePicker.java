package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Picks files in the browser and uploads them (Flet's {@code FilePicker}): {@link #pickFiles}
 * opens the browser's file dialog, {@link #onResult} hears what the user picked,
 * {@link #upload} sends the picked files, each to a signed upload URL of its own, and
 * {@link #onUpload} hears their progress, completion and errors. Stored files reach
 * {@code page.onUpload} as any upload does.
 *
 * <p>A non-visual control: add it to the page anywhere ({@code page.add(picker)}); it takes no
 * space. Browsers open a file dialog only in answer to a user's gesture, so call
 * {@link #pickFiles} from a click handler, and promptly: Chromium lets a page open the dialog for
 * about 5 seconds after the click (its "transient user activation"); later, the browser does
 * nothing.
 *
 * <p>Thread-safe, like every control.
 */
public final class FilePicker extends Control<FilePicker> {

  /** The event of a pick: data, the picked files ({@code [{"name", "size"}]}), [] when cancelled. */
  public static final String RESULT = "result";
  /** The event of an upload's progress, end or failure: see {@link FilePickerUploadEvent}. */
  public static final String UPLOAD = "upload";

  private final ReentrantLock commandLock = new ReentrantLock(); // not synchronized: virtual threads
  private final List<Map<String, Object>> commands = new ArrayList<>();
  private long lastCommand;
  private volatile List<FilePickerFile> picked = List.of();

  public FilePicker() {
  }

  @Override
  protected String type() {
    return "filePicker";
  }

  /** Opens the browser's dialog for one file of any type. */
  public FilePicker pickFiles() {
    return pickFiles(PickFilesOptions.create());
  }

  /**
   * Opens the browser's file dialog; {@link #onResult} hears what the user picked. Sent with the
   * next update (at the latest when the handler returns).
   *
   * @throws IllegalArgumentException for options that contradict each other
   * @throws IllegalStateException when the picker is not on a page
   */
  public FilePicker pickFiles(PickFilesOptions options) {
    Map<String, Object> pick = new LinkedHashMap<>();
    pick.put("op", "pick");
    pick.put("multiple", options.allowMultiple());
    pick.put("accept", options.accept());
    return command(pick, true);
  }

  /** The files of the last result: what {@link #upload} can send; empty before any. */
  public List<FilePickerFile> pickedFiles() {
    return picked;
  }

  /** Uploads every file of {@code files}, each limited by {@code upload.maxSize}. */
  public FilePicker uploadAll(List<FilePickerFile> files) {
    return upload(files.stream().map(FilePickerUploadFile::of).toList());
  }

  /**
   * Has the browser upload picked files, all at once, each with a signed URL of its own
   * ({@code page.uploadUrl}) allowing its {@link FilePickerUploadFile#maxSize()}; {@link #onUpload}
   * hears how each goes.
   *
   * @throws IllegalArgumentException for a name that is not in the last result
   * @throws IllegalStateException when the picker is not on a page
   * @throws UnsupportedOperationException when the server takes no uploads
   */
  public FilePicker upload(List<FilePickerUploadFile> files) {
    Page page = requirePage();
    List<FilePickerFile> known = picked;
    List<Map<String, Object>> uploads = new ArrayList<>();
    for (FilePickerUploadFile file : files) {
      if (known.stream().noneMatch(f -> f.name().equals(file.name()))) {
        throw new IllegalArgumentException(file.name() + " is not among the picked files " + names(known));
      }
      String url = file.maxSize() < 0 ? page.uploadUrl(file.name())
          : page.uploadUrl(file.name(), file.maxSize(), null);
      uploads.add(Map.of("op", "upload", "name", file.name(), "url", url));
    }
    for (Map<String, Object> upload : uploads) {
      command(new LinkedHashMap<>(upload), false);
    }
    return this;
  }

  /**
   * Stops the upload of a picked file: the browser aborts it, the server removes what arrived,
   * and {@link #onUpload} hears {@link FilePickerUploadEvent.Kind#CANCELLED}. Nothing happens for
   * an upload that is over or was never started.
   */
  public FilePicker cancelUpload(String fileName) {
    if (fileName == null || fileName.isEmpty()) {
      throw new IllegalArgumentException("cancelUpload needs the name of a picked file");
    }
    Map<String, Object> cancel = new LinkedHashMap<>();
    cancel.put("op", "cancel");
    cancel.put("name", fileName);
    return command(cancel, false);
  }

  /** Runs when the user picked files or cancelled the dialog. */
  public FilePicker onResult(FilePickerHandler<FilePickerResultEvent> handler) {
    return on(RESULT, handler == null ? null
        : e -> handler.handle(new FilePickerResultEvent(this, FilePickerEvents.files(e.data()))));
  }

  /** Runs for every progress report, completion, error and cancellation of an upload. */
  public FilePicker onUpload(FilePickerHandler<FilePickerUploadEvent> handler) {
    return on(UPLOAD, handler == null ? null : e -> handler.handle(FilePickerEvents.upload(this, e.data())));
  }

  // ------------------------------------------------------------------ client values

  /** The result is always sent, so {@link #upload} knows the picked files without a handler. */
  @Override
  protected boolean acceptsUnhandled(String event) {
    return RESULT.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    try {
      if (RESULT.equals(event)) {
        picked = FilePickerEvents.files(data);
      } else if (UPLOAD.equals(event)) {
        FilePickerEvents.upload(this, data);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  // ------------------------------------------------------------------ commands

  /**
   * Queues a command for the browser in the {@code commands} property: the browser carries out
   * those numbered above the last it did, and only those arriving in an update (a page rendered
   * afresh does not pick or upload again). A pick starts a new list: what came before it is done
   * or no longer matters.
   */
  private FilePicker command(Map<String, Object> command, boolean restart) {
    Page page = requirePage();
    // Sends what is pending first: a picker added in this same handler must reach the browser
    // before its command, or the command would arrive as part of a fresh control and be skipped.
    page.update();
    commandLock.lock();
    try {
      if (restart) {
        commands.clear();
      }
      command.put("n", ++lastCommand);
      commands.add(Map.copyOf(command));
      set("commands", List.copyOf(commands));
    } finally {
      commandLock.unlock();
    }
    return this;
  }

  private Page requirePage() {
    Page page = page();
    if (page == null) {
      throw new IllegalStateException("add the FilePicker to the page first");
    }
    return page;
  }

  private static List<String> names(List<FilePickerFile> files) {
    return files.stream().map(FilePickerFile::name).toList();
  }
}
