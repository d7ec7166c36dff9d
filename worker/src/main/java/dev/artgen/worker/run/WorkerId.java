package dev.artgen.worker.run;

/** This worker process's name: in job leases, in the workers collection and the ops view. */
record WorkerId(String value) {}
