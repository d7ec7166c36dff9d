package dev.artgen.infra.openai;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.artgen.infra.openai.ImageRequest.Operation;
import dev.artgen.infra.openai.RecordedRequest.RecordedPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for OpenAI's Image API ({@code /v1/images/generations}, {@code /edits}, {@code /variations}) that
 * answers exactly as OpenAI does, renders real pictures with ArtGen's local model, records every request, and can be
 * told to be slow or to fail. See {@code docs/openai-emulator.md}.
 */
public final class OpenAiEmulator implements AutoCloseable {

    /** Larger bodies answer 413: 16 images of up to 50 MB would be 800 MB, far beyond what tests send. */
    static final int MAX_BODY_BYTES = 128 * 1024 * 1024;

    private final EmulatorSettings settings;
    private final HttpServer server;
    private final ExecutorService executor;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock = Clock.systemUTC();
    private final FaultInjector faults;
    private final RateLimitHeaders rateLimit;
    private final RequestLog log;
    private final HostedImages hosted;
    private final ImageEndpoints images;
    private final AdminEndpoints admin;

    private OpenAiEmulator(EmulatorSettings settings, HttpServer server, ExecutorService executor) {
        this.settings = settings;
        this.server = server;
        this.executor = executor;
        this.faults = new FaultInjector(settings.faults(), settings.seed());
        this.rateLimit = new RateLimitHeaders(settings.faults().requestsPerMinute(), System::nanoTime);
        this.log = new RequestLog(settings.requestLogCapacity());
        this.hosted = new HostedImages(1_000, clock);
        this.images = new ImageEndpoints(json, new PictureRenderer(settings.seed()), hosted, clock);
        this.admin = new AdminEndpoints(json, this);
    }

