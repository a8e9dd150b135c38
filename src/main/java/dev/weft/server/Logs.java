package dev.weft.server;

/**
 * One-line log records for {@code java.util.logging}, which Vert.x and Weft log through when no
 * other logging library is present. A {@code logging.properties} of the user's wins.
 */
public final class Logs {

  private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n";

  private Logs() {
  }

  public static void configure() {
    if (System.getProperty("java.util.logging.config.file") == null
        && System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
    }
  }
}
