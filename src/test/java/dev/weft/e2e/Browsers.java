package dev.weft.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and launches the browser the end-to-end tests drive: Debian's {@code chromium} on the
 * PATH, never a browser Playwright downloads. Without one the tests fail with a message saying how
 * to get it, unless {@code WEFT_SKIP_BROWSER_TESTS=1} (the one documented skip switch), which turns
 * them into skipped tests.
 */
public final class Browsers {

  /** The switch that skips every browser test. */
  static final String SKIP_SWITCH = "WEFT_SKIP_BROWSER_TESTS";

  /** Flags for a headless chromium in a container or CI machine. */
  static final List<String> ARGS = List.of(
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run");

  /** Directories chromium writes to (the failsafe configuration points them under target/). */
  private static final List<String> WRITABLE_DIRS = List.of("TMPDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME");

  private Browsers() {
  }

  /** Whether {@code WEFT_SKIP_BROWSER_TESTS=1}. */
  public static boolean skipped() {
    return "1".equals(System.getenv(SKIP_SWITCH));
  }

  /** Marks the calling test as skipped when {@code WEFT_SKIP_BROWSER_TESTS=1}. */
  public static void assumeNotSkipped() {
    Assumptions.assumeFalse(skipped(), SKIP_SWITCH + "=1: browser tests are skipped");
  }

  /**
   * The {@code chromium} on the PATH; fails with a clear message when there is none (skips
   * instead when {@code WEFT_SKIP_BROWSER_TESTS=1}).
   */
  static Path requireChromium() {
    assumeNotSkipped();
    Path chromium = onPath("chromium");
    if (chromium == null) {
      fail("The browser tests need Debian's chromium, and there is no `chromium` on the PATH ("
          + System.getenv("PATH") + "). Install it (`sudo apt-get install -y chromium`; ./test.sh "
          + "does this for you), or set " + SKIP_SWITCH + "=1 to skip the browser tests.");
    }
    return chromium;
  }

  /** Starts Playwright and launches chromium headless; the caller closes the Playwright. */
  public static Launched launch() {
    Path chromium = requireChromium();
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    for (String name : WRITABLE_DIRS) {
      String dir = System.getenv(name);
      if (dir != null && !dir.isBlank()) {
        try {
          Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot create " + name + "=" + dir, e);
        }
      }
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
    try {
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(chromium)
          .setArgs(ARGS)
          .setHeadless(true)
          .setTimeout(60_000));
      System.out.println("[e2e] launched " + chromium + " " + browser.version());
      return new Launched(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** The browser {@link #shared()} hands out, launched by the first class of this JVM that asked. */
  private static Launched shared;

  /**
   * One chromium for every browser test class of this JVM (a failsafe fork runs class after class):
   * launching Playwright's driver and chromium took 0.8–1.7 s, once per class before. Each test
   * still gets a fresh context, and {@link BrowserBase} closes what a class left open. A browser
   * that crashed or disconnected is replaced; without chromium each class fails as before. Closed
   * when the JVM exits.
   */
  static synchronized Launched shared() {
    if (shared != null && !shared.browser().isConnected()) {
      try {
        shared.close();
      } catch (RuntimeException e) {
        System.out.println("[e2e] closing a disconnected browser failed: " + e);
      }
      shared = null;
    }
    if (shared == null) {
      shared = launch();
      Launched closing = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          closing.close();
        } catch (RuntimeException e) {
          // the JVM is going: its driver and chromium go with it
        }
      }, "close shared chromium"));
    }
    return shared;
  }

  /** The first executable called {@code name} on the PATH, or null. */
  static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** A running Playwright and its browser. */
  public record Launched(Playwright playwright, Browser browser) implements AutoCloseable {
    @Override
    public void close() {
      try {
        browser.close();
      } finally {
        playwright.close();
      }
    }
  }
}
