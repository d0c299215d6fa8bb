package dev.slipway.cli;

import dev.slipway.api.UserException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts JSON to a webhook: 10 s timeouts, three attempts with backoff on network errors and 5xx/429. */
final class Webhook {
  private static final int ATTEMPTS = 3;

  private Webhook() {}

  /** How the retries wait; tests pass one that records the delays instead of sleeping. */
  interface Backoff {
    void sleep(long millis) throws InterruptedException;
  }

  static void post(String url, String json) throws IOException {
    post(url, json, Thread::sleep);
  }

  static void post(String url, String json, Backoff backoff) throws IOException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new UserException("--webhook: invalid URL: " + e.getMessage());
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    String last = null;
    int attempts = 0;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      attempts = attempt;
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        int code = response.statusCode();
        if (code / 100 == 2) return;
        last = "HTTP " + code;
        if (code != 429 && code / 100 != 5) break; // a 4xx will not change on retry
      } catch (ConnectException e) {
        // The HttpClient's ConnectException carries no message (nor does its cause): say what it means.
        last = "cannot connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + " (ConnectException)";
      } catch (IOException e) {
        last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while posting to the webhook", e);
      }
      if (attempt < ATTEMPTS) {
        try {
          backoff.sleep(500L << (attempt - 1));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while posting to the webhook", e);
        }
      }
    }
    throw new UserException("webhook " + uri.getHost() + " did not accept the drift report"
        + (attempts > 1 ? " after " + attempts + " attempts" : "") + ": " + last);
  }
}
