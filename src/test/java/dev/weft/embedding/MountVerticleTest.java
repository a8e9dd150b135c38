package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.embedding.DeployedAsVerticle;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link DeployedAsVerticle} example: Weft lives as long as its deployment in the host's
 * application. Deployed, it serves under {@code /weft-app/} next to the host's routes; undeployed,
 * its sessions are told 1012 "server restarting" and its route is gone, while the host's stay.
 */
class MountVerticleTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path uploads;
  private final Host host = new Host();

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void weftServesWhileDeployedAndIsGoneWithItsDeployment() {
    MountedInRouter.hostRoutes(host.router);
    String deployment = Host.await(DeployedAsVerticle.deploy(host.vertx, host.router,
        WeftTestServer.config("upload.dir", uploads.toString())));
    host.listen();
    assertThat(host.get("/weft-app/").bodyAsString()).contains("<base href=\"/weft-app/\">");
    assertThat(host.get("/api/hello").statusCode()).isEqualTo(200);

    try (WeftTestClient client = WeftTestClient.connect(host.url("/weft-app/"))) {
      client.click("+1");
      client.awaitText("1", WAIT);
      Host.await(host.vertx.undeploy(deployment));
      assertThat(client.awaitClose(WAIT).code()).isEqualTo(1012);
    }
    assertThat(host.get("/weft-app/").statusCode()).isEqualTo(404);
    assertThat(host.get("/api/hello").statusCode()).as("the host's own route").isEqualTo(200);
  }
}
