package dev.weft.assets;

import dev.weft.testing.WeftTestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP client on a test server: vertx-web-client, without redirects and without
 * decompression (it sends no {@code Accept-Encoding} unless a test does, and shows bodies as sent).
 */
final class Http implements AutoCloseable {

  private final WeftTestServer server;
  private final WebClient client;

  Http(WeftTestServer server) {
    this.server = server;
    WebClientOptions options = new WebClientOptions().setFollowRedirects(false);
    options.setDecompressionSupported(false);
    this.client = WebClient.create(server.vertx(), options);
  }

  HttpResponse<Buffer> get(String path, String... headerNamesAndValues) {
    return send(HttpMethod.GET, path, headerNamesAndValues);
  }

  HttpResponse<Buffer> head(String path, String... headerNamesAndValues) {
    return send(HttpMethod.HEAD, path, headerNamesAndValues);
  }

  HttpResponse<Buffer> send(HttpMethod method, String path, String... headerNamesAndValues) {
    HttpRequest<Buffer> request = client.requestAbs(method, server.url(path));
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      request.putHeader(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    return await(request.send());
  }

  /** The client's hashed prefix as the app's index page names it: {@code _weft/<hash>/}. */
  String clientPrefix(String mount) {
    String html = get(mount).bodyAsString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(_weft/[^/\"]+/)weft\\.css\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no client prefix in the index page:\n" + html);
    }
    return m.group(1);
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
