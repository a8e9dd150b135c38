package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/** Each forwarding header read, checked, and ranked: Forwarded first, then X-Forwarded-*. */
class ProxyHeadersTest {

  @Test
  void readsTheXForwardedHeaders() {
    ProxyHeaders read = ProxyHeaders.read(headers(
        "X-Forwarded-Proto", "https",
        "X-Forwarded-Host", "Example.COM:8443",
        "X-Forwarded-Prefix", "/weft/",
        "X-Forwarded-For", "203.0.113.7, 10.0.0.1"));
    assertThat(read).isEqualTo(new ProxyHeaders("https", "example.com:8443", "/weft", "203.0.113.7"));
  }

  @Test
  void forwardedWinsOverTheXForwardedHeaders() {
    ProxyHeaders read = ProxyHeaders.read(headers(
        "Forwarded", "for=\"[2001:db8::7]:4711\";proto=https;host=app.example",
        "X-Forwarded-Proto", "http",
        "X-Forwarded-Host", "other.example",
        "X-Forwarded-For", "198.51.100.1"));
    assertThat(read.scheme()).isEqualTo("https");
    assertThat(read.host()).isEqualTo("app.example");
    assertThat(read.clientIp()).isEqualTo("2001:db8:0:0:0:0:0:7");
  }

  @Test
  void aBadForwardedValueFallsBackToItsXForwardedHeader() {
    ProxyHeaders read = ProxyHeaders.read(headers(
        "Forwarded", "for=unknown;proto=gopher;host=\"bad host\"",
        "X-Forwarded-Proto", "https",
        "X-Forwarded-Host", "good.example",
        "X-Forwarded-For", "198.51.100.1"));
    assertThat(read).isEqualTo(new ProxyHeaders("https", "good.example", null, "198.51.100.1"));
  }

  @Test
  void noHeadersSayNothing() {
    assertThat(ProxyHeaders.read(MultiMap.caseInsensitiveMultiMap())).isEqualTo(ProxyHeaders.NONE);
  }

  @Test
  void onlyHttpAndHttpsAreSchemes() {
    assertThat(ProxyHeaders.scheme("HTTPS")).isEqualTo("https");
    assertThat(ProxyHeaders.scheme(" http ")).isEqualTo("http");
    assertThat(ProxyHeaders.scheme("javascript")).isNull();
    assertThat(ProxyHeaders.scheme("wss")).isNull();
    assertThat(ProxyHeaders.scheme("")).isNull();
  }

  @Test
  void hostsAreNamesOrAddressesWithAnOptionalPort() {
    assertThat(ProxyHeaders.host("example.com")).isEqualTo("example.com");
    assertThat(ProxyHeaders.host("127.0.0.1:8080")).isEqualTo("127.0.0.1:8080");
    assertThat(ProxyHeaders.host("[::1]:8443")).isEqualTo("[::1]:8443");
    assertThat(ProxyHeaders.host("my_host.internal")).isEqualTo("my_host.internal");
    assertThat(ProxyHeaders.host("evil.example/path")).isNull();
    assertThat(ProxyHeaders.host("user@evil.example")).isNull();
    assertThat(ProxyHeaders.host("a b")).isNull();
    assertThat(ProxyHeaders.host("example.com:0")).isNull();
    assertThat(ProxyHeaders.host("example.com:70000")).isNull();
    assertThat(ProxyHeaders.host("[zz::1]")).isNull();
    assertThat(ProxyHeaders.host("example.com\r\nX: y")).isNull();
    assertThat(ProxyHeaders.host("")).isNull();
  }

  @Test
  void aPrefixIsAPlainPath() {
    assertThat(ProxyHeaders.prefix("/weft")).isEqualTo("/weft");
    assertThat(ProxyHeaders.prefix("/weft/")).isEqualTo("/weft");
    assertThat(ProxyHeaders.prefix("/a/b-c/d_e.f~g")).isEqualTo("/a/b-c/d_e.f~g");
    assertThat(ProxyHeaders.prefix("/")).isEqualTo("");
  }

  @Test
  void aBadPrefixIsIgnored() {
    assertThat(ProxyHeaders.prefix("weft")).as("relative").isNull();
    assertThat(ProxyHeaders.prefix("/a/../b")).as("dot-dot").isNull();
    assertThat(ProxyHeaders.prefix("/a/..")).as("dot-dot at the end").isNull();
    assertThat(ProxyHeaders.prefix("//evil.example")).as("protocol-relative").isNull();
    assertThat(ProxyHeaders.prefix("/a//b")).as("empty segment").isNull();
    assertThat(ProxyHeaders.prefix("/a\u0000b")).as("control character").isNull();
    assertThat(ProxyHeaders.prefix("/a\tb")).as("tab").isNull();
    assertThat(ProxyHeaders.prefix("/%2e%2e/x")).as("encoded dot-dot").isNull();
    assertThat(ProxyHeaders.prefix("/a\\b")).as("backslash").isNull();
    assertThat(ProxyHeaders.prefix("/a?b")).as("query").isNull();
    assertThat(ProxyHeaders.prefix("/\"><script>")).as("markup").isNull();
    assertThat(ProxyHeaders.prefix("https://evil.example/")).as("absolute URL").isNull();
    assertThat(ProxyHeaders.prefix("/" + "a".repeat(ProxyHeaders.MAX_PREFIX_LENGTH))).as("too long").isNull();
    assertThat(ProxyHeaders.prefix("")).isNull();
  }

  @Test
  void addressesAreIpLiteralsOnly() {
    assertThat(ProxyHeaders.ip("192.0.2.43")).isEqualTo("192.0.2.43");
    assertThat(ProxyHeaders.ip(" 192.0.2.43:4711 ")).isEqualTo("192.0.2.43");
    assertThat(ProxyHeaders.ip("2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(ProxyHeaders.ip("[2001:db8::1]:4711")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(ProxyHeaders.ip("[2001:db8::1]")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(ProxyHeaders.ip("unknown")).isNull();
    assertThat(ProxyHeaders.ip("_hidden")).isNull();
    assertThat(ProxyHeaders.ip("localhost")).as("a name, never looked up").isNull();
    assertThat(ProxyHeaders.ip("192.0.2.43:99999")).isNull();
    assertThat(ProxyHeaders.ip("192.0.2")).isNull();
    assertThat(ProxyHeaders.ip("[2001:db8::1")).isNull();
    assertThat(ProxyHeaders.ip("[2001:db8::1]x")).isNull();
  }

  @Test
  void theLeftMostAddressOfXForwardedForIsTheClient() {
    assertThat(ProxyHeaders.read(headers("X-Forwarded-For", "198.51.100.9,203.0.113.1")).clientIp())
        .isEqualTo("198.51.100.9");
  }

  private static MultiMap headers(String... namesAndValues) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }
}
