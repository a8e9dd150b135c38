package dev.weft.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A reverse proxy in front of mock-oauth2-server that keeps the {@code Host} header, so the mock
 * names the proxy as the issuer and every endpoint: the test can then make the issuer unreachable
 * ({@link #down}) or change its token responses ({@link #tokens}), e.g. to break a signature.
 */
final class IssuerProxy implements AutoCloseable {

  /** When true, every request is answered 503, as by an issuer that is down. */
  volatile boolean down;
  /** How long the token endpoint takes to answer, in ms. */
  volatile long tokenDelayMs;
  /** Applied to every successful token response. */
  volatile UnaryOperator<JsonObject> tokens = UnaryOperator.identity();

  private final Vertx vertx;
  private final HttpClient client;
  private final HttpServer server;

  private IssuerProxy(Vertx vertx, int targetPort) {
    this.vertx = vertx;
    client = vertx.createHttpClient();
    server = vertx.createHttpServer().requestHandler(req -> forward(req, targetPort));
    SignInRig.await(server.listen(0, "127.0.0.1"));
  }

  static IssuerProxy start(Vertx vertx, int targetPort) {
    return new IssuerProxy(vertx, targetPort);
  }

  /** The proxied issuer's URL: {@code http://127.0.0.1:<port>/<issuerId>}. */
  String issuer(String issuerId) {
    return "http://127.0.0.1:" + server.actualPort() + "/" + issuerId;
  }

  private void forward(HttpServerRequest req, int targetPort) {
    if (down) {
      req.response().setStatusCode(503).end("down");
      return;
    }
    req.body().compose(body -> {
      RequestOptions options = new RequestOptions().setMethod(req.method()).setHost("127.0.0.1")
          .setPort(targetPort).setURI(req.uri());
      req.headers().forEach((name, value) -> {
        if (!name.equalsIgnoreCase("content-length")) {
          options.addHeader(name, value);
        }
      });
      return client.request(options)
          .compose(out -> out.send(body))
          .compose(in -> in.body().map(answer -> {
            Buffer content = answer;
            if (req.path().endsWith("/token") && in.statusCode() == 200) {
              content = tokens.apply(answer.toJsonObject()).toBuffer();
            }
            Buffer sent = content;
            Runnable reply = () -> {
              in.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")) {
                  req.response().putHeader(name, value);
                }
              });
              req.response().setStatusCode(in.statusCode()).end(sent);
            };
            if (req.path().endsWith("/token") && tokenDelayMs > 0) {
              vertx.setTimer(tokenDelayMs, t -> reply.run());
            } else {
              reply.run();
            }
            return (Void) null;
          }));
    }).onFailure(t -> req.response().setStatusCode(502).end(String.valueOf(t)));
  }

  /** An ID token whose signature no longer matches: its last character changed. */
  static JsonObject badSignature(JsonObject response) {
    String idToken = response.getString("id_token");
    char last = idToken.charAt(idToken.length() - 2);
    String tampered = idToken.substring(0, idToken.length() - 2) + (last == 'A' ? 'B' : 'A')
        + idToken.charAt(idToken.length() - 1);
    return response.copy().put("id_token", tampered);
  }

  @Override
  public void close() {
    server.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
    client.close();
  }
}
