package dev.weft.server;

import io.vertx.core.Vertx;
import java.awt.Desktop;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code Weft.run(app)} does: serve one app at {@code /} from an app author's own
 * {@code main}, following Flet's rules for where it runs.
 *
 * <ul>
 *   <li>On a headless Linux (neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} set), or with
 *       {@code WEFT_FORCE_WEB_SERVER=true}: a web server on port 8000, no browser.</li>
 *   <li>On a desktop: a free port, and the default browser opens the app.</li>
 * </ul>
 *
 * A port configured with {@code WEFT_PORT} or {@code WEFT_HTTP_PORT} is used either way; every
 * other {@code WEFT_*} variable applies too. (The production host, {@code java -jar
 * app-fat.jar}, never opens a browser and always defaults to 8000.)
 */
public final class DevServer {

  private static final System.Logger LOG = System.getLogger(DevServer.class.getName());

  private DevServer() {
  }

  /**
   * A running app.
   *
   * @param vertx the Vert.x instance serving it
   * @param port the port it listens on
   * @param url where to open it
   */
  public record Running(Vertx vertx, int port, String url) implements AutoCloseable {

    /** Stops the server and its Vert.x instance. */
    @Override
    public void close() {
      await(vertx.close().toCompletionStage().toCompletableFuture());
    }
  }

  /** Starts the app; returns once it listens. Call it from a plain thread, like {@code main}. */
  public static Running start(Object app, Map<String, String> env) {
    Logs.configure();
    WeftConfig config;
    try {
      config = WeftConfig.load(null, env, Map.of());
      boolean portSet = env.containsKey("WEFT_PORT") || env.containsKey("WEFT_HTTP_PORT");
      if (!webServerMode(System.getProperty("os.name"), env) && !portSet) {
        config = config.with("http.port", 0);
      }
    } catch (ConfigException e) {
      throw new IllegalStateException(e.describe());
    }
    Vertx vertx = Vertx.vertx();
    WeftVerticle verticle = new WeftVerticle(config, Map.of("/", app));
    try {
      await(vertx.deployVerticle(verticle).toCompletionStage().toCompletableFuture());
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
    String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    Running running = new Running(vertx, verticle.actualPort(),
        "http://" + host + ":" + verticle.actualPort() + "/");
    if (!webServerMode(System.getProperty("os.name"), env)) {
      openBrowser(running.url());
    }
    return running;
  }

  /** Whether to run as a plain web server: headless Linux, or forced. */
  static boolean webServerMode(String osName, Map<String, String> env) {
    if ("true".equalsIgnoreCase(env.getOrDefault("WEFT_FORCE_WEB_SERVER", "").trim())) {
      return true;
    }
    boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).contains("linux");
    return linux && isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static void openBrowser(String url) {
    Thread opener = new Thread(() -> {
      try {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
          Desktop.getDesktop().browse(URI.create(url));
          return;
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String[] command = os.contains("mac") ? new String[] {"open", url}
            : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
            : new String[] {"xdg-open", url};
        new ProcessBuilder(command).inheritIO().start();
      } catch (Exception | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "cannot open a browser; open " + url + " yourself");
      }
    }, "weft-browser");
    opener.setDaemon(true);
    opener.start();
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Weft", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Weft did not start within 2 minutes", e);
    }
  }
}
