package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code http.publicUrl}: empty by default, from the environment too, and checked at start. */
class PublicUrlConfigTest {

  @Test
  void emptyByDefaultAndReadFromTheEnvironment() throws Exception {
    assertThat(WeftConfig.load(null, Map.of(), Map.of()).publicUrl()).isEmpty();
    assertThat(WeftConfig.load(null, Map.of("WEFT_HTTP_PUBLIC_URL", "https://example.com/apps"),
        Map.of()).publicUrl()).isEqualTo("https://example.com/apps");
  }

  @Test
  void aValueThatIsNotAnHttpUrlOfAServerRootStopsTheStart() {
    for (String bad : new String[] {"example.com/apps", "ftp://example.com/", "https:///apps",
        "https://example.com/?a=1", "https://example.com/#top", "https://user@example.com/",
        "https://exa mple.com/"}) {
      assertThatThrownBy(() -> WeftConfig.load("{\"http\":{\"publicUrl\":\"" + bad + "\"}}",
          Map.of(), Map.of())).as(bad).isInstanceOf(ConfigException.class)
          .hasMessageContaining("http.publicUrl");
    }
  }
}
