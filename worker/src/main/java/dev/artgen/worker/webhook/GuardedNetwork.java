package dev.artgen.worker.webhook;

import dev.artgen.common.webhook.AddressGuard;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import javax.net.SocketFactory;
import okhttp3.Dns;

/**
 * The two places the webhook client checks addresses. DNS answers are checked as they come (a clear
 * error for a name that points inside), and every socket checks the address it is about to connect
 * to: that second check is the one that matters, since it also covers IP literals in URLs and DNS
 * answers that change between lookups (rebinding).
 */
final class GuardedNetwork {

    private GuardedNetwork() {}

    /** A connection the {@link AddressGuard} refused; never retried within the attempt. */
    static final class AddressRefused extends ConnectException {
        AddressRefused(String reason) {
            super("refused to connect: " + reason);
        }
    }

    /** The system resolver, refusing a name when any address it resolves to is refused. */
    static Dns dns(AddressGuard guard, Dns resolver) {
        return hostname -> {
            List<InetAddress> addresses = resolver.lookup(hostname);
            for (InetAddress address : addresses) {
                Optional<String> refusal = guard.refusal(address);
                if (refusal.isPresent()) {
                    throw new NameRefused(hostname + " resolves to " + refusal.get());
                }
            }
            return addresses;
        };
    }

    /** A name whose addresses the guard refused. */
    static final class NameRefused extends UnknownHostException {
        NameRefused(String reason) {
            super("refused to connect: " + reason);
        }
    }

    static SocketFactory sockets(AddressGuard guard) {
        return new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new GuardedSocket(guard);
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                    throws IOException {
                return connected(new InetSocketAddress(address, port));
            }

            private Socket connected(InetSocketAddress target) throws IOException {
                Socket socket = createSocket();
                socket.connect(target);
                return socket;
            }
        };
    }

    /** A plain socket that checks its destination immediately before connecting. */
    private static final class GuardedSocket extends Socket {

        private final AddressGuard guard;

        GuardedSocket(AddressGuard guard) {
            this.guard = guard;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
                throw new AddressRefused("an unresolved address");
            }
            Optional<String> refusal = guard.refusal(target.getAddress());
            if (refusal.isPresent()) {
                throw new AddressRefused(refusal.get());
            }
            super.connect(endpoint, timeout);
        }
    }
}
