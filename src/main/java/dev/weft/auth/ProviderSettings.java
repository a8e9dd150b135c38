package dev.weft.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One sign-in provider as {@code oauth.providers.<name>} configures it, checked: a bad one stops
 * the start with a message naming the key ({@code oauth.providers.corp.issuer: …}), since no
 * user could ever sign in with it.
 *
 * @param name the provider's name, which {@code page.login(name)} uses
 * @param type what kind of provider it is
 * @param clientId the client id registered at the provider
 * @param clientSecret the client secret, or empty for a public client (PKCE only)
 * @param issuer the OpenID Connect issuer URL discovery starts from (null for GitHub)
 * @param scopes the scopes every sign-in asks for
 * @param site GitHub's web address (authorization and token endpoints); null for other types
 * @param apiUrl GitHub's API address (the user, e-mails, teams, organisations); null for others
 */
public record ProviderSettings(String name, ProviderType type, String clientId, String clientSecret,
                               String issuer, List<String> scopes, String site, String apiUrl) {

  /** The fields a provider's object may hold, as in the configuration. */
  public static final List<String> FIELDS = List.of(
      "type", "clientId", "clientSecret", "issuer", "tenant", "scopes", "site", "apiUrl");
  public static final String DEFAULT_GITHUB_SITE = "https://github.com";
  public static final String DEFAULT_GITHUB_API = "https://api.github.com";
  public static final String DEFAULT_GOOGLE_ISSUER = "https://accounts.google.com";
  public static final String DEFAULT_AZURE_TENANT = "common";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

  public ProviderSettings {
    scopes = List.copyOf(scopes);
  }

  /**
   * Reads and checks {@code oauth.providers.<name>}.
   *
   * @throws IllegalArgumentException naming the bad key, e.g. {@code oauth.providers.corp.clientId}
   */
  public static ProviderSettings of(String name, Object value) {
    String key = "oauth.providers." + name;
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(key + ": a provider's name holds only letters, digits, "
          + "_ and - (its environment variables are WEFT_OAUTH_PROVIDERS_<NAME>_*)");
    }
    if (!(value instanceof JsonObject json)) {
      throw new IllegalArgumentException(key + " must be a JSON object like {\"type\": \"github\", "
          + "\"clientId\": \"…\"}, not " + value);
    }
    for (String field : json.fieldNames()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(key + ": unknown field \"" + field + "\" (known: "
            + String.join(", ", FIELDS) + ")");
      }
    }
    String typeName = string(json, key, "type");
    if (typeName == null) {
      throw new IllegalArgumentException(key + ".type is missing: one of " + typeNames());
    }
    ProviderType type = ProviderType.fromConfig(typeName);
    if (type == null) {
      throw new IllegalArgumentException(key + ".type must be one of " + typeNames() + ", not \""
          + typeName + "\"");
    }
    String clientId = string(json, key, "clientId");
    if (clientId == null) {
      throw new IllegalArgumentException(key + ".clientId is missing: the client id the provider "
          + "gave this app (or WEFT_OAUTH_PROVIDERS_" + envName(name) + "_CLIENT_ID)");
    }
    String secret = string(json, key, "clientSecret");
    List<String> scopes = scopes(json, key, type);
    only(json, key, "tenant", type == ProviderType.AZURE);
    only(json, key, "site", type == ProviderType.GITHUB);
    only(json, key, "apiUrl", type == ProviderType.GITHUB);
    only(json, key, "issuer", type != ProviderType.GITHUB);
    String issuer = switch (type) {
      case GITHUB -> null;
      case GOOGLE -> url(json, key, "issuer", DEFAULT_GOOGLE_ISSUER);
      case AZURE -> {
        String tenant = string(json, key, "tenant");
        if (tenant == null) {
          tenant = DEFAULT_AZURE_TENANT;
        } else if (!TENANT.matcher(tenant).matches()) {
          throw new IllegalArgumentException(key + ".tenant must be a tenant id or domain "
              + "(or common, organizations, consumers), not \"" + tenant + "\"");
        }
        yield url(json, key, "issuer", "https://login.microsoftonline.com/" + tenant + "/v2.0");
      }
      case AUTH0, OIDC -> {
        String url = url(json, key, "issuer", null);
        if (url == null) {
          throw new IllegalArgumentException(key + ".issuer is missing: a " + type.configName()
              + " provider is found by OpenID Connect discovery at <issuer>/.well-known/"
              + "openid-configuration");
        }
        yield url;
      }
    };
    String site = type == ProviderType.GITHUB ? url(json, key, "site", DEFAULT_GITHUB_SITE) : null;
    String api = type == ProviderType.GITHUB ? url(json, key, "apiUrl", DEFAULT_GITHUB_API) : null;
    return new ProviderSettings(name, type, clientId, secret == null ? "" : secret, issuer, scopes,
        site, api);
  }

  /** The provider's name as its environment variables spell it ({@code my-idp} → {@code MY_IDP}). */
  public static String envName(String name) {
    return name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }

  @Override
  public String toString() { // never the secret
    return "ProviderSettings[name=" + name + ", type=" + type.configName() + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret.isEmpty() ? "none" : "***") + ", issuer=" + issuer
        + ", scopes=" + scopes + ", site=" + site + ", apiUrl=" + apiUrl + "]";
  }

  private static String typeNames() {
    List<String> names = new ArrayList<>();
    for (ProviderType t : ProviderType.values()) {
      names.add(t.configName());
    }
    return String.join(", ", names);
  }

  private static String string(JsonObject json, String key, String field) {
    Object value = json.getValue(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException(key + "." + field + " must be a non-empty string");
    }
    return s.trim();
  }

  private static void only(JsonObject json, String key, String field, boolean allowed) {
    if (!allowed && json.containsKey(field)) {
      throw new IllegalArgumentException(key + "." + field + " does not apply to a "
          + json.getString("type") + " provider");
    }
  }

  private static String url(JsonObject json, String key, String field, String def) {
    String value = string(json, key, field);
    if (value == null) {
      return def;
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (java.net.URISyntaxException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(key + "." + field + " must be an http(s) URL without "
          + "query, like https://id.example.com, not \"" + value + "\"");
    }
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  private static List<String> scopes(JsonObject json, String key, ProviderType type) {
    Object value = json.getValue("scopes");
    if (value == null) {
      return type.defaultScopes();
    }
    List<String> scopes = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (Object item : array) {
        if (!(item instanceof String s) || s.isBlank() || s.contains(" ")) {
          throw new IllegalArgumentException(key + ".scopes must be a JSON array of scopes, each "
              + "without spaces, not " + array.encode());
        }
        scopes.add(s);
      }
    } else {
      throw new IllegalArgumentException(key + ".scopes must be a JSON array of scopes, like "
          + "[\"openid\", \"email\"], not " + value);
    }
    if (type.openIdConnect() && !scopes.contains("openid")) {
      scopes.add(0, "openid"); // without it there is no ID token, and no OpenID Connect sign-in
    }
    return scopes;
  }
}
