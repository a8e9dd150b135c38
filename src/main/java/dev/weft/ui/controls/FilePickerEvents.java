package dev.weft.ui.controls;

import dev.weft.protocol.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link FilePicker}'s events from the browser's data, refusing anything else with an
 * {@link IllegalArgumentException} whose message the browser gets back as a protocol error. The
 * data is a JSON document in a string (as Flet sends its file picker's events): the protocol keeps
 * event data to scalars, and only this control needs more.
 */
final class FilePickerEvents {

  /** More files than anyone picks in one dialog: a bound on what one event may carry. */
  static final int MAX_FILES = 10_000;

  private FilePickerEvents() {
  }

  /** A result's files: {@code [{"name": string, "size": integer ≥ 0}, …]}. */
  static List<FilePickerFile> files(Object data) {
    if (!(json(data, "result") instanceof List<?> list)) {
      throw new IllegalArgumentException("the data of result on a file picker must be a list of files");
    }
    if (list.size() > MAX_FILES) {
      throw new IllegalArgumentException("a result of more than " + MAX_FILES + " files");
    }
    List<FilePickerFile> files = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> file)) {
        throw new IllegalArgumentException("a picked file must be an object with name and size");
      }
      files.add(new FilePickerFile(name(file.get("name")), size(file.get("size"))));
    }
    return List.copyOf(files);
  }

  /**
   * An upload event: {@code {"name", "kind": "progress"|"done"|"error"|"cancelled", "progress":
   * 0..1, "file"?: stored name, "status"?: HTTP status, "error"?: message}}.
   */
  static FilePickerUploadEvent upload(FilePicker picker, Object data) {
    if (!(json(data, "upload") instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the data of upload on a file picker must be an object");
    }
    String name = name(map.get("name"));
    FilePickerUploadEvent.Kind kind = kind(map.get("kind"));
    Object progress = map.get("progress");
    if (!(progress instanceof Number p) || !(p.doubleValue() >= 0 && p.doubleValue() <= 1)) {
      throw new IllegalArgumentException("an upload's progress must be a number from 0 to 1, not " + progress);
    }
    String stored = optionalText(map.get("file"), "file");
    if (kind == FilePickerUploadEvent.Kind.DONE && stored == null) {
      throw new IllegalArgumentException("a finished upload must name the stored file");
    }
    Object status = map.get("status");
    int httpStatus = 0;
    if (status != null) {
      if (!(status instanceof Integer || status instanceof Long) || ((Number) status).longValue() < 0
          || ((Number) status).longValue() > 599) {
        throw new IllegalArgumentException("an upload's status must be an HTTP status, not " + status);
      }
      httpStatus = ((Number) status).intValue();
    }
    String error = optionalText(map.get("error"), "error");
    if (kind == FilePickerUploadEvent.Kind.ERROR && error == null) {
      throw new IllegalArgumentException("a failed upload must say why (error)");
    }
    return new FilePickerUploadEvent(picker, name, kind,
        kind == FilePickerUploadEvent.Kind.DONE ? 1.0 : p.doubleValue(),
        kind == FilePickerUploadEvent.Kind.DONE ? stored : null, httpStatus,
        kind == FilePickerUploadEvent.Kind.ERROR ? error : null);
  }

  /** The JSON document in an event's data. */
  private static Object json(Object data, String event) {
    if (!(data instanceof String text)) {
      throw new IllegalArgumentException("the data of " + event + " on a file picker must be a JSON string");
    }
    try {
      return Json.readStrict(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("the data of " + event + " on a file picker is not JSON: "
          + e.getMessage());
    }
  }

  private static String name(Object value) {
    if (!(value instanceof String name) || name.isEmpty()) {
      throw new IllegalArgumentException("a file's name must be a non-empty string");
    }
    return name;
  }

  private static long size(Object value) {
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0) {
      throw new IllegalArgumentException("a file's size must be a whole number of bytes, not " + value);
    }
    return ((Number) value).longValue();
  }

  private static FilePickerUploadEvent.Kind kind(Object value) {
    if (value instanceof String kind) {
      for (FilePickerUploadEvent.Kind k : FilePickerUploadEvent.Kind.values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(kind)) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException("an upload's kind must be progress, done, error or cancelled, not " + value);
  }

  private static String optionalText(Object value, String field) {
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException("an upload's " + field + " must be a string");
    }
    return (String) value;
  }
}
