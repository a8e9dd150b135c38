package dev.weft.auth;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of sign-in provider {@code oauth.providers.<name>.type} names. Every kind but GitHub
 * speaks OpenID Connect: its endpoints and keys come from discovery, and it signs the user in with
 * an ID token. GitHub is plain OAuth 2.0: fixed endpoints, and the user comes from its API.
 */
public enum ProviderType {
  /** GitHub or GitHub Enterprise: OAuth 2.0, the user from {@code /user} and {@code /user/emails}. */
  GITHUB(false, List.of("read:user", "user:email")),
  /** Google: OpenID Connect at {@code https://accounts.google.com}. */
  GOOGLE(true, OidcScopes.DEFAULT),
  /** Microsoft Entra ID (Azure AD): OpenID Connect at {@code login.microsoftonline.com/<tenant>/v2.0}. */
  AZURE(true, OidcScopes.DEFAULT),
  /** Auth0: OpenID Connect at the tenant's domain ({@code issuer}). */
  AUTH0(true, OidcScopes.DEFAULT),
  /** Any OpenID Connect issuer with discovery ({@code issuer}/.well-known/openid-configuration). */
  OIDC(true, OidcScopes.DEFAULT);

  private final boolean openIdConnect;
  private final List<String> defaultScopes;

  ProviderType(boolean openIdConnect, List<String> defaultScopes) {
    this.openIdConnect = openIdConnect;
    this.defaultScopes = defaultScopes;
  }

  /** Whether it signs in with OpenID Connect (discovery, ID token, nonce). */
  public boolean openIdConnect() {
    return openIdConnect;
  }

  /** The scopes asked for when the configuration names none. */
  public List<String> defaultScopes() {
    return defaultScopes;
  }

  /** The configuration's name of this type ({@code github}, {@code oidc}, …). */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a configuration names, or null. */
  public static ProviderType fromConfig(String name) {
    for (ProviderType type : values()) {
      if (type.configName().equals(name)) {
        return type;
      }
    }
    return null;
  }

  /** Holder: an enum constant's constructor cannot read a static field of its own enum. */
  private static final class OidcScopes {
    static final List<String> DEFAULT = List.of("openid", "email", "profile");
  }
}
