package dev.weft.auth;

import java.util.Map;

/**
 * What a provider sent back with a valid state: the authorization code to exchange for tokens,
 * and every query parameter of the callback (some providers add {@code iss} or {@code scope}).
 *
 * @param code the authorization code
 * @param parameters the callback's query parameters, first value of each
 */
public record AuthorizationCode(String code, Map<String, String> parameters) {

  public AuthorizationCode {
    parameters = Map.copyOf(parameters);
  }
}
