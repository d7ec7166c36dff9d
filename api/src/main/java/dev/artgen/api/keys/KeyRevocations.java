package dev.artgen.api.keys;

/** Ends the browser sessions signed in with a key, so revoking a key signs its browsers out too. */
public interface KeyRevocations {

    void endSessions(String keyId);
}
