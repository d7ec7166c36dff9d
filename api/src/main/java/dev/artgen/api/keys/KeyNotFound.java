package dev.artgen.api.keys;

/** No key with this id belongs to the caller. */
public class KeyNotFound extends RuntimeException {

    public KeyNotFound(String id) {
        super("No API key " + id + ".");
    }
}
