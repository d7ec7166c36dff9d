package dev.artgen.infra.openai;

import java.util.ArrayList;
import java.util.List;

/** The command line of the standalone emulator: {@code --port 8090 --latency 2s..20s --error-rate-500 0.02 ...}. */
record EmulatorArguments(int port, EmulatorSettings settings, boolean help) {

    static final String USAGE = """
            Usage: java -cp ... dev.artgen.infra.openai.OpenAiEmulator [options]
              --port N                   port to listen on (default 8090; 0 = any free port)
              --host ADDRESS             address to bind (default 127.0.0.1; 0.0.0.0 for all)
              --api-key KEY              accept only this bearer key (default: any non-empty key)
              --seed N                   seed of fault draws and pictures (default 42)
              --latency L                0 | 2s | 2s..20s | lognormal:3s,30s (median,p99)
              --error-rate-500 X         share of requests answering 500 server_error
              --error-rate-503 X         share answering 503 (overloaded)
              --rate-limit-rate X        share answering 429 rate_limit_exceeded
              --quota-rate X             share answering 429 insufficient_quota
              --moderation-rate X        share answering 400 moderation_blocked
              --timeout-rate X           share held for --timeout, then dropped unanswered
              --timeout D                how long a timed-out request is held (default 60s)
              --retry-after D            retry-after of random 429s (default 1s)
              --burst K[:R]              the first K requests answer 429 with retry-after R (default 1s)
              --rpm N                    requests per minute reported and enforced (default 10000)
              --request-log N            recorded requests kept (default 10000)
            At runtime: POST /_emulator/faults (JSON), POST /_emulator/reset, GET /_emulator/requests.
            """;

    static EmulatorArguments parse(String[] args) {
        int port = 8090;
        EmulatorSettings settings = EmulatorSettings.defaults();
        Faults faults = settings.faults();
        List<String> list = new ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                list.add(a.substring(0, eq));
                list.add(a.substring(eq + 1));
            } else {
                list.add(a);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            String option = list.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                return new EmulatorArguments(port, settings, true);
            }
            if (i + 1 >= list.size()) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = list.get(++i);
            switch (option) {
                case "--port" -> port = Integer.parseInt(value);
                case "--host" -> settings = settings.withHost(value);
                case "--api-key" -> settings = settings.withApiKey(value);
                case "--seed" -> settings = settings.withSeed(Long.parseLong(value));
                case "--request-log" -> settings = settings.withRequestLogCapacity(Integer.parseInt(value));
                case "--latency" -> faults = faults.withLatency(Latency.parse(value));
                case "--error-rate-500" -> faults = faults.withServerErrorRate(Double.parseDouble(value));
                case "--error-rate-503" -> faults = faults.withOverloadedRate(Double.parseDouble(value));
                case "--rate-limit-rate" -> faults = faults.withRateLimitRate(Double.parseDouble(value));
                case "--quota-rate" -> faults = faults.withInsufficientQuotaRate(Double.parseDouble(value));
                case "--moderation-rate" -> faults = faults.withModerationRate(Double.parseDouble(value));
                case "--timeout-rate" -> faults = faults.withTimeouts(Double.parseDouble(value), faults.timeout());
                case "--timeout" -> faults = faults.withTimeouts(faults.timeoutRate(), Durations.parse(value));
                case "--retry-after" -> faults = faults.withRetryAfter(Durations.parse(value));
                case "--burst" -> faults = faults.withBurst(Burst.parse(value));
                case "--rpm" -> faults = faults.withRequestsPerMinute(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new EmulatorArguments(port, settings.withFaults(faults), false);
    }
}
