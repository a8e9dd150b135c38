package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.Files;
import dev.weft.protocol.ProtocolError;
import dev.weft.testing.ClientTree;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /files/ demo over a real WebSocket and real HTTP, playing the browser's part of the
 * FilePicker by hand: the pick command after the click, the result event, one upload command per
 * file whose signed URL takes a real {@code PUT}, the upload events, and the SHA-256 the server
 * computed. Also what the upload endpoint does with a body that stops half-way: nothing is kept.
 */
class FilePickerSocketTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final long MAX_SIZE = 1000;

  @TempDir
  Path uploads;
  private WeftTestServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server = WeftTestServer.start(WeftTestServer.config("upload.dir", uploads.toString(),
        "upload.maxSize", MAX_SIZE), Map.of("/files/", new Files()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pickUploadAndHash() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url("/files/"))) {
      ClientTree.Entry picker = client.findAll("filePicker").get(0);
      client.click(client.find("Pick files"));
      Map<String, Object> pick = awaitCommand(client, picker, "pick");
      assertThat(pick).containsEntry("multiple", true).containsEntry("accept", "");

      client.sendEvent(picker.id(), "result", "[{\"name\":\"a.txt\",\"size\":5},{\"name\":\"big.bin\",\"size\":2000}]");
      Map<String, Object> upA = awaitUpload(client, picker, "a.txt");
      Map<String, Object> upBig = awaitUpload(client, picker, "big.bin");
      assertThat(upA.get("url")).isNotEqualTo(upBig.get("url"));
      client.awaitText("2,000 bytes", WAIT);

      client.sendEvent(picker.id(), "upload", "{\"name\":\"a.txt\",\"kind\":\"progress\",\"progress\":0.5}");
      client.awaitText("Uploading… 50 %", WAIT);
      HttpResponse<String> stored = put(upA, "hello".getBytes(StandardCharsets.UTF_8));
      assertThat(stored.statusCode()).isEqualTo(200);
      assertThat(stored.body()).contains("\"file\":\"a.txt\"");
      client.sendEvent(picker.id(), "upload", "{\"name\":\"a.txt\",\"kind\":\"done\",\"progress\":1,\"file\":\"a.txt\"}");
      client.awaitText("SHA-256 " + sha256("hello".getBytes(StandardCharsets.UTF_8)), WAIT);

      HttpResponse<String> refused = put(upBig, new byte[2000]);
      assertThat(refused.statusCode()).isEqualTo(413);
      client.sendEvent(picker.id(), "upload", "{\"name\":\"big.bin\",\"kind\":\"error\",\"progress\":0,"
          + "\"status\":413,\"error\":\"This upload URL allows at most 1000 bytes.\"}");
      client.awaitText("Error 413: This upload URL allows at most 1000 bytes.", WAIT);
      assertThat(files()).containsExactly("a.txt");
      assertThat(client.protocolErrors()).isEmpty();
    }
  }

  @Test
  void aBadPayloadIsAProtocolErrorAndThePageGoesOn() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url("/files/"))) {
      ClientTree.Entry picker = client.findAll("filePicker").get(0);
      long seq = client.sendEvent(picker.id(), "result", "{\"name\":");
      ProtocolError error = client.awaitProtocolError(WAIT);
      assertThat(error.code()).isEqualTo("bad_message");
      assertThat(error.ref()).isEqualTo(seq);
      assertThat(error.message()).contains("not JSON");
      client.sendEvent(picker.id(), "result", "[{\"name\":\"a.txt\",\"size\":5}]");
      awaitUpload(client, picker, "a.txt");
    }
  }

  @Test
  void aBodyThatStopsHalfWayLeavesNothing() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url("/files/"))) {
      ClientTree.Entry picker = client.findAll("filePicker").get(0);
      client.sendEvent(picker.id(), "result", "[{\"name\":\"half.bin\",\"size\":800}]");
      String url = (String) awaitUpload(client, picker, "half.bin").get("url");
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(("PUT /files/" + url + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 800\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[400]);
        out.flush();
        Thread.sleep(300); // the server has the first half in its temporary file by now
        assertThat(allFiles()).as("a temporary file while the body arrives").isNotEmpty();
      }
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!allFiles().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(allFiles()).as("files left after the connection closed").isEmpty();
    }
  }

  private HttpResponse<String> put(Map<String, Object> upload, byte[] body) throws Exception {
    URI uri = URI.create(server.url("/files/") + upload.get("url"));
    try {
      return http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      // the server may answer 413 and close before the whole body is written; ask again without one
      return http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
          .expectContinue(true).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> commands(WeftTestClient client, ClientTree.Entry picker) {
    Object commands = client.tree().get(picker.id()).prop("commands");
    return commands == null ? List.of() : (List<Map<String, Object>>) commands;
  }

  private static Map<String, Object> awaitCommand(WeftTestClient client, ClientTree.Entry picker, String op) {
    client.awaitTree(t -> commands(client, picker).stream().anyMatch(c -> op.equals(c.get("op"))), WAIT);
    return commands(client, picker).stream().filter(c -> op.equals(c.get("op"))).findFirst().orElseThrow();
  }

  private static Map<String, Object> awaitUpload(WeftTestClient client, ClientTree.Entry picker, String name) {
    client.awaitTree(t -> commands(client, picker).stream()
        .anyMatch(c -> "upload".equals(c.get("op")) && name.equals(c.get("name"))), WAIT);
    return commands(client, picker).stream()
        .filter(c -> "upload".equals(c.get("op")) && name.equals(c.get("name"))).findFirst().orElseThrow();
  }

  private List<String> files() throws Exception {
    return allFiles().stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
  }

  private List<String> allFiles() throws Exception {
    try (Stream<Path> walk = java.nio.file.Files.walk(uploads)) {
      return walk.filter(java.nio.file.Files::isRegularFile).map(p -> uploads.relativize(p).toString()).toList();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
