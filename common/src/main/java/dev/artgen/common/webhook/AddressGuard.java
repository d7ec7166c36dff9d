package dev.artgen.common.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a webhook may connect to an address. Only public unicast addresses pass: a URL a
 * user typed must never reach ArtGen's own network, cloud metadata or anything the host trusts.
 * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
 */
public final class AddressGuard {

    /** An IPv4 or IPv6 range: the address bits and how many of them count. */
    private record Range(byte[] network, int prefix, String why) {

        static Range of(String cidr, String why) {
            int slash = cidr.indexOf('/');
            try {
                byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                return new Range(network, Integer.parseInt(cidr.substring(slash + 1)), why);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final String LOOPBACK = "a loopback address";

    // IANA special-purpose registries (RFC 6890 and successors): nothing here is a public host.
    private static final List<Range> BLOCKED = List.of(
            Range.of("0.0.0.0/8", "an unspecified or 'this network' address"),
            Range.of("10.0.0.0/8", "a private address"),
            Range.of("100.64.0.0/10", "a carrier-grade NAT address"),
            Range.of("127.0.0.0/8", LOOPBACK),
            Range.of("169.254.0.0/16", "a link-local or cloud metadata address"),
            Range.of("172.16.0.0/12", "a private address"),
            Range.of("192.0.0.0/24", "an IETF protocol address"),
            Range.of("192.0.2.0/24", "a documentation address"),
            Range.of("192.88.99.0/24", "a 6to4 relay address"),
            Range.of("192.168.0.0/16", "a private address"),
            Range.of("198.18.0.0/15", "a benchmarking address"),
            Range.of("198.51.100.0/24", "a documentation address"),
            Range.of("203.0.113.0/24", "a documentation address"),
            Range.of("224.0.0.0/4", "a multicast address"),
            Range.of("240.0.0.0/4", "a reserved or broadcast address"),
            Range.of("::/128", "an unspecified address"),
            Range.of("::1/128", LOOPBACK),
            Range.of("::/96", "an IPv4-compatible address"),
            Range.of("100::/64", "a discard-only address"),
            Range.of("2001::/23", "an IETF protocol address"),
            Range.of("2001:db8::/32", "a documentation address"),
            Range.of("fc00::/7", "a unique-local (private) address"),
            Range.of("fe80::/10", "a link-local address"),
            Range.of("fec0::/10", "a site-local address"),
            Range.of("ff00::/8", "a multicast address"));

    private final boolean allowLoopback;

    /** @param allowLoopback for local development and tests only: lets webhooks reach this machine */
    public AddressGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Why a connection to {@code address} is refused, or empty when it is a public unicast address. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] embedded = embeddedIpv4(address);
        if (embedded != null) {
            return refusal(bytes(embedded));
        }
        for (Range range : BLOCKED) {
            if (range.contains(bytes)) {
                if (allowLoopback && range.why().equals(LOOPBACK)) {
                    return Optional.empty();
                }
                return Optional.of(address.getHostAddress() + " is " + range.why());
            }
        }
        return Optional.empty();
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /**
     * The IPv4 address inside an IPv6 one, where the IPv6 form is only a wrapper: IPv4-mapped
     * (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
     */
    private static byte[] embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        boolean mapped = firstTenZero && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress bytes(byte[] ipv4) {
        try {
            return Inet4Address.getByAddress(ipv4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
