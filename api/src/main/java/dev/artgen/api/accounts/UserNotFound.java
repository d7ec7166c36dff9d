package dev.artgen.api.accounts;

/** No user with this id. */
public class UserNotFound extends RuntimeException {

    public UserNotFound(String id) {
        super("No user " + id + ".");
    }
}
