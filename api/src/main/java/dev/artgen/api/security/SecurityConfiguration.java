package dev.artgen.api.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import dev.artgen.api.keys.Scope;
import dev.artgen.api.ops.ManagementPort;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. Authentication is ArtGen's own filter (keys and sessions live in MongoDB, so
 * every api instance agrees); each route needs one scope; objects are scoped to their owner in the
 * controllers, where another user's id is answered as not found.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /** The page loads only its own files: no inline script, no framing, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Requests on the management port: health, info and the Prometheus scrape with no key (the port
     * is for the internal network only, see docs/operations.md), nothing else at all.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementPortSecurity(HttpSecurity http, ManagementPort port, ProblemResponses problems) {
        return http.securityMatcher(port)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(routes -> routes.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }

    @Bean
    SecurityFilterChain artgenSecurity(HttpSecurity http, Callers callers, ProblemResponses problems) {
        var admin = AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole("ADMIN"),
                AuthorityAuthorizationManager.hasAuthority(Scope.ADMIN.authority()));
        return http
                // No CSRF tokens: API clients send keys, not cookies, and the page's cookie is
                // SameSite=Strict with an Origin check in CallerAuthentication.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CallerAuthentication(callers, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(routes -> routes
                        // An async dispatch (Prefer: wait, SSE) continues a request already authorised.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .access(admin)
                        .requestMatchers(POST, "/v1/session")
                        .permitAll()
                        .requestMatchers("/v1/session", "/v1/me")
                        .authenticated()
                        .requestMatchers("/v1/admin/**")
                        .access(admin)
                        .requestMatchers("/v1/webhooks/**", "/v1/webhook-deliveries/**")
                        .hasAuthority(Scope.WEBHOOKS.authority())
                        .requestMatchers("/v1/keys/**")
                        .hasAuthority(Scope.KEYS.authority())
                        .requestMatchers(GET, "/v1/images/**", "/v1/uploads/**")
                        .hasAuthority(Scope.IMAGES_READ.authority())
                        .requestMatchers(GET, "/v1/**")
                        .hasAuthority(Scope.JOBS_READ.authority())
                        .requestMatchers(POST, "/v1/jobs/**", "/v1/uploads/**")
                        .hasAuthority(Scope.JOBS_WRITE.authority())
                        .requestMatchers(DELETE, "/v1/jobs/**")
                        .hasAuthority(Scope.JOBS_WRITE.authority())
                        .requestMatchers("/v1/**")
                        .authenticated()
                        // The page, its assets and the API docs are public; they hold no data.
                        .anyRequest()
                        .permitAll())
                .build();
    }
}
