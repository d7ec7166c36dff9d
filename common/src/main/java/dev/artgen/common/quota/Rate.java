package dev.artgen.common.quota;

/** A request rate: at most {@code quota} requests per {@code windowSeconds}, refilled smoothly. */
public record Rate(int quota, int windowSeconds) {}
