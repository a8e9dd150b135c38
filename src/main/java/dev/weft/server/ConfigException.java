package dev.weft.server;

/**
 * A configuration Weft cannot start with. {@link #source()} names where the bad value came from
 * ({@code -conf conf/config.json}, {@code WEFT_PORT}, {@code --port}), so the launcher can print
 * {@code weft: <source>: <reason>}.
 */
public final class ConfigException extends Exception {

  private final String source;

  public ConfigException(String source, String reason) {
    super(reason);
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** The one line the launcher prints. */
  public String describe() {
    return "weft: " + source + ": " + getMessage();
  }
}
