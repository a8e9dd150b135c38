package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Origins compared as origins: case, default ports, the allow-list, and what is never one. */
class OriginCheckTest {

  private final OriginCheck sameOnly = new OriginCheck(List.of());

  @Test
  void theSameOriginIsAllowed() {
    assertThat(sameOnly.allows("http://localhost:8000", "http://localhost:8000")).isTrue();
  }

  @Test
  void caseAndDefaultPortsDoNotMatter() {
    assertThat(sameOnly.allows("https://Example.com", "https://example.com:443")).isTrue();
    assertThat(sameOnly.allows("http://example.com:80", "HTTP://EXAMPLE.COM")).isTrue();
    assertThat(sameOnly.allows("http://[::1]:8000", "http://[::1]:8000")).isTrue();
    assertThat(sameOnly.allows("http://example.com.", "http://example.com.")).isTrue();
  }

  @Test
  void anotherHostPortOrSchemeIsForeign() {
    assertThat(sameOnly.allows("https://evil.example", "https://example.com")).isFalse();
    assertThat(sameOnly.allows("http://example.com:8001", "http://example.com:8000")).isFalse();
    assertThat(sameOnly.allows("https://example.com", "http://example.com")).isFalse();
    assertThat(sameOnly.allows("https://example.com.evil.example", "https://example.com")).isFalse();
  }

  @Test
  void theOpaqueOriginAndGarbageAreForeign() {
    assertThat(sameOnly.allows("null", "http://example.com")).isFalse();
    assertThat(sameOnly.allows("", "http://example.com")).isFalse();
    assertThat(sameOnly.allows("http://example.com/path", "http://example.com")).isFalse();
    assertThat(sameOnly.allows("http://user@example.com", "http://example.com")).isFalse();
  }

  @Test
  void noOriginIsAProgramAndAllowed() {
    assertThat(sameOnly.allows(null, "http://example.com")).isTrue();
  }

  @Test
  void withoutAKnownOwnOriginOnlyTheListCounts() {
    assertThat(sameOnly.allows("http://example.com", null)).isFalse();
  }

  @Test
  void listedOriginsAreAllowedAsWell() {
    OriginCheck check = new OriginCheck(List.of("https://app.example", "http://localhost:3000/"));
    assertThat(check.allows("https://app.example", "http://weft.internal:8000")).isTrue();
    assertThat(check.allows("https://APP.example:443", "http://weft.internal:8000")).isTrue();
    assertThat(check.allows("http://localhost:3000", "http://weft.internal:8000")).isTrue();
    assertThat(check.allows("http://localhost:3001", "http://weft.internal:8000")).isFalse();
    assertThat(check.allows("http://weft.internal:8000", "http://weft.internal:8000")).isTrue();
  }

  @Test
  void aListedValueThatIsNoOriginIsRefused() {
    assertThatThrownBy(() -> new OriginCheck(List.of("https://app.example/login")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an origin");
    assertThat(OriginCheck.normalize("*")).isNull();
    assertThat(OriginCheck.normalize("app.example")).isNull();
  }

  @Test
  void theConfigurationRefusesAnAllowedOriginThatIsNoOrigin() throws Exception {
    assertThatThrownBy(() -> WeftConfig.load(null,
        Map.of("WEFT_HTTP_ALLOWED_ORIGINS", "https://ok.example,https://app.example/login"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.allowedOrigins: \"https://app.example/login\" is not an origin");
    assertThat(WeftConfig.load(null, Map.of("WEFT_HTTP_ALLOWED_ORIGINS", "https://ok.example"), Map.of())
        .allowedOrigins()).containsExactly("https://ok.example");
  }
}
