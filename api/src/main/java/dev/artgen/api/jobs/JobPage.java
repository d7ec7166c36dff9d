package dev.artgen.api.jobs;

import dev.artgen.common.job.JobView;
import java.util.List;

/** One page of jobs, newest first; pass {@code nextCursor} back as {@code cursor} for the next. */
public record JobPage(List<JobView> data, String nextCursor) {}
