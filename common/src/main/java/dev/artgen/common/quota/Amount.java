package dev.artgen.common.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a job takes out of a budget: pictures and cost. Cost is kept in whole micro-dollars so that
 * MongoDB can add and compare it exactly in one atomic update.
 */
public record Amount(long images, long costMicros) {

    public static final Amount ZERO = new Amount(0, 0);

    private static final int MICROS = 6;

    /** Rounds the cost up: a reservation never falls short of the estimate by a fraction of a cent. */
    public static Amount of(long images, BigDecimal costUsd) {
        return new Amount(images, micros(costUsd));
    }

    public static long micros(BigDecimal usd) {
        return usd.movePointRight(MICROS).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public static BigDecimal usd(long micros) {
        return BigDecimal.valueOf(micros, MICROS).stripTrailingZeros();
    }

    public BigDecimal costUsd() {
        return usd(costMicros);
    }

    public Amount minus(Amount other) {
        return new Amount(images - other.images, costMicros - other.costMicros);
    }
}
