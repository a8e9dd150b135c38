package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body trickled into an upload, kept here or relayed to its session's home instance: answered
 * 408 {@code upload_timeout} about a window after it started, with nothing left in either folder
 * (the relay's home drops its partial file too).
 */
@Tag("serial") // asserts on elapsed time: runs alone, not beside another fork
class UploadTrickledTest {

  private static final Duration WINDOW = Duration.ofSeconds(2);

  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aTrickledBodyIsAnswered408AndNothingIsKept(boolean relayed, @TempDir Path dir) throws Exception {
    try (EndpointHost host = new EndpointHost(dir.resolve("here"), dir.resolve("away"), 1_000_000, null, WINDOW);
         Socket socket = new Socket("127.0.0.1", host.port())) {
      String url = host.url(relayed, "s1", "slow.bin", 100_000);
      OutputStream out = socket.getOutputStream();
      out.write(("PUT " + url + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n"
          + "x".repeat(300)).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      long start = System.nanoTime();
      Thread trickle = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(250);
            out.write('y');
            out.flush();
          }
        } catch (IOException | InterruptedException closed) {
          // the server answered and closed
        }
      });
      trickle.setDaemon(true);
      trickle.start();
      EndpointHost.eventually("a partial file", () -> !EndpointHost.files(host.root(relayed)).isEmpty());

      String answer = readAll(socket);
      trickle.interrupt();

      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(WINDOW.minusMillis(200), WINDOW.plusSeconds(6));
      assertThat(answer).startsWith("HTTP/1.1 408").contains("\"error\":\"upload_timeout\"");
      EndpointHost.eventually("nothing kept", () -> EndpointHost.files(host.here).isEmpty()
          && EndpointHost.files(host.away).isEmpty());
      assertThat(host.stored).isEmpty();
    }
  }

  private static String readAll(Socket socket) throws IOException {
    socket.setSoTimeout(20_000);
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // closed
    }
    return read.toString(StandardCharsets.ISO_8859_1);
  }
}
