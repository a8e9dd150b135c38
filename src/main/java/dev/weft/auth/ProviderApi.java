package dev.weft.auth;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * GET requests to a provider's API on behalf of the signed-in user (the access token as a bearer
 * token), answering the parsed JSON. A failure names the URL and status, never the token.
 */
final class ProviderApi {

  private ProviderApi() {
  }

  /** The JSON (object or array) at {@code url}, or a failure for any status but 200. */
  static Future<Object> get(HttpClient client, String url, String accessToken) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url)
        .setTimeout(SignInProvider.HTTP_TIMEOUT_MS)
        .putHeader("Authorization", "Bearer " + accessToken)
        .putHeader("Accept", "application/vnd.github+json, application/json")
        .putHeader("User-Agent", "weft");
    return client.request(options)
        .compose(request -> request.send())
        .compose(response -> response.body().compose(body -> {
          if (response.statusCode() != 200) {
            return Future.failedFuture(new SignInException("user_info_failed",
                "GET " + url + " answered " + response.statusCode()));
          }
          try {
            return Future.succeededFuture(io.vertx.core.json.Json.decodeValue(body));
          } catch (RuntimeException e) {
            return Future.failedFuture(new SignInException("user_info_failed",
                "GET " + url + " answered something that is not JSON"));
          }
        }));
  }
}
