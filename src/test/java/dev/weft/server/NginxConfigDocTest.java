package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/nginx/weft.conf is what docs/hosting.md shows and what NginxProxyIT runs, and it sets
 * every header Weft trusts with {@code http.trustProxy}: a header it left alone would reach Weft
 * as the browser sent it, and a browser could pose as any address or origin.
 */
class NginxConfigDocTest {

  private static final Path CONFIG = Path.of("docs/nginx/weft.conf");

  @Test
  void hostingMdShowsTheConfigurationVerbatim() throws Exception {
    String config = Files.readString(CONFIG);
    String hosting = Files.readString(Path.of("docs/hosting.md"));
    assertThat(hosting).contains("```nginx\n" + config.stripTrailing() + "\n```");
  }

  @Test
  void everyTrustedHeaderIsSetNotPassedOn() throws Exception {
    String config = Files.readString(CONFIG);
    for (String header : new String[] {"Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host",
        "X-Forwarded-Prefix", "X-Forwarded-For", "Host", "Upgrade", "Connection"}) {
      assertThat(config).as(header).containsPattern("(?m)^\\s*proxy_set_header " + header + " \\S");
    }
    assertThat(config).as("appending keeps what the browser sent").doesNotContain("$proxy_add_x_forwarded_for");
    assertThat(config).as("X-Forwarded-For is the browser's address alone")
        .contains("proxy_set_header X-Forwarded-For $remote_addr;");
  }

  @Test
  void webSocketsGetHttp11AndLongTimeouts() throws Exception {
    String config = Files.readString(CONFIG);
    assertThat(config).contains("proxy_http_version 1.1;", "proxy_read_timeout 1h;");
  }
}
