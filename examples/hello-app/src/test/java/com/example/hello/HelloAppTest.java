package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The app, driven over Weft's real protocol without a browser. */
class HelloAppTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void greetsTheNameTyped() {
    try (WeftTestServer server = WeftTestServer.start(new HelloApp());
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.awaitText("Hello, world!", WAIT);
      client.type(client.find("Your name"), "Ada");
      client.click(client.find("Greet"));
      client.awaitText("Hello, Ada!", WAIT);
    }
  }

  @Test
  void enterGreetsToo() {
    try (WeftTestServer server = WeftTestServer.start(new HelloApp());
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      var name = client.find("Your name");
      client.type(name, "Grace");
      client.submit(name);
      assertEquals("Hello, Grace!", client.awaitText("Hello, Grace!", WAIT).prop("value"));
    }
  }
}
