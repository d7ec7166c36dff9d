package dev.artgen.api.uploads;

import java.util.List;

/** One page of uploads, newest first; pass {@code nextCursor} back as {@code cursor} for the next. */
public record UploadPage(List<UploadView> data, String nextCursor) {}
