package dev.artgen.common.webhook;

import java.time.Instant;

/**
 * One try at sending a delivery.
 *
 * @param status the receiver's HTTP status, or null when no answer came (timeout, refused address…)
 * @param outcome {@code delivered}, {@code http_error}, {@code redirect}, {@code gone}, {@code timeout},
 *     {@code unreachable} or {@code address_refused}
 * @param detail a short, sanitized note: the error, or the start of the receiver's answer
 */
public record DeliveryAttempt(int number, Instant at, Integer status, long latencyMs, String outcome, String detail) {}
