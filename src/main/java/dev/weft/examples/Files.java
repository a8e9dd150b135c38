package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.UploadedFile;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.FilePicker;
import dev.weft.ui.controls.FilePickerFile;
import dev.weft.ui.controls.FilePickerUploadEvent;
import dev.weft.ui.controls.FontWeight;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.PickFilesOptions;
import dev.weft.ui.controls.ProgressBar;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files in and out: "Pick files" uploads what the user picks at once, one row per file with its
 * size, a progress bar and, once stored, the SHA-256 the server computes from the stored file;
 * "Download sample" has the browser save a text file the server makes (FilesIT saves it).
 *
 * <p>Two handlers meet here: the picker's upload event says which stored name a row's file got,
 * and {@code page.onUpload} hashes the stored file. Either may come first, so each records what
 * it knows and shows the hash when the other has been. Handlers run concurrently (as in Flet),
 * so a row also ignores a progress report handled after its upload ended.
 */
public final class Files implements App {

  @Override
  public void main(Page page) {
    page.title("Files");
    Map<String, FileRow> rows = new ConcurrentHashMap<>();       // by picked name
    Map<String, FileRow> byStoredName = new ConcurrentHashMap<>();
    Map<String, Hash> hashes = new ConcurrentHashMap<>();        // by stored name

    FilePicker picker = new FilePicker();
    Column list = new Column().spacing(12).horizontalAlignment(CrossAxisAlignment.STRETCH).key("files");
    Text empty = new Text("No files yet. Pick a few: they upload at once.")
        .style(TextStyle.BODY_MEDIUM).color("onSurfaceVariant").key("empty");

    picker.onResult(e -> {
      if (e.cancelled()) {
        return;
      }
      rows.clear();
      list.controls().clear();
      for (FilePickerFile file : e.files()) {
        FileRow row = new FileRow(file, picker);
        rows.put(file.name(), row);
        list.controls().add(row.view);
      }
      empty.visible(false);
      picker.uploadAll(e.files());
    });
    picker.onUpload(e -> {
      FileRow row = rows.get(e.name());
      if (row == null) {
        return; // a row of an earlier pick
      }
      row.show(e);
      if (e.kind() == FilePickerUploadEvent.Kind.DONE) {
        byStoredName.put(e.storedName(), row);
        row.storedName = e.storedName();
        row.showHash(hashes.get(e.storedName()));
      }
    });
    page.onUpload(file -> {
      Hash hash = Hash.of(file);
      hashes.put(file.name(), hash);
      FileRow row = byStoredName.get(file.name());
      if (row != null && file.name().equals(row.storedName)) {
        row.showHash(hash);
      }
    });

    Button pick = new Button("Pick files", e -> picker.pickFiles(PickFilesOptions.create()
        .allowMultiple(true).dialogTitle("Files to upload")))
        .variant(ButtonVariant.FILLED).icon("upload").key("pick");
    Button download = new Button("Download sample", e -> e.page().download(
        sample(), "weft-sample.txt", "text/plain; charset=utf-8"))
        .variant(ButtonVariant.OUTLINED).icon("download").key("download");

    Column content = new Column(
        new Text("Files").style(TextStyle.HEADLINE_MEDIUM),
        new Text("Each file goes to a signed upload URL of its own and is streamed to disk; the "
            + "server then reads it back and shows its SHA-256.").style(TextStyle.BODY_MEDIUM)
            .color("onSurfaceVariant"),
        new Row(pick, download).spacing(12),
        empty,
        list,
        picker)
        .spacing(16).horizontalAlignment(CrossAxisAlignment.STRETCH).width(720);
    page.horizontalAlignment(CrossAxisAlignment.CENTER);
    page.add(content);
  }

  /** The sample file: a few lines made now, so each download differs. */
  private static byte[] sample() {
    return ("Weft sample file\n"
        + "Generated at " + Instant.now() + "\n"
        + "This text was made on the server and streamed to your browser through a signed URL.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** One file's card: name and size, a progress bar while it uploads, then its hash or error. */
  private static final class FileRow {

    final long started = System.nanoTime();
    final Container view;
    final ProgressBar bar;
    final Text status;
    final IconButton cancel;
    volatile String storedName;
    private boolean ended; // done, failed or cancelled: later progress reports are stale

    FileRow(FilePickerFile file, FilePicker picker) {
      bar = new ProgressBar(0.0).label("Upload of " + file.name()).key("progress:" + file.name());
      status = new Text("Waiting to upload").style(TextStyle.BODY_SMALL).color("onSurfaceVariant")
          .selectable(true).key("status:" + file.name());
      cancel = new IconButton("close", e -> picker.cancelUpload(file.name()))
          .tooltip("Cancel upload").key("cancel:" + file.name());
      view = new Container(new Column(
          new Row(
              new Text(file.name()).weight(FontWeight.BOLD).expand(1).key("name:" + file.name()),
              new Text(String.format(Locale.ROOT, "%,d bytes", file.size()))
                  .style(TextStyle.BODY_MEDIUM).color("onSurfaceVariant").key("size:" + file.name()),
              cancel),
          bar,
          status).spacing(8).horizontalAlignment(CrossAxisAlignment.STRETCH))
          .padding(16).borderRadius(12).bgcolor("surfaceContainer").key("file:" + file.name());
    }

    /**
     * Event handlers run concurrently, so a progress report may be handled after the upload's end:
     * once ended, a row ignores progress, and the bar only moves forward.
     */
    synchronized void show(FilePickerUploadEvent e) {
      switch (e.kind()) {
        case PROGRESS -> {
          if (ended || (bar.value() != null && e.progress() < bar.value())) {
            return;
          }
          bar.value(e.progress());
          status.value("Uploading… " + Math.round(e.progress() * 100) + " %");
        }
        case DONE -> {
          ended = true;
          bar.value(1.0).visible(false); // the bar is for while it uploads
          cancel.visible(false);
          if (status.value().startsWith("Uploading") || status.value().startsWith("Waiting")) {
            status.value("Stored; computing SHA-256…");
          }
        }
        case ERROR -> finish("Error" + (e.status() > 0 ? " " + e.status() : "") + ": " + e.error(), "error");
        case CANCELLED -> finish("Cancelled: nothing was kept", "onSurfaceVariant");
      }
    }

    synchronized void showHash(Hash hash) {
      if (hash != null && hash.at() >= started) {
        status.value("SHA-256 " + hash.hex()).color("onSurface");
      }
    }

    private void finish(String message, String color) {
      ended = true;
      bar.visible(false);
      cancel.visible(false);
      status.value(message).color(color);
    }
  }

  /** A stored file's SHA-256, and when hashing began (a later pick of the same name is newer). */
  private record Hash(String hex, long at) {

    static Hash of(UploadedFile file) throws Exception {
      long at = System.nanoTime();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = java.nio.file.Files.newInputStream(file.path())) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
      return new Hash(HexFormat.of().formatHex(digest.digest()), at);
    }
  }
}
