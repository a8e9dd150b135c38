package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flet's rule for where a developer's app runs. */
class DevServerTest {

  @Test
  void aHeadlessLinuxRunsAWebServer() {
    assertThat(DevServer.webServerMode("Linux", Map.of())).isTrue();
    assertThat(DevServer.webServerMode("Linux", Map.of("DISPLAY", " "))).isTrue();
  }

  @Test
  void aLinuxDesktopOpensABrowser() {
    assertThat(DevServer.webServerMode("Linux", Map.of("DISPLAY", ":0"))).isFalse();
    assertThat(DevServer.webServerMode("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"))).isFalse();
  }

  @Test
  void otherSystemsAreDesktops() {
    assertThat(DevServer.webServerMode("Mac OS X", Map.of())).isFalse();
    assertThat(DevServer.webServerMode("Windows 11", Map.of())).isFalse();
  }

  @Test
  void theWebServerCanBeForced() {
    assertThat(DevServer.webServerMode("Mac OS X", Map.of("WEFT_FORCE_WEB_SERVER", "true"))).isTrue();
    assertThat(DevServer.webServerMode("Linux", Map.of("DISPLAY", ":0", "WEFT_FORCE_WEB_SERVER", "TRUE"))).isTrue();
    assertThat(DevServer.webServerMode("Linux", Map.of("DISPLAY", ":0", "WEFT_FORCE_WEB_SERVER", "false"))).isFalse();
  }
}
