package dev.artgen.api.images;

import dev.artgen.api.CurrentUser;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.job.StoredImage;
import dev.artgen.common.storage.ImageStore;
import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Streams stored pictures from the image store; bytes never change, so they cache forever. */
@RestController
@RequestMapping("/v1/images")
class ImagesController {

    private final Jobs jobs;
    private final ImageStore store;
    private final Thumbnails thumbnails;

    ImagesController(Jobs jobs, ImageStore store) {
        this.jobs = jobs;
        this.store = store;
        this.thumbnails = new Thumbnails(store);
    }

    @Operation(summary = "The stored image bytes")
    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> show(@PathVariable String id) {
        return stream(find(id), null);
    }

    @Operation(summary = "The stored image as a file download with a readable filename")
    @GetMapping("/{id}/download")
    ResponseEntity<InputStreamResource> download(@PathVariable String id) {
        Found found = find(id);
        return stream(
                found, ContentDisposition.attachment().filename(filename(found)).build());
    }

    @Operation(
            summary = "A small version of the image for galleries",
            description =
                    "At most " + Thumbnails.SIZE + " px on the long side; PNG for transparent pictures, else JPEG.")
    @GetMapping("/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
        Found found = find(id);
        var thumbnail = thumbnails.of(
                found.image(), "transparent".equals(found.job().request().background()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/" + thumbnail.format()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(thumbnail.bytes());
    }

    private Found find(String id) {
        StoredImage.ImageAddress address = StoredImage.parse(id);
        if (address == null) {
            throw new ImageNotFound(id);
        }
        Job job = jobs.find(address.jobId())
                .filter(j -> CurrentUser.canReach(j.owner()))
                .orElseThrow(() -> new ImageNotFound(id));
        StoredImage image = job.images().stream()
                .filter(i -> i.index() == address.index())
                .findFirst()
                .orElseThrow(() -> new ImageNotFound(id));
        return new Found(job, image);
    }

    private ResponseEntity<InputStreamResource> stream(Found found, ContentDisposition disposition) {
        InputStream bytes = store.open(found.image().key());
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/" + found.image().format()))
                .contentLength(found.image().bytes())
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable());
        if (disposition != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        }
        return response.body(new InputStreamResource(bytes));
    }

    /** "artgen-a-lighthouse-at-dusk-1.png": the prompt's first words make the file findable later. */
    static String filename(Found found) {
        String slug = found.job()
                .request()
                .prompt()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        String base = slug.isEmpty() ? "artgen-" + found.job().id() : "artgen-" + slug;
        return base + "-" + (found.image().index() + 1) + "." + found.image().format();
    }

    record Found(Job job, StoredImage image) {}
}
