package dev.weft.upload;

import static dev.weft.upload.EndpointHost.files;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signed size is enforced while the body streams, whatever the request claims: a chunked body
 * (no {@code Content-Length}) is cut off with 413 as soon as it passes the limit — while the
 * client is still sending — and a {@code Content-Length} that lies gains nothing. Each leaves
 * nothing behind: no file in the session's folder, no temporary file. Kept here and relayed to
 * another instance's home alike. Raw sockets, so the test controls every byte and when it is sent.
 */
class UploadLimitWhileStreamingTest {

  private static final int LIMIT = 100_000;

  @TempDir
  Path dir;
  private EndpointHost host;

  @BeforeEach
  void start() {
    host = new EndpointHost(dir.resolve("here"), dir.resolve("away"), 1_000_000, null);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aChunkedBodyPastTheLimitIs413BeforeItEnds(boolean relayed) throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(host.url(relayed, "s1", "chunked.bin", LIMIT), "Transfer-Encoding: chunked"));
      // the limit plus one byte, in 10 kB chunks, and the body is not ended
      for (int sent = 0; sent <= LIMIT; sent += 10_000) {
        int n = Math.min(10_000, LIMIT + 1 - sent);
        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[n]);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      String answer = readAnswer(socket);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("upload_too_large")
          .containsIgnoringCase("connection: close");
    }
    assertNothingLeft(relayed);
  }

  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aChunkedBodyAtTheLimitIsStored(boolean relayed) {
    EndpointHost.Answer answer = host.put(host.url(relayed, "s1", "exact.bin", LIMIT), LIMIT, true);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().getLong("size")).isEqualTo(LIMIT);
    EndpointHost.Answer over = host.put(host.url(relayed, "s1", "over.bin", LIMIT), LIMIT + 1, true);
    assertThat(over.status()).isEqualTo(413);
    EndpointHost.eventually("no temporary file", () -> files(host.root(relayed).resolve(UploadStore.TEMP_DIR)).isEmpty());
    assertThat(files(host.root(relayed))).containsExactly(host.root(relayed).resolve("s1").resolve("exact.bin"));
  }

  /** A Content-Length over the limit is refused before a byte of the body is read. */
  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aDeclaredLengthOverTheLimitIs413AtOnce(boolean relayed) throws Exception {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(head(host.url(relayed, "s1", "big.bin", LIMIT),
          "Content-Length: " + (LIMIT + 1)));
      assertThat(readAnswer(socket)).startsWith("HTTP/1.1 413").contains("upload_too_large");
    }
    assertNothingLeft(relayed);
  }

  /**
   * As a browser does: the whole body is sent before the answer is read, and here it is far bigger
   * than the socket buffers. The early 413 still reaches the client, because the rest of the body
   * is read and dropped, and the connection then closes; before, the server neither read on nor
   * closed, and such an upload waited for ever.
   */
  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a blocked write ignores SO_TIMEOUT
  void aBrowserSendingABigBodyBeforeReadingStillGetsTheEarly413AndTheConnectionCloses(boolean relayed)
      throws Exception {
    int size = 20 * 1024 * 1024;
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(host.url(relayed, "s1", "huge.bin", LIMIT), "Content-Length: " + size));
      byte[] chunk = new byte[64 * 1024];
      for (int sent = 0; sent < size; sent += chunk.length) {
        out.write(chunk); // blocks for ever if the server stops reading
      }
      out.flush();
      String answer = readAnswer(socket);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("upload_too_large");
      assertThat(socket.getInputStream().read()).as("then the server closes").isEqualTo(-1);
    }
    assertNothingLeft(relayed);
  }

  /**
   * A Content-Length under the truth: HTTP ends the body where the header says, so what follows is
   * no part of the file (it is read as a next request, and refused) — the stored file is exactly
   * the declared length, and never more than the limit.
   */
  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aContentLengthUnderTheTruthStoresOnlyWhatItDeclares(boolean relayed) throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(host.url(relayed, "s1", "short.bin", LIMIT), "Content-Length: 1000"));
      byte[] body = new byte[3 * LIMIT];
      java.util.Arrays.fill(body, (byte) 'x');
      out.write(body);
      out.flush();
      assertThat(readAnswer(socket)).startsWith("HTTP/1.1 200").contains("\"size\":1000");
    }
    Path stored = host.root(relayed).resolve("s1").resolve("short.bin");
    assertThat(Files.size(stored)).isEqualTo(1000);
    EndpointHost.eventually("nothing else is kept", () -> files(host.root(relayed)).equals(java.util.List.of(stored)));
  }

  /** A Content-Length over the truth: the connection ends first, and nothing is kept. */
  @ParameterizedTest(name = "relayed: {0}")
  @ValueSource(booleans = {false, true})
  void aContentLengthOverTheTruthKeepsNothing(boolean relayed) throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(host.url(relayed, "s1", "long.bin", LIMIT), "Content-Length: " + LIMIT));
      out.write(new byte[LIMIT / 2]);
      out.flush();
      EndpointHost.eventually("the body is being written",
          () -> !files(host.root(relayed).resolve(UploadStore.TEMP_DIR)).isEmpty());
    } // closed with half the declared body sent
    assertNothingLeft(relayed);
  }

  private void assertNothingLeft(boolean relayed) {
    EndpointHost.eventually("no file and no temporary file is left",
        () -> files(dir).isEmpty() && host.hereStore.uploadsInProgress() == 0
            && host.awayStore.uploadsInProgress() == 0 && host.awayHome.inProgress() == 0);
    assertThat(host.root(relayed).resolve("s1")).doesNotExist();
    assertThat(host.stored).isEmpty();
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", host.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static byte[] head(String path, String framing) {
    return ("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + framing + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The response's head and body as text, read until the server closes or goes quiet. */
  private static String readAnswer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        got.write(buffer, 0, n);
        String text = got.toString(StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd > 0 && text.substring(headEnd + 4).endsWith("}")) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      // what came is the answer
    } catch (IOException e) {
      if (got.size() == 0) {
        throw e;
      }
    }
    return got.toString(StandardCharsets.UTF_8);
  }
}
