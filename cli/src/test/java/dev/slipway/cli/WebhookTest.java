package dev.slipway.cli;

import dev.slipway.api.UserException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drift webhook against a real HTTP server on a free local port: which answers it retries, how many
 * requests it makes, the backoff between them, and the error it reports. No database; the backoff is
 * recorded instead of slept.
 */
class WebhookTest {
  private static final String JSON = "{\"text\":\"Slipway drift on db: 2 extra\",\"n\":\"ünïcode ✓\"}";

  private HttpServer server;
  /** Status codes the server answers with, in order; once used up it answers 500. */
  private final Deque<Integer> answers = new ArrayDeque<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final List<Long> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      contentTypes.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
      Integer code;
      synchronized (answers) {
        code = answers.poll();
      }
      exchange.sendResponseHeaders(code == null ? 500 : code, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private void answer(Integer... codes) {
    synchronized (answers) {
      answers.addAll(List.of(codes));
    }
  }

  private void post(String url) throws IOException {
    Webhook.post(url, JSON, waits::add);
  }

  @Test
  void a503ThenA200SucceedsOnTheSecondRequestWithTheSameBody() throws Exception {
    answer(503, 200);
    post(url());
    assertThat(bodies).containsExactly(JSON, JSON);
    assertThat(contentTypes).containsOnly("POST application/json");
    assertThat(waits).containsExactly(500L);
  }

  @Test
  void twoTooManyRequestsThenA200SucceedsOnTheThirdRequest() throws Exception {
    answer(429, 429, 200);
    post(url());
    assertThat(bodies).hasSize(3).containsOnly(JSON);
    assertThat(waits).containsExactly(500L, 1000L);
  }

  @Test
  void threeServerErrorsGiveUpAfterExactlyThreeRequests() {
    answer(500, 500, 500);
    Throwable t = catchThrowable(() -> post(url()));
    assertThat(t).isInstanceOf(UserException.class)
        .hasMessage("webhook 127.0.0.1 did not accept the drift report after 3 attempts: HTTP 500");
    assertThat(bodies).hasSize(3);
    assertThat(waits).containsExactly(500L, 1000L);
  }

  @Test
  void aClientErrorIsNotRetried() {
    answer(400, 200);
    Throwable t = catchThrowable(() -> post(url()));
    assertThat(t).isInstanceOf(UserException.class)
        .hasMessage("webhook 127.0.0.1 did not accept the drift report: HTTP 400");
    assertThat(bodies).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void theFirst2xxEndsTheRetries() throws Exception {
    answer(204);
    post(url());
    assertThat(bodies).containsExactly(JSON);
    assertThat(waits).isEmpty();
  }

  /** Nothing listens on the port: three attempts (two waits between them), then one clear line. */
  @Test
  void aRefusedConnectionIsTriedThreeTimesThenReported() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Throwable t = catchThrowable(() -> post("http://127.0.0.1:" + port + "/hook"));
    assertThat(t).isInstanceOf(UserException.class)
        .hasMessage("webhook 127.0.0.1 did not accept the drift report after 3 attempts: cannot connect to 127.0.0.1:"
            + port + " (ConnectException)");
    assertThat(waits).containsExactly(500L, 1000L);
  }

  /** A server that accepts and hangs up without answering: a network error, retried; each try is counted. */
  @Test
  void aConnectionClosedWithoutAnAnswerIsRetriedThreeTimes() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket s = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!s.isClosed()) {
          try (Socket c = s.accept()) {
            accepted.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      Throwable t = catchThrowable(() -> post("http://127.0.0.1:" + s.getLocalPort() + "/hook"));
      assertThat(t).isInstanceOf(UserException.class)
          .hasMessageStartingWith("webhook 127.0.0.1 did not accept the drift report after 3 attempts: IOException")
          .hasMessageNotContaining("HTTP ").hasMessageNotContaining("\n");
    }
    assertThat(accepted).hasValue(3);
    assertThat(waits).containsExactly(500L, 1000L);
  }

  @Test
  void anInvalidUrlIsAUserErrorWithoutAnyRequest() {
    Throwable t = catchThrowable(() -> post("http://exa mple.com/hook"));
    assertThat(t).isInstanceOf(UserException.class).hasMessageStartingWith("--webhook: invalid URL: ");
    assertThat(bodies).isEmpty();
  }
}
