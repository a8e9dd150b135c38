package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token a browser holds: its shape, its entropy, what it admits, how it prints. */
class SessionTokenTest {

  @Test
  void aTokenIsA144BitIdAndA192BitSecretBase64url() {
    SessionToken token = SessionToken.issue();
    assertThat(token.text()).matches("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{32}");
    assertThat(token.id()).isEqualTo(token.text().substring(0, 24));
    assertThat(SessionToken.ID_BYTES * 8).isEqualTo(144);
    assertThat(SessionToken.SECRET_BYTES * 8).as("at least 128 bits").isEqualTo(192);
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> ids = new HashSet<>();
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String text = SessionToken.issue().text();
      ids.add(text.substring(0, 24));
      secrets.add(text.substring(25));
    }
    assertThat(ids).hasSize(10_000);
    assertThat(secrets).hasSize(10_000);
  }

  @Test
  void aTokenAdmitsItselfAndNothingElse() {
    SessionToken token = SessionToken.issue();
    String text = token.text();
    assertThat(token.admits(SessionToken.parse(text))).isTrue();
    assertThat(token.admits(null)).isFalse();
    assertThat(token.admits(SessionToken.issue())).isFalse();
    String sameIdOtherSecret = token.id() + "." + SessionToken.issue().text().substring(25);
    assertThat(token.admits(SessionToken.parse(sameIdOtherSecret))).isFalse();
    String sameSecretOtherId = SessionToken.issue().id() + text.substring(24);
    assertThat(token.admits(SessionToken.parse(sameSecretOtherId))).isFalse();
    for (int i = 25; i < text.length(); i++) { // every single character of the secret counts
      char c = text.charAt(i);
      String changed = text.substring(0, i) + (c == 'x' ? 'y' : 'x') + text.substring(i + 1);
      assertThat(token.admits(SessionToken.parse(changed))).as("changed at %d", i).isFalse();
    }
  }

  @Test
  void whatIsNotTheShapeOfATokenParsesToNull() {
    String text = SessionToken.issue().text();
    assertThat(SessionToken.parse(null)).isNull();
    assertThat(SessionToken.parse("")).isNull();
    assertThat(SessionToken.parse(text.substring(0, 24))).as("an id alone").isNull();
    assertThat(SessionToken.parse(text + "A")).isNull();
    assertThat(SessionToken.parse(text.substring(1))).isNull();
    assertThat(SessionToken.parse(text.replace('.', '-'))).isNull();
    assertThat(SessionToken.parse(text.substring(0, 30) + "+" + text.substring(31))).isNull();
    assertThat(SessionToken.parse(text.substring(0, 5) + "/" + text.substring(6))).isNull();
    assertThat(SessionToken.parse(text + "\n")).isNull();
  }

  @Test
  void printedATokenShowsATagOfItsIdOnly() {
    SessionToken token = SessionToken.issue();
    assertThat(token.toString()).isEqualTo("SessionToken[" + token.id().substring(0, 6) + "]")
        .doesNotContain(token.id()).doesNotContain(token.text().substring(25));
  }
}
