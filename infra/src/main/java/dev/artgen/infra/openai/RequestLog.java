package dev.artgen.infra.openai;

import java.util.ArrayList;
import java.util.List;

/** The recorded requests, oldest first, bounded so a long benchmark run cannot exhaust memory. */
final class RequestLog {

    private final int capacity;
    private final List<RecordedRequest> entries = new ArrayList<>();
    private long dropped;

    RequestLog(int capacity) {
        this.capacity = capacity;
    }

    /** Adds a request and returns a ticket for {@link #answered}. */
    synchronized long add(RecordedRequest request) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.add(request);
        return dropped + entries.size() - 1;
    }

    synchronized void answered(long ticket, int status) {
        int index = (int) (ticket - dropped);
        if (index >= 0 && index < entries.size()) {
            entries.set(index, entries.get(index).withStatus(status));
        }
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        dropped += entries.size();
        entries.clear();
    }
}
