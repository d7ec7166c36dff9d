package dev.artgen.api.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The api's management port: a second Tomcat connector beside the public one. Requests that come
 * in on it get health, info and the Prometheus scrape without a key (the security configuration
 * uses this as its matcher); everything else is refused there. On the public port the actuator
 * stays admin-only, so Boot's single {@code management.server.port} (which moves the actuator off
 * the public port) does not fit. Once started, its port is in {@code local.management.port}.
 */
public class ManagementPort
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
                RequestMatcher,
                ApplicationListener<ServletWebServerInitializedEvent> {

    private final Connector connector;

    ManagementPort(OpsProperties properties) {
        if (properties.managementPort() < 0) {
            this.connector = null;
        } else {
            this.connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
            this.connector.setPort(properties.managementPort());
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (connector != null) {
            factory.addAdditionalConnectors(connector);
        }
    }

    /** True for a request that arrived on the management port. */
    @Override
    public boolean matches(HttpServletRequest request) {
        return connector != null && request.getLocalPort() == connector.getLocalPort();
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (connector != null) {
            event.getApplicationContext()
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "artgen-management-port", Map.of("local.management.port", connector.getLocalPort())));
        }
    }
}
