package dev.weft.ui;

import java.util.Map;

/**
 * The signed-in user, as their provider describes them: from the OpenID Connect ID token and
 * userinfo, or from the provider's user API (GitHub). Any field the provider does not give is null.
 *
 * @param id the provider's stable id for the user ({@code sub}, or GitHub's numeric id)
 * @param name the display name
 * @param email the e-mail address
 * @param picture the URL of the user's picture
 * @param claims everything the provider said about the user, by claim name
 */
public record AuthUser(String id, String name, String email, String picture,
                       Map<String, Object> claims) {

  public AuthUser {
    claims = claims == null ? Map.of() : Map.copyOf(claims);
  }

  /** The name if the provider gave one, else the e-mail address, else the id. */
  public String displayName() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return email != null && !email.isBlank() ? email : id;
  }
}
