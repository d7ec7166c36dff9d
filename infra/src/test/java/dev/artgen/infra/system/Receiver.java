package dev.artgen.infra.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback, as a user's server would be: it records every request and
 * answers each path from a script (status, headers, a delay), then 200 once the script runs out.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived; header names lower-cased. */
    record Received(String path, Map<String, List<String>> headers, String body, Instant at) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.getFirst();
        }
    }

    /** One scripted answer. */
    record Answer(int status, Map<String, String> headers, Duration delay) {

        static Answer status(int status) {
            return new Answer(status, Map.of(), Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers for {@code path}, in order. */
    void script(String path, Answer... answers) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** Forgets what is left of {@code path}'s script: it answers 200 from now on. */
    void recover(String path) {
        scripts.remove(path);
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, headers, body, Instant.now()));
        Deque<Answer> script = scripts.get(path);
        Answer answer = script == null || script.isEmpty() ? Answer.status(200) : script.poll();
        try {
            Thread.sleep(answer.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try {
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (IOException clientGone) {
            // the sender timed out first: that is the point of a delayed answer
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
