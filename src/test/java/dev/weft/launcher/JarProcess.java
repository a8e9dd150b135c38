package dev.weft.launcher;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar app-fat.jar …} as a child process, run by the same java as the tests. Its
 * stdout and stderr are collected (and echoed with a prefix), every wait is bounded, and
 * {@link #close()} always ends it.
 */
final class JarProcess implements AutoCloseable {

  /** How long a start, a response or an exit may take before the test gives up. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final long startedNanos;
  private final StringBuffer stdout = new StringBuffer();
  private final StringBuffer stderr = new StringBuffer();
  private final List<Thread> pumps = new ArrayList<>();
  private final String label;

  private JarProcess(Process process, long startedNanos, String label) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.label = label;
    pumps.add(pump(process.getInputStream(), stdout, label + " out"));
    pumps.add(pump(process.getErrorStream(), stderr, label + " err"));
  }

  /** The fat jar the build made (the {@code weft.fatJar} system property). */
  static Path fatJar() {
    String property = System.getProperty("weft.fatJar");
    if (property == null || property.isBlank()) {
      fail("system property weft.fatJar is not set: run these tests through Maven (mvn verify)");
    }
    Path jar = Path.of(property);
    if (!Files.isRegularFile(jar)) {
      fail("weft.fatJar points to " + jar + ", which does not exist: run `mvn package` first");
    }
    return jar;
  }

  /** The java running these tests. */
  static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * Starts {@code java -jar <fat jar> args} in {@code workDir}, with the tests' environment minus
   * every {@code WEFT_*} variable, plus {@code env}.
   */
  static JarProcess start(Path workDir, Map<String, String> env, String... args) {
    return start(List.of(), workDir, env, args);
  }

  /** {@link #start(Path, Map, String...)} with options for the JVM ({@code -Xmx256m}) first. */
  static JarProcess start(List<String> jvmOptions, Path workDir, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", fatJar().toString()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("WEFT_"));
    builder.environment().putAll(env);
    String label = "jar " + String.join(" ", args) + (env.isEmpty() ? "" : " " + env);
    System.out.println("[launcher] start: " + String.join(" ", command) + " in " + workDir
        + (env.isEmpty() ? "" : " with " + env));
    long started = System.nanoTime();
    try {
      return new JarProcess(builder.start(), started, label);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  private static Thread pump(InputStream in, StringBuffer into, String prefix) {
    Thread thread = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          into.append(line).append('\n');
          System.out.println("[" + prefix + "] " + line);
        }
      } catch (IOException e) {
        // the process went away
      }
    }, "pump " + prefix);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  String stdout() {
    return stdout.toString();
  }

  String stderr() {
    return stderr.toString();
  }

  /** Both streams. */
  String output() {
    return stdout + "\n" + stderr;
  }

  /** Sends SIGTERM, as an orchestrator stopping the process does ({@code Process.destroy()} on Linux). */
  void terminate() {
    process.destroy();
  }

  /** Sends SIGKILL, as {@code kill -9} does: no shutdown hook, no goodbye to the cluster. */
  void kill() {
    process.destroyForcibly();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the process to exit by itself and returns its status; fails after {@link #PATIENCE}. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
      fail(label + " did not exit within " + PATIENCE + "; output:\n" + output());
    }
    for (Thread pump : pumps) {
      pump.join(5_000);
    }
    return process.exitValue();
  }

  /** Waits until the output holds {@code text}; fails if the process exits or time runs out. */
  String awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String all = output();
      int at = all.indexOf(text);
      if (at >= 0) {
        int end = all.indexOf('\n', at);
        int begin = all.lastIndexOf('\n', at) + 1;
        return all.substring(begin, end < 0 ? all.length() : end);
      }
      if (!process.isAlive()) {
        Thread.sleep(200); // let the pumps drain
        if (output().contains(text)) {
          continue;
        }
        fail(label + " exited with " + process.exitValue() + " before printing \"" + text
            + "\"; output:\n" + output());
      }
      Thread.sleep(50);
    }
    fail(label + " did not print \"" + text + "\" within " + PATIENCE + "; output:\n" + output());
    return null;
  }

  /**
   * Polls {@code url} until it answers 200 and returns that response; fails if the process exits
   * or time runs out.
   */
  HttpResponse<String> awaitOk(String url) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail(label + " exited with " + process.exitValue() + " before " + url + " answered; output:\n" + output());
      }
      try {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response;
        }
        last = "status " + response.statusCode();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(25);
    }
    fail(url + " did not answer 200 within " + PATIENCE + " (last: " + last + "); output:\n" + output());
    return null;
  }

  /** Milliseconds since the process was started. */
  long millisSinceStart() {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /** Ends the process (politely, then by force), every wait bounded. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
    for (Thread pump : pumps) {
      pump.join(2_000);
    }
  }

  // ------------------------------------------------------------------ ports

  /** A port nothing listens on right now (the OS picked it). */
  static int freePort() {
    return freePorts(1)[0];
  }

  /** {@code n} different ports nothing listens on right now (held open together while picked). */
  static int[] freePorts(int n) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(0));
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException e) {
          // nothing to do
        }
      }
    }
  }

  /** Whether {@code port} can be bound on every address (nothing else uses it). */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether something accepts TCP connections at {@code host:port}. */
  static boolean accepts(InetAddress host, int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
