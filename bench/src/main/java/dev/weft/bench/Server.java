package dev.weft.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A server JVM the driver started (Weft, the raw echo, the trivial server): its own process. */
final class Server implements AutoCloseable {

  final String name;
  final Process process;
  final int port;
  final String javaHome;
  final Path log;
  final long startedAt; // System.nanoTime() just before the process was started
  /** A server the smoke test shares between scenarios: {@link #close()} leaves it running. */
  boolean shared;

  private Server(String name, Process process, int port, String javaHome, Path log, long startedAt) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.javaHome = javaHome;
    this.log = log;
    this.startedAt = startedAt;
  }

  long pid() {
    return process.pid();
  }

  /** Starts {@code javaHome/bin/java args...}; does not wait for it to listen. */
  static Server launch(String name, String javaHome, List<String> args, int port, Path logDir) {
    return launch(name, javaHome, args, port, logDir, java.util.Map.of());
  }

  /** {@link #launch}, with {@code env} added to the driver's environment. */
  static Server launch(String name, String javaHome, List<String> args, int port, Path logDir,
                       java.util.Map<String, String> env) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaHome + "/bin/java");
    cmd.addAll(args);
    try {
      Files.createDirectories(logDir);
      Path log = Files.createTempFile(logDir, name.replaceAll("[^A-Za-z0-9]+", "-") + "-", ".log");
      Files.writeString(log, (env.isEmpty() ? "" : env + " ") + String.join(" ", cmd) + "\n");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().putAll(env);
      long t0 = System.nanoTime();
      Process p = pb.start();
      return new Server(name, p, port, javaHome, log, t0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name, e);
    }
  }

  /** Waits until the port accepts connections; fails with the log's tail if the JVM died. */
  Server awaitListening(double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return this;
      } catch (IOException e) {
        sleep(10);
      }
    }
    close();
    throw new IllegalStateException(name + " did not listen on " + port + " within " + seconds
        + " s:\n" + tail());
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Stops the server (a shared one only when {@link #stop()}ped). */
  @Override
  public void close() {
    if (!shared) {
      stop();
    }
  }

  /** Kills the JVM (SIGKILL): nothing is left to measure, and a graceful stop of 15,000 sessions takes seconds. */
  void stop() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM (the JVM's shutdown hooks run), then SIGKILL after 10 s. */
  void stopGracefully() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
