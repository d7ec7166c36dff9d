package dev.artgen.api.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code artgen.security}: sessions and the first admin.
 *
 * @param sessionLifetime how long a browser stays signed in (never longer than its key lives)
 * @param adminKeyFile where the first start writes the first admin's key (owner-only permissions);
 *     without it the key is printed once to the console
 * @param adminKey an admin key the operator chose (e.g. from a secret store) instead of a generated one
 */
@ConfigurationProperties("artgen.security")
record SecurityProperties(@DefaultValue("12h") Duration sessionLifetime, Path adminKeyFile, String adminKey) {}
