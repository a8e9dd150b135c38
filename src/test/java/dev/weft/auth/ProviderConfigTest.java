package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.server.ConfigException;
import dev.weft.server.WeftConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code oauth.providers} and {@code WEFT_OAUTH_PROVIDERS_<NAME>_<FIELD>}: defaults per type, the
 * environment over the file (or alone), and a bad provider stopping the start with its key named.
 */
class ProviderConfigTest {

  private static List<ProviderSettings> load(String conf, Map<String, String> env) throws ConfigException {
    return WeftConfig.load(conf, env, Map.of()).oauthProviders();
  }

  @Test
  void eachTypeGetsItsDefaults() throws Exception {
    List<ProviderSettings> providers = load("{\"oauth\": {\"providers\": {"
        + "\"gh\": {\"type\": \"github\", \"clientId\": \"a\"},"
        + "\"google\": {\"type\": \"google\", \"clientId\": \"b\"},"
        + "\"ms\": {\"type\": \"azure\", \"clientId\": \"c\", \"tenant\": \"contoso.onmicrosoft.com\"},"
        + "\"a0\": {\"type\": \"auth0\", \"clientId\": \"d\", \"issuer\": \"https://x.eu.auth0.com/\"},"
        + "\"corp\": {\"type\": \"oidc\", \"clientId\": \"e\", \"issuer\": \"https://id.corp.example/realms/r\","
        + " \"scopes\": [\"email\"]}}}}", Map.of());
    assertThat(providers).extracting(ProviderSettings::name).containsExactly("gh", "google", "ms", "a0", "corp");
    ProviderSettings gh = providers.get(0);
    assertThat(gh.scopes()).containsExactly("read:user", "user:email");
    assertThat(gh.site()).isEqualTo("https://github.com");
    assertThat(gh.apiUrl()).isEqualTo("https://api.github.com");
    assertThat(providers.get(1).issuer()).isEqualTo("https://accounts.google.com");
    assertThat(providers.get(1).scopes()).containsExactly("openid", "email", "profile");
    assertThat(providers.get(2).issuer()).isEqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0");
    assertThat(providers.get(3).issuer()).isEqualTo("https://x.eu.auth0.com");
    assertThat(providers.get(4).scopes()).as("openid is always asked for").containsExactly("openid", "email");
  }

  @Test
  void theEnvironmentOverridesFieldsAndMayDefineAProviderAlone() throws Exception {
    List<ProviderSettings> providers = load("{\"oauth\": {\"providers\": {"
        + "\"my-idp\": {\"type\": \"oidc\", \"clientId\": \"from-file\", \"issuer\": \"https://id.example\"}}}}",
        Map.of("WEFT_OAUTH_PROVIDERS_MY_IDP_CLIENT_SECRET", "env-secret",
            "WEFT_OAUTH_PROVIDERS_MY_IDP_CLIENT_ID", "from-env",
            "WEFT_OAUTH_PROVIDERS_GITHUB_TYPE", "github",
            "WEFT_OAUTH_PROVIDERS_GITHUB_CLIENT_ID", "gh-id",
            "WEFT_OAUTH_PROVIDERS_GITHUB_SCOPES", "read:user, read:org"));
    assertThat(providers).extracting(ProviderSettings::name).containsExactly("my-idp", "github");
    assertThat(providers.get(0).clientId()).isEqualTo("from-env");
    assertThat(providers.get(0).clientSecret()).isEqualTo("env-secret");
    assertThat(providers.get(0).toString()).doesNotContain("env-secret");
    assertThat(WeftConfig.load(null, Map.of("WEFT_OAUTH_PROVIDERS_GH_TYPE", "github",
        "WEFT_OAUTH_PROVIDERS_GH_CLIENT_ID", "id", "WEFT_OAUTH_PROVIDERS_GH_CLIENT_SECRET", "env-secret"),
        Map.of()).toString()).as("the configuration as text").doesNotContain("env-secret").contains("***");
    assertThat(providers.get(1).scopes()).containsExactly("read:user", "read:org");
  }

  @Test
  void aBadProviderStopsTheStartNamingTheKey() {
    assertBad("{\"gh\": {\"type\": \"gitlab\", \"clientId\": \"a\"}}",
        "oauth.providers.gh.type must be one of github, google, azure, auth0, oidc, not \"gitlab\"");
    assertBad("{\"gh\": {\"type\": \"github\"}}", "oauth.providers.gh.clientId is missing");
    assertBad("{\"corp\": {\"type\": \"oidc\", \"clientId\": \"a\"}}", "oauth.providers.corp.issuer is missing");
    assertBad("{\"corp\": {\"type\": \"oidc\", \"clientId\": \"a\", \"issuer\": \"id.example\"}}",
        "oauth.providers.corp.issuer must be an http(s) URL");
    assertBad("{\"corp\": {\"type\": \"oidc\", \"clientId\": \"a\", \"issuer\": \"https://i\", \"secret\": \"x\"}}",
        "oauth.providers.corp: unknown field \"secret\"");
    assertBad("{\"gh\": {\"type\": \"github\", \"clientId\": \"a\", \"tenant\": \"x\"}}",
        "oauth.providers.gh.tenant does not apply to a github provider");
    assertBad("{\"gh\": \"github\"}", "oauth.providers.gh must be a JSON object");
    assertBad("{\"g h\": {\"type\": \"github\", \"clientId\": \"a\"}}", "oauth.providers.g h: a provider's name");
    assertThatThrownBy(() -> load(null, Map.of("WEFT_OAUTH_PROVIDERS_X_CLIENT", "1")))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.source()).isEqualTo("WEFT_OAUTH_PROVIDERS_X_CLIENT");
          assertThat(e.getMessage()).contains("not a provider setting");
        });
    assertThatThrownBy(() -> load(null, Map.of("WEFT_OAUTH_PROVIDERS_X_CLIENT_ID", "1")))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.getMessage()).contains("oauth.providers.x.type is missing"));
  }

  private static void assertBad(String providers, String message) {
    assertThatThrownBy(() -> load("{\"oauth\": {\"providers\": " + providers + "}}", Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains(message));
  }
}
