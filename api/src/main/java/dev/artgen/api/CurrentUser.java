package dev.artgen.api;

/** Who is calling. Until accounts and API keys exist, everyone is the one local user. */
public final class CurrentUser {

    private static final String LOCAL = "local";

    private CurrentUser() {}

    public static String id() {
        return LOCAL;
    }
}
