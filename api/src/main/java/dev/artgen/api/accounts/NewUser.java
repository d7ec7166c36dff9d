package dev.artgen.api.accounts;

/** An admin's request for a new user; role defaults to {@code user}. */
public record NewUser(String name, String role) {}
