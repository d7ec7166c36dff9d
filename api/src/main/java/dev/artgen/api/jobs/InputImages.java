package dev.artgen.api.jobs;

import dev.artgen.common.job.InputImage;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.job.StoredImage;
import dev.artgen.common.model.InputResolver;
import dev.artgen.common.upload.Uploads;
import java.util.Optional;

/**
 * Resolves the pictures one caller may build on: their uploads ({@code upl_…}) and the images of
 * their finished jobs ({@code img_…}, "more like this"). Anyone else's answers as not found.
 */
final class InputImages implements InputResolver {

    private final String owner;
    private final Uploads uploads;
    private final Jobs jobs;

    InputImages(String owner, Uploads uploads, Jobs jobs) {
        this.owner = owner;
        this.uploads = uploads;
        this.jobs = jobs;
    }

    @Override
    public Optional<InputImage> resolve(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.startsWith("upl_")) {
            return uploads.find(id)
                    .filter(upload -> owner.equals(upload.owner()))
                    .map(upload -> new InputImage(
                            upload.id(),
                            upload.key(),
                            upload.format(),
                            upload.width(),
                            upload.height(),
                            upload.bytes(),
                            upload.hasAlpha()));
        }
        StoredImage.ImageAddress address = StoredImage.parse(id);
        if (address == null) {
            return Optional.empty();
        }
        return jobs.find(address.jobId())
                .filter(job -> owner.equals(job.owner()))
                .flatMap(job -> job.images().stream()
                        .filter(image -> image.index() == address.index())
                        .findFirst()
                        .map(image -> fromGallery(job, image)));
    }

    private static InputImage fromGallery(Job job, StoredImage image) {
        // A gallery picture has an alpha channel exactly when its job asked for a transparent background.
        boolean alpha = "transparent".equals(job.request().background());
        return new InputImage(
                image.id(), image.key(), image.format(), image.width(), image.height(), image.bytes(), alpha);
    }
}
