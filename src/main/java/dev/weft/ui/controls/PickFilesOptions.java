package dev.weft.ui.controls;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link FilePicker#pickFiles(PickFilesOptions)} asks the browser's file dialog for:
 * {@code PickFilesOptions.create().allowMultiple(true).fileType(FileType.IMAGE)}.
 *
 * <p>Browsers take the type and the extensions as a hint ({@code <input accept>}) that the user
 * can override with "All files"; check what arrives. They ignore a dialog title: there is no way
 * to set one from a web page, so {@link #dialogTitle} is kept only for Flet's API and for a
 * desktop host.
 */
public final class PickFilesOptions {

  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9_+-]{1,16}");

  private boolean allowMultiple;
  private FileType fileType = FileType.ANY;
  private List<String> allowedExtensions = List.of();
  private String dialogTitle;

  private PickFilesOptions() {
  }

  /** One file of any type. */
  public static PickFilesOptions create() {
    return new PickFilesOptions();
  }

  /** Whether the user may pick several files at once; one by default. */
  public PickFilesOptions allowMultiple(boolean allowMultiple) {
    this.allowMultiple = allowMultiple;
    return this;
  }

  public boolean allowMultiple() {
    return allowMultiple;
  }

  /** The kind of file offered; {@link FileType#ANY} by default. */
  public PickFilesOptions fileType(FileType fileType) {
    if (fileType == null) {
      throw new IllegalArgumentException("fileType cannot be null: use FileType.ANY");
    }
    this.fileType = fileType;
    return this;
  }

  public FileType fileType() {
    return fileType;
  }

  /**
   * The extensions offered, without the dot ({@code "csv"}; a leading dot is dropped); with
   * {@link FileType#ANY} they make the type {@link FileType#CUSTOM}.
   *
   * @throws IllegalArgumentException for an extension that is not 1 to 16 letters, digits,
   *     {@code _}, {@code +} or {@code -}
   */
  public PickFilesOptions allowedExtensions(String... extensions) {
    return allowedExtensions(List.of(extensions));
  }

  /** As {@link #allowedExtensions(String...)}. */
  public PickFilesOptions allowedExtensions(List<String> extensions) {
    this.allowedExtensions = extensions.stream().map(PickFilesOptions::extension).toList();
    return this;
  }

  public List<String> allowedExtensions() {
    return allowedExtensions;
  }

  /** The dialog's title. Browsers ignore it: a web page cannot title the file dialog. */
  public PickFilesOptions dialogTitle(String dialogTitle) {
    this.dialogTitle = dialogTitle;
    return this;
  }

  public String dialogTitle() {
    return dialogTitle;
  }

  /**
   * The {@code accept} attribute of the browser's file input: "" for any file.
   *
   * @throws IllegalArgumentException when {@link FileType#CUSTOM} has no extensions, or
   *     extensions go with a type other than custom or any
   */
  String accept() {
    FileType type = fileType == FileType.ANY && !allowedExtensions.isEmpty() ? FileType.CUSTOM : fileType;
    if (type == FileType.CUSTOM) {
      if (allowedExtensions.isEmpty()) {
        throw new IllegalArgumentException("FileType.CUSTOM needs allowedExtensions");
      }
      return String.join(",", allowedExtensions.stream().map(e -> "." + e).toList());
    }
    if (!allowedExtensions.isEmpty()) {
      throw new IllegalArgumentException("allowedExtensions go with FileType.CUSTOM, not " + type);
    }
    return type.accept();
  }

  private static String extension(String extension) {
    String bare = extension == null ? "" : extension.startsWith(".") ? extension.substring(1) : extension;
    if (!EXTENSION.matcher(bare).matches()) {
      throw new IllegalArgumentException("not a file extension: " + extension);
    }
    return bare;
  }
}
