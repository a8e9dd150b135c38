package dev.weft.auth;

import io.vertx.core.json.JsonObject;

/**
 * What the OAuth callback answers the browser, decided where the state was issued (so it travels
 * back over the event bus as JSON): a redirect back into the app, or a page saying what went
 * wrong with a link back.
 *
 * @param status the HTTP status
 * @param location where a redirect goes, or null for a page
 * @param title the page's title
 * @param message one sentence of what happened, for people; never holds a secret
 * @param back where the page's "Back to the app" link goes: the page that began the sign-in, or
 *     {@code ./} (the app's base, as the callback sits at {@code <base>oauth_callback})
 */
public record CallbackAnswer(int status, String location, String title, String message, String back) {

  /** Where a page links when the state, and so the app, is unknown. */
  public static final String APP_BASE = "./";

  /** 303 See Other to {@code location}: the browser returns to the app with a GET. */
  public static CallbackAnswer redirect(String location) {
    return new CallbackAnswer(303, location, null, null, null);
  }

  /** A page with a status, a title, a sentence and a link back ({@code ./} when null). */
  public static CallbackAnswer page(int status, String title, String message, String back) {
    return new CallbackAnswer(status, null, title, message, back == null ? APP_BASE : back);
  }

  /** The state is not one this Weft waits for: never issued, used already, or swept as expired. */
  public static CallbackAnswer unknownState() {
    return page(400, "Sign-in failed", "This sign-in link is unknown, used or expired. Please "
        + "sign in again from the app.", null);
  }

  /** A known state that outlived {@code oauth.stateTtlSeconds}. */
  public static CallbackAnswer expired(String back) {
    return page(400, "Sign-in expired", "The sign-in took too long and has expired. Please sign in "
        + "again from the app.", back);
  }

  /** The provider sent the user back with an {@code error} (the user refused, most often). */
  public static CallbackAnswer providerError(String error, String back) {
    boolean denied = "access_denied".equals(error);
    return page(denied ? 403 : 400, denied ? "Sign-in cancelled" : "Sign-in failed",
        denied ? "The sign-in was refused at the provider (access_denied), so you are not signed in."
            : "The provider reported an error (" + Html.plainCode(error) + "), so you are not signed in.",
        back);
  }

  /** The provider sent the user back with neither a code nor an error. */
  public static CallbackAnswer noCode(String back) {
    return page(400, "Sign-in failed", "The provider sent no authorization code, so you are not "
        + "signed in.", back);
  }

  /** The sign-in did not finish within the callback's wait (a provider that does not answer). */
  public static CallbackAnswer timedOut(String back) {
    return page(504, "Sign-in timed out", "The provider did not answer in time, so you are not "
        + "signed in. Please try again.", back);
  }

  /** The page for a sign-in that failed after its callback arrived, by its error code. */
  public static CallbackAnswer failed(SignInException why, String back) {
    return switch (why.error()) {
      case "browser_mismatch" -> page(403, "Sign-in refused", "This sign-in was begun in another "
          + "browser (or this browser blocked its cookie), so you are not signed in. Please sign "
          + "in again from the app.", back);
      case "token_refused" -> page(400, "Sign-in failed", "The provider did not accept the "
          + "sign-in code, so you are not signed in. Please sign in again.", back);
      case "invalid_id_token" -> page(401, "Sign-in refused", "The provider's ID token could not "
          + "be trusted: " + why.getMessage().replaceFirst("^the ID token was refused: ", "")
          + ". You are not signed in.", back);
      case "user_info_failed" -> page(502, "Sign-in failed", "The provider did not say who you "
          + "are, so you are not signed in. Please try again.", back);
      case "provider_timeout" -> timedOut(back);
      default -> page(500, "Sign-in failed", "The sign-in failed on the server, so you are not "
          + "signed in. Please try again.", back);
    };
  }

  /** Whether this answer sends the browser on rather than showing a page. */
  public boolean isRedirect() {
    return location != null;
  }

  /** For the event bus. */
  public JsonObject toJson() {
    return new JsonObject().put("status", status).put("location", location).put("title", title)
        .put("message", message).put("back", back);
  }

  /** From the event bus. */
  public static CallbackAnswer fromJson(JsonObject json) {
    return new CallbackAnswer(json.getInteger("status"), json.getString("location"),
        json.getString("title"), json.getString("message"), json.getString("back"));
  }
}
