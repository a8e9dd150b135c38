package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's sign-in and navigation methods, down to its host: what they pass on, and the URLs
 * {@code launchUrl} refuses before anything reaches the browser.
 */
class PageSignInTest {

  private final List<String> calls = new ArrayList<>();
  private final RecordingSink sink = new RecordingSink();
  private final Page page = new PageDriver(new PageHost() {
    @Override
    public String sessionId() {
      return "s";
    }

    @Override
    public java.util.concurrent.CompletionStage<Void> timer(java.time.Duration delay) {
      return null;
    }

    @Override
    public void close() {
    }

    @Override
    public void login(String provider, LoginOptions options) {
      calls.add("login " + provider + " " + options);
    }

    @Override
    public void logout() {
      calls.add("logout");
    }

    @Override
    public void navigate(String url, boolean newTab) {
      calls.add("navigate " + url + " " + newTab);
    }
  }, ClientInfo.none(), sink).page();

  @Test
  void loginLogoutAndLaunchUrlGoToTheHost() {
    page.login("github");
    page.login("github", new LoginOptions(List.of("read:org"), true));
    page.logout();
    page.launchUrl("https://example.com/a?b=c");
    page.launchUrl("mailto:ada@example.com", true);
    page.launchUrl("orders/7");
    assertThat(calls).containsExactly(
        "login github LoginOptions[scopes=[], fetchGroups=false]",
        "login github LoginOptions[scopes=[read:org], fetchGroups=true]",
        "logout",
        "navigate https://example.com/a?b=c false",
        "navigate mailto:ada@example.com true",
        "navigate orders/7 false");
  }

  @Test
  void aLoginNeedsAProvider() {
    assertThatThrownBy(() -> page.login(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provider");
    assertThat(calls).isEmpty();
  }

  @Test
  void launchUrlRefusesScriptAndDataUrls() {
    for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:x",
        "java\nscript:alert(1)", "\u0001javascript:x", "data:text/html,<script>alert(1)</script>",
        "vbscript:x", "file:///etc/passwd")) {
      assertThatThrownBy(() -> page.launchUrl(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("launchUrl opens");
    }
    assertThatThrownBy(() -> page.launchUrl("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(calls).isEmpty();
    page.launchUrl("https://example.com/a b|c"); // browsers open these; java.net.URI would not
    page.launchUrl("search?q=a:b"); // a colon after the first segment's start is no scheme
    assertThat(calls).containsExactly("navigate https://example.com/a b|c false",
        "navigate search?q=a:b false");
  }

  @Test
  void aHostWithoutSignInHasNoUserAndNoProviders() {
    assertThat(page.auth()).isNull();
    assertThat(page.loginProviders()).isEmpty();
  }
}
