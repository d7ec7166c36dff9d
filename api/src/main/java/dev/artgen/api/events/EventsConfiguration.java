package dev.artgen.api.events;

import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.MessageCodec;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Live job events: the browsers' WebSocket at {@code /v1/events}, the SSE stream, and waiting GETs. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(LiveProperties.class)
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
    JobWaits jobWaits(Jobs jobs, LiveProperties properties) {
        return new JobWaits(jobs, properties.maxWait());
    }

    @Bean
    EventStreams eventStreams(LiveProperties properties) {
        return new EventStreams(properties);
    }

    /** Open live connections on this api instance, by transport. */
    @Bean
    MeterBinder liveSessionMetrics(EventStreams streams) {
        return registry -> {
            Gauge.builder("artgen.live.sessions", socket, EventSocket::sessionCount)
                    .description("Open live-event connections")
                    .tag("transport", "websocket")
                    .register(registry);
            Gauge.builder("artgen.live.sessions", streams, EventStreams::count)
                    .description("Open live-event connections")
                    .tag("transport", "sse")
                    .register(registry);
        };
    }

    @Bean
    JobEventRelay jobEventRelay(MessageCodec codec, JsonMapper json, JobWaits waits, EventStreams streams) {
        return new JobEventRelay(codec, json, socket, waits, streams);
    }
}
