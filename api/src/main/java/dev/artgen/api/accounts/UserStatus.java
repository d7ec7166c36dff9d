package dev.artgen.api.accounts;

/** An admin's change to a user: {@code disabled} stops their keys and sessions at once. */
public record UserStatus(Boolean disabled) {}
