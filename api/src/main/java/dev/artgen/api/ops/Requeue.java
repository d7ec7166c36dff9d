package dev.artgen.api.ops;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** That an admin requeued a dead letter; its id is the dead letter's, so a second requeue collides. */
@Document("dead_letter_requeues")
record Requeue(@Id String id, String jobId, String by, Instant at) {}
