package dev.artgen.common.webhook;

import dev.artgen.common.job.JobState;
import dev.artgen.common.job.JobWebhook;
import dev.artgen.common.model.JobDraft;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a webhook (a job's own, or a registered endpoint) must be when it is submitted. The URL: http(s), an allowed port, no credentials,
 * and a host that is not, and does not resolve to, an address the {@link AddressGuard} refuses.
 * The worker checks every address again when it connects, so DNS that changes later gains nothing.
 */
public final class WebhookRules {

    private static final int MAX_LENGTH = 2048;
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    // A host whose last label is a number is an IPv4 address to browsers and to some resolvers
    // (2130706433, 0177.0.0.1, 0x7f.1, 127.1): only the plain dotted form is accepted.
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|.*\\.)(\\d+|0x[0-9a-f]*)\\.?$");
    private static final Pattern HOST_NAME =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.?");

    private final AddressGuard guard;
    private final List<Integer> allowedPorts;

    public WebhookRules(AddressGuard guard, List<Integer> allowedPorts) {
        this.guard = guard;
        this.allowedPorts = List.copyOf(allowedPorts);
    }

    /** A job's webhook as submitted, checked; null when none was asked for. Problems name {@code webhook.*}. */
    public JobWebhook jobWebhook(JobDraft.WebhookDraft draft, List<FieldProblem> problems) {
        if (draft == null) {
            return null;
        }
        int before = problems.size();
        check("webhook.url", draft.url()).ifPresent(problems::add);
        Set<JobState> states = states("webhook.events", draft.events(), problems);
        return problems.size() == before ? new JobWebhook(draft.url(), states) : null;
    }

    /**
     * The job state changes named by event types ({@code job.succeeded}, … or {@code job.completed});
     * empty when none are named, which each kind of webhook reads as its default.
     */
    public Set<JobState> states(String field, List<String> types, List<FieldProblem> problems) {
        Set<JobState> states = EnumSet.noneOf(JobState.class);
        if (types == null) {
            return states;
        }
        for (int i = 0; i < types.size(); i++) {
            Optional<Set<JobState>> parsed = JobWebhook.parseType(types.get(i));
            if (parsed.isEmpty()) {
                problems.add(new FieldProblem(
                        field + "[" + i + "]",
                        "'" + types.get(i) + "' is not an event type; one of: " + JobWebhook.knownTypes()));
            } else {
                states.addAll(parsed.get());
            }
        }
        return states;
    }

    /** What is wrong with {@code url}, naming {@code field}; empty when the URL may be used. */
    public Optional<FieldProblem> check(String field, String url) {
        return problem(url).map(message -> new FieldProblem(field, message));
    }

    private Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment (#…)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("must name a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        Optional<String> hostProblem = hostProblem(host);
        if (hostProblem.isPresent()) {
            return hostProblem;
        }
        if (!allowedPorts.contains(port) && !(guard.allowsLoopback() && isLoopback(host))) {
            return Optional.of("must use one of the ports " + allowedPorts + ", not " + port);
        }
        return Optional.empty();
    }

    private Optional<String> hostProblem(String host) {
        if (host.startsWith("[")) {
            return literal(host.substring(1, host.length() - 1));
        }
        if (DOTTED_QUAD.matcher(host).matches()) {
            return literal(host);
        }
        if (NUMERIC_LAST_LABEL.matcher(host).matches()) {
            return Optional.of("must write an IP address as four plain decimal numbers (a.b.c.d); '" + host
                    + "' is a numeric form some resolvers read differently");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.of("has a host name that is not valid");
        }
        if (!HOST_NAME.matcher(ascii).matches()) {
            return Optional.of("has a host name that is not valid");
        }
        String bare = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if ((bare.equals("localhost") || bare.endsWith(".localhost")) && !guard.allowsLoopback()) {
            return Optional.of("must not point at this machine (localhost)");
        }
        return resolved(bare);
    }

    private Optional<String> literal(String address) {
        try {
            // A literal: InetAddress parses it without any DNS lookup.
            return guard.refusal(InetAddress.getByName(address)).map(WebhookRules::refused);
        } catch (UnknownHostException e) {
            return Optional.of("has an IP address that is not valid");
        }
    }

    /** A name that resolves to a refused address now is refused now; one that does not resolve yet may. */
    private Optional<String> resolved(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                Optional<String> refusal = guard.refusal(address);
                if (refusal.isPresent()) {
                    return Optional.of("has a host that resolves to " + refusal.get()
                            + "; webhooks may only call public addresses");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String refused(String why) {
        return "points at an address webhooks may not call (" + why + "); only public addresses are allowed";
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            return true;
        }
        if (bare.contains(":") || DOTTED_QUAD.matcher(bare).matches()) {
            try {
                return InetAddress.getByName(bare).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
