package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an app reads of its browser: route and query, headers in any case, cookies. */
class ClientInfoTest {

  private static ClientInfo at(String route, Map<String, List<String>> headers) {
    return new ClientInfo(route, 1280, 800, false, "203.0.113.7", RequestHeaders.of(headers));
  }

  @Test
  void theRouteSplitsIntoPathAndQuery() {
    ClientInfo client = at("/orders/7?tab=items&q=a+b%21&empty&tab=more", Map.of());
    assertThat(client.route()).isEqualTo("/orders/7?tab=items&q=a+b%21&empty&tab=more");
    assertThat(client.path()).isEqualTo("/orders/7");
    assertThat(client.query()).isEqualTo("tab=items&q=a+b%21&empty&tab=more");
    assertThat(client.queryParam("tab")).isEqualTo("items");
    assertThat(client.queryParam("q")).isEqualTo("a b!");
    assertThat(client.queryParam("empty")).isEqualTo("");
    assertThat(client.queryParam("missing")).isNull();
    assertThat(client.queryParams()).containsExactly(
        Map.entry("tab", List.of("items", "more")), Map.entry("q", List.of("a b!")),
        Map.entry("empty", List.of("")));
  }

  @Test
  void aRouteWithoutQueryHasAnEmptyOne() {
    ClientInfo client = at("/", Map.of());
    assertThat(client.path()).isEqualTo("/");
    assertThat(client.query()).isEmpty();
    assertThat(client.queryParams()).isEmpty();
    assertThat(at(null, Map.of()).route()).isEqualTo("/");
  }

  @Test
  void aMalformedEscapeIsKeptAsSent() {
    assertThat(at("/?q=100%&r=%zz", Map.of()).queryParams())
        .containsEntry("q", List.of("100%")).containsEntry("r", List.of("%zz"));
  }

  @Test
  void headersAreFoundInAnyCaseAndImmutable() {
    ClientInfo client = at("/", Map.of("User-Agent", List.of("Test/1.0"),
        "Accept-Language", List.of("de", "en")));
    assertThat(client.userAgent()).isEqualTo("Test/1.0");
    assertThat(client.header("user-agent")).isEqualTo("Test/1.0");
    assertThat(client.headers().get("ACCEPT-LANGUAGE")).isEqualTo("de");
    assertThat(client.headers().all("accept-language")).containsExactly("de", "en");
    assertThat(client.headers().all("X-None")).isEmpty();
    assertThat(client.headers().names()).containsExactlyInAnyOrder("User-Agent", "Accept-Language");
    assertThatThrownBy(() -> client.headers().all("accept-language").add("fr"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> client.headers().asMap().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void headersOfOneNameInDifferentCaseAreOne() {
    RequestHeaders headers = RequestHeaders.of(List.of(Map.entry("X-A", "1"), Map.entry("x-a", "2")));
    assertThat(headers.all("x-A")).containsExactly("1", "2");
    assertThat(headers.asMap()).containsExactly(Map.entry("X-A", List.of("1", "2")));
  }

  @Test
  void cookiesAreParsedFromEveryCookieHeader() {
    ClientInfo client = at("/", Map.of("Cookie",
        List.of("theme=dark; sid=\"abc=def\";  ; noequals; =nameless", "theme=light; lang=de")));
    assertThat(client.cookies()).containsExactly(Map.entry("theme", "dark"),
        Map.entry("sid", "abc=def"), Map.entry("lang", "de"));
    assertThat(client.cookie("theme")).as("the first of a name wins").isEqualTo("dark");
    assertThat(client.cookie("none")).isNull();
    assertThatThrownBy(() -> client.cookies().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aPageWithoutABrowserHasNoHeadersAndNoCookies() {
    ClientInfo none = ClientInfo.none();
    assertThat(none.headers().isEmpty()).isTrue();
    assertThat(none.cookies()).isEmpty();
    assertThat(none.userAgent()).isNull();
    assertThat(none.clientIp()).isNull();
  }
}