    /** Starts an emulator on {@code port} (0 picks a free one). */
    public static OpenAiEmulator start(int port, EmulatorSettings settings) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), port), 128);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            OpenAiEmulator emulator = new OpenAiEmulator(settings, server, executor);
            server.createContext("/", emulator::handle);
            server.start();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the OpenAI emulator on port " + port, e);
        }
    }

    public static OpenAiEmulator start(int port) {
        return start(port, EmulatorSettings.defaults());
    }

    /** The base URL to give an OpenAI client, ending in {@code /v1}. */
    public URI baseUrl() {
        return URI.create(root() + "/v1");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request received so far (admin and image-download requests excluded), oldest first. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public void clearRequests() {
        log.clear();
    }

    /** Replaces the faults from the next request on; a burst in them starts counting afresh. */
    public void faults(Faults value) {
        faults.set(value);
        rateLimit.limit(value.requestsPerMinute());
    }

    public Faults currentFaults() {
        return faults.faults();
    }

    /** Back to the faults it started with, the start of its seeded sequence, a full rate-limit bucket, no requests. */
    public void reset() {
        faults.reset(settings.faults());
        rateLimit.limit(settings.faults().requestsPerMinute());
        rateLimit.reset();
        log.clear();
        hosted.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts requests held by latency or timeout faults, which would otherwise sleep on.
        executor.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorArguments arguments;
        try {
            arguments = EmulatorArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(EmulatorArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.print(EmulatorArguments.USAGE);
            return;
        }
        OpenAiEmulator emulator = start(arguments.port(), arguments.settings());
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        System.out.println("OpenAI image API emulator listening at " + emulator.baseUrl());
        System.out.println("faults: " + emulator.faultsJson());
        new CountDownLatch(1).await();
    }

    ObjectNode faultsJson() {
        return faults.faults().toJson(json, faults.burstRemaining());
    }

    private String root() {
        String host = settings.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        try (exchange) {
            IncomingRequest in = read(exchange);
            if (in == null) {
                return;
            }
            if (in.path().startsWith(AdminEndpoints.PREFIX)) {
                AdminEndpoints.Answer answer = admin.handle(in);
                send(exchange, answer.status(), Map.of(), "application/json", json.writeValueAsBytes(answer.body()));
            } else if (in.method().equals("GET") && in.path().startsWith(HostedImages.PATH)) {
                serveHosted(exchange, in.path().substring(HostedImages.PATH.length()));
            } else {
                String requestId = "req_" + HexFormat.of().formatHex(randomBytes(16));
                long ticket = log.add(record(in, requestId));
                int status = serveApi(exchange, in, requestId, started);
                log.answered(ticket, status);
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } catch (RuntimeException e) {
            System.err.println("OpenAI emulator: unexpected failure: " + e);
        }
    }

    /** Answers an OpenAI API request; returns the status sent, or 0 when the request was dropped unanswered. */
    private int serveApi(HttpExchange exchange, IncomingRequest in, String requestId, long started) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-request-id", requestId);
        headers.put("openai-version", "2020-10-01");
        headers.put("openai-organization", "org-emulator");
        try {
            authenticate(in);
            RateLimitHeaders.Snapshot bucket = rateLimit.take(true);
            headers.putAll(bucket.headers());
            if (!bucket.allowed()) {
                throw ApiError.rateLimited(modelOf(in), bucket.limit(), bucket.retryAfter());
            }
            Operation operation = ImageEndpoints.operation(in.path());
            if (operation == null || !in.method().equals("POST")) {
                throw ApiError.notFound(in.method(), in.path());
            }
            FaultInjector.Decision fate = faults.next();
            switch (fate.kind()) {
                case BURST_RATE_LIMIT, RATE_LIMIT ->
                    throw ApiError.rateLimited(modelOf(in), bucket.limit(), fate.retryAfter());
                case INSUFFICIENT_QUOTA -> throw ApiError.insufficientQuota();
                case TIMEOUT -> {
                    Thread.sleep(fate.latency());
                    return 0; // closing the exchange unanswered drops the connection
                }
                default -> {}
            }
            ModelRules.Resolved request = images.check(operation, in);
            switch (fate.kind()) {
                case SERVER_ERROR -> {
                    waitUntil(started, fate.latency());
                    throw ApiError.serverError(requestId);
                }
                case OVERLOADED -> {
                    waitUntil(started, fate.latency());
                    throw ApiError.overloaded();
                }
                case MODERATION -> {
                    waitUntil(started, fate.latency());
                    throw ApiError.moderationBlocked(requestId);
                }
                default -> {}
            }
            ObjectNode body = images.answer(request, origin(exchange));
            waitUntil(started, fate.latency());
            headers.put("openai-processing-ms", Long.toString(elapsedMillis(started)));
            send(exchange, 200, headers, "application/json", json.writeValueAsBytes(body));
            return 200;
        } catch (ApiError e) {
            if (!headers.containsKey("x-ratelimit-limit-requests")) {
                headers.putAll(rateLimit.take(false).headers());
            }
            headers.putAll(e.headers());
            if (e.status() == 429 && !headers.containsKey("retry-after")) {
                headers.putAll(RateLimitHeaders.retryAfter(faults.faults().retryAfter()));
            }
            headers.put("openai-processing-ms", Long.toString(elapsedMillis(started)));
            send(exchange, e.status(), headers, "application/json", json.writeValueAsBytes(e.body(json)));
            return e.status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the emulator is closing
            return 0;
        } catch (RuntimeException e) {
            System.err.println("OpenAI emulator: failed to serve " + in.path() + ": " + e);
            ApiError error = ApiError.serverError(requestId);
            send(exchange, 500, headers, "application/json", json.writeValueAsBytes(error.body(json)));
            return 500;
        }
    }

    private void authenticate(IncomingRequest in) {
        String authorization = first(in.headers(), "authorization").orElse("");
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            throw ApiError.noApiKey();
        }
        String key = authorization.substring(7).strip();
        if (settings.apiKey() != null && !settings.apiKey().equals(key)) {
            throw ApiError.incorrectApiKey(key);
        }
    }

    private static void waitUntil(long started, Duration latency) throws InterruptedException {
        long remaining = started + latency.toNanos() - System.nanoTime();
        if (remaining > 0) {
            Thread.sleep(Duration.ofNanos(remaining));
        }
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** URLs handed out point back at the host the client used, so they work through port mappings too. */
    private String origin(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host == null || host.isBlank() ? root() : "http://" + host;
    }

    private void serveHosted(HttpExchange exchange, String name) throws IOException {
        Optional<HostedImages.Hosted> image = hosted.find(name);
        if (image.isEmpty()) {
            byte[] body = "<Error><Code>BlobNotFound</Code></Error>".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, Map.of(), "application/xml", body);
            return;
        }
        send(exchange, 200, Map.of(), image.get().contentType(), image.get().bytes());
    }

    private IncomingRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            ApiError tooLarge = new ApiError(413, "Request body too large.", ApiError.INVALID_REQUEST, null, null);
            send(exchange, 413, Map.of(), "application/json", json.writeValueAsBytes(tooLarge.body(json)));
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String contentType = first(headers, "content-type").orElse(null);
        String lowerType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        JsonNode parsedJson = null;
        ApiError jsonError = null;
        List<Multipart.Part> parts = null;
        ApiError multipartError = null;
        if (lowerType.startsWith("multipart/form-data")) {
            String boundary = Multipart.boundary(contentType);
            try {
                if (boundary == null) {
                    throw ApiError.invalid(null, "Could not parse multipart form: the Content-Type has no boundary.");
                }
                parts = Multipart.parse(body, boundary);
            } catch (ApiError e) {
                multipartError = e;
            }
        } else if (body.length > 0) {
            try {
                parsedJson = json.readTree(body);
            } catch (JacksonException e) {
                jsonError = ApiError.invalid(
                        null,
                        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using"
                                + " your HTTP library correctly. The OpenAI API expects a JSON payload, but what was"
                                + " sent was not valid JSON. If you have trouble figuring out how to fix this, please"
                                + " contact us through our help center at help.openai.com.)");
            }
        }
        URI uri = exchange.getRequestURI();
        return new IncomingRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                uri.getPath(),
                uri.getRawQuery(),
                headers,
                contentType,
                body,
                parsedJson,
                jsonError,
                parts,
                multipartError);
    }

    private RecordedRequest record(IncomingRequest in, String requestId) {
        Map<String, List<String>> headers = new LinkedHashMap<>(in.headers());
        headers.computeIfPresent(
                "authorization",
                (k, values) -> values.stream().map(OpenAiEmulator::redact).toList());
        List<RecordedPart> parts = new ArrayList<>();
        if (in.parts() != null) {
            for (Multipart.Part p : in.parts()) {
                parts.add(new RecordedPart(
                        p.name(), p.filename(), p.contentType(), p.bytes().length, p.isFile() ? null : p.text()));
            }
        }
        return new RecordedRequest(
                requestId,
                Instant.now(clock),
                in.method(),
                in.path(),
                in.query(),
                headers,
                in.contentType(),
                in.body().length,
                in.json(),
                parts,
                0);
    }

    private static String redact(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0
                ? ApiError.maskKey(authorization)
                : authorization.substring(0, space + 1)
                        + ApiError.maskKey(authorization.substring(space + 1).strip());
    }

    /** The model named in a request, for rate-limit messages, or a neutral word when there is none. */
    private static String modelOf(IncomingRequest in) {
        if (in.json() != null && in.json().path("model").isString()) {
            return in.json().path("model").asString();
        }
        if (in.parts() != null) {
            for (Multipart.Part p : in.parts()) {
                if (p.name().equals("model") && !p.isFile()) {
                    return p.text();
                }
            }
        }
        return "images";
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static void send(
            HttpExchange exchange, int status, Map<String, String> headers, String contentType, byte[] body)
            throws IOException {
        Headers h = exchange.getResponseHeaders();
        headers.forEach(h::set);
        h.set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
