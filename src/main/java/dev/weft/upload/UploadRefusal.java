package dev.weft.upload;

/**
 * Why an upload request is turned away before its body is read: a status and a short code for
 * the JSON answer ({@code upload_forbidden}, {@code upload_expired}).
 */
public final class UploadRefusal extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  UploadRefusal(int status, String code, String message) {
    super(message, null, false, false); // an expected answer: no stack trace needed
    this.status = status;
    this.code = code;
  }

  static UploadRefusal forbidden(String message) {
    return new UploadRefusal(403, "upload_forbidden", message);
  }

  static UploadRefusal expired() {
    return new UploadRefusal(403, "upload_expired",
        "This upload URL has expired. Ask the app for a new one.");
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** The {@code error} field of the JSON answer. */
  public String code() {
    return code;
  }
}
