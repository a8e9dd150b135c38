package dev.weft.auth;

import dev.weft.secrets.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Proof Key for Code Exchange (RFC 7636) with S256: the authorization request carries
 * {@code challenge}, the token request {@code verifier}, so a code intercepted on its way back is
 * worthless to whoever has not the verifier, which never leaves the server.
 *
 * @param verifier 32 random bytes, base64url (43 characters)
 * @param challenge BASE64URL(SHA-256(verifier))
 */
record Pkce(String verifier, String challenge) {

  static final String METHOD = "S256";

  static Pkce create() {
    String verifier = random();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return new Pkce(verifier, Secrets.encode(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** 32 random bytes, base64url: a verifier, or an OpenID Connect nonce. */
  static String random() {
    return Secrets.base64url(32);
  }

  @Override
  public String toString() {
    return "Pkce[verifier=***, challenge=" + challenge + "]";
  }
}
