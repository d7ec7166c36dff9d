package dev.artgen.common.job;

/** Why an attempt or a job failed, in a stable code and a message fit to show the user. */
public record JobError(String code, String message) {}
