package dev.artgen.api.events;

import dev.artgen.common.messaging.MessageCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The live event stream for browsers at {@code /v1/events}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class EventsConfiguration implements WebSocketConfigurer {

    private final EventSocket socket = new EventSocket();

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Same-origin only (the default): the page is served by this very process.
        registry.addHandler(socket, "/v1/events");
    }

    @Bean
    EventSocket eventSocket() {
        return socket;
    }

    @Bean
    JobEventRelay jobEventRelay(MessageCodec codec, JsonMapper json) {
        return new JobEventRelay(codec, json, socket);
    }
}
