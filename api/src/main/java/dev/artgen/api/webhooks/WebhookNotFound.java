package dev.artgen.api.webhooks;

/** No webhook endpoint or delivery with that id is visible to the caller. */
public class WebhookNotFound extends RuntimeException {

    WebhookNotFound(String what, String id) {
        super("No " + what + " with id '" + id + "'.");
    }
}
