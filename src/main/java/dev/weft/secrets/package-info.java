/**
 * Where Weft's secrets come from: {@link dev.weft.secrets.Secrets}, the one {@code SecureRandom}
 * and base64url encoder behind session tokens, upload and download tokens, OAuth states, PKCE
 * verifiers and signing keys; and {@link dev.weft.secrets.LogTag}, how an id appears in a log
 * line. A package of its own, free of Vert.x, because the packages that draw secrets
 * ({@code session}, {@code auth}, {@code upload}, {@code download}) depend on each other in one
 * direction only and each needs it. docs/security.md says what each secret is for.
 */
package dev.weft.secrets;
