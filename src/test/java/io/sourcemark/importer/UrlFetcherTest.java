package io.sourcemark.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Fetching articles from a server on this machine (127.0.0.1 only). */
class UrlFetcherTest {

    private static final Instant FETCHED = Instant.parse("2024-05-06T07:08:09Z");
    private static final ImportLimits LIMITS = new ImportLimits(64 * 1024, 1_000_000, 100_000);

    private HttpServer server;
    private String base;
    private ImporterRegistry registry;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        UrlFetcher fetcher = new UrlFetcher(LIMITS, Duration.ofSeconds(2), Duration.ofMillis(800),
                Clock.fixed(FETCHED, ZoneOffset.UTC));
        registry = new ImporterRegistry(ImporterRegistry.formats(), LIMITS, fetcher);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> respond(exchange, status, contentType, body));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void redirect(String from, String to) {
        server.createContext(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    private String refusal(String url) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImportException.class, () -> registry.importUrl(URI.create(url))).getMessage());
    }

    @Test
    void importsAPageAndKeepsItsHtmlWhereAndWhenItWasFetched() throws Exception {
        ArticleFixtures.Article sample = ArticleFixtures.sample("013");
        byte[] html = ArticleFixtures.html(sample).getBytes(StandardCharsets.UTF_8);
        serve("/news/k2-18b", 200, "text/html; charset=utf-8", html);
        ImportedArticle article = registry.importUrl(URI.create(base + "/news/k2-18b"));
        assertEquals(sample.body(), article.body());
        assertEquals(sample.title(), article.meta().title());
        assertEquals(base + "/news/k2-18b", article.meta().url());
        assertEquals("k2-18b", article.meta().fileName());
        Provenance provenance = article.provenance();
        assertArrayEquals(html, provenance.original());
        assertEquals("text/html; charset=utf-8", provenance.mediaType());
        assertEquals(URI.create(base + "/news/k2-18b"), provenance.url());
        assertEquals(FETCHED, provenance.fetchedAt());
        assertEquals("web page", provenance.format());
    }

    @Test
    void followsFiveRedirectsAndNoMore() throws Exception {
        serve("/final", 200, "text/html", "<p>Arrived after the redirects, the page said.</p>".getBytes(
                StandardCharsets.UTF_8));
        for (int i = 1; i <= 6; i++) {
            redirect("/r" + i, i == 1 ? "/final" : "/r" + (i - 1));
        }
        ImportedArticle five = registry.importUrl(URI.create(base + "/r5"));
        assertEquals("Arrived after the redirects, the page said.\n", five.body());
        assertEquals(URI.create(base + "/final"), five.provenance().url());
        assertEquals(base + "/r6 redirects more than 5 times: Sourcemark stops there. Open it in a browser and "
                + "import the address it ends at.", refusal(base + "/r6"));
    }

    @Test
    void refusesAddressesAndRedirectsThatAreNotWebAddresses() {
        redirect("/to-file", "file:///etc/passwd");
        assertEquals(base + "/to-file redirects to file:///etc/passwd, which is not a web address (only http and "
                + "https are followed).", refusal(base + "/to-file"));
        assertEquals("file:///etc/passwd is not a web address: only http and https addresses can be imported.",
                refusal("file:///etc/passwd"));
        assertEquals("ftp://127.0.0.1/a is not a web address: only http and https addresses can be imported.",
                refusal("ftp://127.0.0.1/a"));
    }

    @Test
    void refusesErrorsLargePagesAndSlowServers() {
        serve("/missing", 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(base + "/missing could not be fetched: the server answered 404 (not found).",
                refusal(base + "/missing"));
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientLeft) {
                // The fetcher stops reading at its limit.
            }
        });
        assertEquals(base + "/huge is too large for a news article (more than 65536 bytes).", refusal(base + "/huge"));
        server.createContext("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<p>Half".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3000);
            } catch (IOException | InterruptedException clientLeft) {
                // The fetcher gave up first.
            }
        });
        assertEquals(base + "/slow could not be fetched: the page did not arrive in 0.8 s.", refusal(base + "/slow"));
    }

    @Test
    void saysSoWhenNothingListensOrTheHostIsUnknown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/a";
        assertEquals(url + " could not be fetched: 127.0.0.1 refused the connection or cannot be reached. Check "
                + "that you are online.", refusal(url));
        // What the JDK's client throws for a name it cannot resolve (no lookup is made here).
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        assertEquals("https://no.such.host/a could not be fetched: the host no.such.host is unknown. Check the "
                + "address, and that you are online.", new UrlFetcher(LIMITS).describe(URI.create(
                "https://no.such.host/a"), "https://no.such.host/a", unresolved).getMessage());
    }
}
