package io.sourcemark.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a web page for import: http and https only, with connect and read timeouts, at most five redirects (each
 * one checked again), and the import's size limit (at most the limit plus one byte is read).
 */
final class UrlFetcher {

    static final int MAX_REDIRECTS = 5;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final ImportLimits limits;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;

    UrlFetcher(ImportLimits limits) {
        this(limits, CONNECT_TIMEOUT, READ_TIMEOUT, Clock.systemUTC());
    }

    UrlFetcher(ImportLimits limits, Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.limits = limits;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    ImportSource fetch(URI url) throws ImportException {
        String shown = url.toString();
        URI current = checked(url, shown);
        // Redirects are followed here, not by the client, so that each target is checked before it is asked.
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(client, current, shown);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                close(response);
                if (redirects == MAX_REDIRECTS) {
                    throw new ImportException(shown, shown + " redirects more than " + MAX_REDIRECTS + " times: "
                            + "Sourcemark stops there. Open it in a browser and import the address it ends at.");
                }
                current = checked(current.resolve(location.get().strip()), shown);
                continue;
            }
            if (status != 200) {
                close(response);
                throw new ImportException(shown, shown + " could not be fetched: the server answered " + status
                        + (status == 404 ? " (not found)" : status == 403 || status == 401 ? " (not allowed)" : "")
                        + ".");
            }
            return source(response, current, shown);
        }
    }

    private ImportSource source(HttpResponse<InputStream> response, URI at, String shown) throws ImportException {
        byte[] bytes;
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try (InputStream body = response.body()) {
            // The request's timeout ends with the headers; a server that then trickles the body is cut off here.
            CompletableFuture.delayedExecutor(readTimeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> close(body));
            bytes = BoundedRead.stream(body, shown, limits.maxBytes());
        } catch (IOException e) {
            throw new ImportException(shown, shown + (System.nanoTime() < deadline
                    ? " could not be fetched: the connection broke off (" + e.getMessage() + ")."
                    : " could not be fetched: the page did not arrive in " + seconds(readTimeout) + "."), e);
        }
        String declared = response.headers().firstValue("content-type").orElse(null);
        String name = fileName(at);
        String sniffed = FormatDetector.sniff(bytes, name, declared);
        String charset = declared == null ? "" : declared.replaceFirst("(?i)^[^;]*(;.*charset=.*)?$", "$1");
        return new ImportSource(bytes, name, sniffed + charset, at, Instant.now(clock));
    }

    private HttpResponse<InputStream> send(HttpClient client, URI url, String shown) throws ImportException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout).GET()
                .header("User-Agent", "Sourcemark (article import)")
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5").build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw describe(url, shown, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(shown, shown + " was not fetched: the import was stopped.", e);
        }
    }

    /** What a failed request means for the analyst: offline, unknown host, no answer in time. */
    ImportException describe(URI url, String shown, IOException e) {
        String host = url.getHost();
        if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) {
            return new ImportException(shown, shown + " could not be fetched: the host " + host + " is unknown. "
                    + "Check the address, and that you are online.", e);
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new ImportException(shown, shown + " could not be fetched: " + host + " did not answer in "
                    + seconds(connectTimeout) + ". Check the connection and try again.", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new ImportException(shown, shown + " could not be fetched: the page did not arrive in "
                    + seconds(readTimeout) + ".", e);
        }
        if (e instanceof ConnectException) {
            return new ImportException(shown, shown + " could not be fetched: " + host + " refused the connection "
                    + "or cannot be reached. Check that you are online.", e);
        }
        return new ImportException(shown, shown + " could not be fetched (" + e.getMessage() + ").", e);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static URI checked(URI url, String shown) throws ImportException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportException(shown, url.equals(URI.create(shown)) ? shown + " is not a web address: only "
                    + "http and https addresses can be imported." : shown + " redirects to " + url + ", which is not "
                    + "a web address (only http and https are followed).");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new ImportException(shown, shown + " has no host name.");
        }
        return url;
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? url.getHost() : last;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void close(HttpResponse<InputStream> response) {
        close(response.body());
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // Nothing more is read from it; the connection is dropped either way.
        }
    }
}
