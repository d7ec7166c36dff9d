package dev.artgen.api.events;

import dev.artgen.api.security.Caller;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The browser end of job events: each connected page gets the events of its own user's jobs as JSON
 * text frames. The handshake went through the security filters, so every session has its caller.
 * Sessions are wrapped so a slow browser is dropped instead of blocking everyone else.
 */
class EventSocket extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(EventSocket.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT_BYTES = 1 << 20;

    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sessions.add(new ConcurrentWebSocketSessionDecorator(
                session,
                SEND_TIME_LIMIT_MS,
                BUFFER_LIMIT_BYTES,
                ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.removeIf(s -> s.getId().equals(session.getId()));
    }

    /** Sends {@code json} to the sessions of {@code owner}. */
    void send(String owner, String json) {
        TextMessage message = new TextMessage(json);
        for (WebSocketSession session : sessions) {
            if (!owner.equals(ownerOf(session))) {
                continue;
            }
            try {
                session.sendMessage(message);
            } catch (IOException | RuntimeException e) {
                log.debug("Dropping event socket {}: {}", session.getId(), e.getMessage());
                sessions.remove(session);
            }
        }
    }

    private static String ownerOf(WebSocketSession session) {
        return session.getPrincipal() instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof Caller caller
                ? caller.userId()
                : null;
    }

    int sessionCount() {
        return sessions.size();
    }
}
