package dev.artgen.api.keys;

import java.util.List;

/**
 * A request for a new key.
 *
 * @param scopes defaults to everything the caller's role allows except {@code admin}
 * @param expiresInDays defaults to no expiry
 */
public record KeyRequest(String name, List<String> scopes, Integer expiresInDays) {}
