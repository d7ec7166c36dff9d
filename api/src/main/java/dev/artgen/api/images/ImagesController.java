package dev.artgen.api.images;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.job.StoredImage;
import dev.artgen.common.storage.ImageStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Streams stored pictures from the image store; bytes never change, so they cache forever. */
@RestController
@RequestMapping("/v1/images")
class ImagesController {

    private static final String TRANSPARENT = "transparent";
    private static final Set<String> REMOVABLE = Set.of("png", "jpeg");

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
    ResponseEntity<Resource> show(@PathVariable String id) {
        return stream(find(id), null);
    }

    @Operation(
            summary = "The stored image as a file download with a readable filename",
            description = "With background=transparent: a PNG with an alpha channel. Pictures made with a"
                    + " transparent background come as they are; opaque PNG and JPEG pictures have their plain"
                    + " background removed (422 no-plain-background when the border is not one colour).")
    @GetMapping("/{id}/download")
    ResponseEntity<Resource> download(
            @PathVariable String id,
            @Parameter(description = "transparent: remove a plain background unless the picture has its own alpha")
                    @RequestParam(required = false)
                    String background) {
        Found found = find(id);
        if (background == null || background.isBlank()) {
            return stream(found, attachment(filename(found, "", found.image().format())));
        }
        if (!TRANSPARENT.equals(background)) {
            throw new InvalidRequest(
                    "background", "'" + background + "' is not accepted; the only value is transparent");
        }
        if (TRANSPARENT.equals(found.job().request().background())) {
            return stream(found, attachment(filename(found, "", found.image().format()))); // the model's own alpha
        }
        if (!REMOVABLE.contains(found.image().format())) {
            throw new InvalidRequest(
                    "background",
                    "background removal works on png and jpeg pictures; this one is "
                            + found.image().format());
        }
        BufferedImage picture = decode(found);
        BufferedImage cutOut = BackgroundRemoval.cutOut(picture);
        if (cutOut == picture && "png".equals(found.image().format())) {
            return stream(found, attachment(filename(found, "", "png"))); // it had transparent pixels already
        }
        byte[] png = encodePng(cutOut);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .contentLength(png.length)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment(filename(found, "-transparent", "png")).toString())
                .body(new ByteArrayResource(png));
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

    private static ContentDisposition attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build();
    }

    private BufferedImage decode(Found found) {
        try (InputStream bytes = store.open(found.image().key())) {
            BufferedImage image = ImageIO.read(bytes);
            if (image == null) {
                throw new IllegalStateException("No decoder for stored "
                        + found.image().format() + " " + found.image().id());
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encodePng(BufferedImage image) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<Resource> stream(Found found, ContentDisposition disposition) {
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
    static String filename(Found found, String suffix, String extension) {
        String prompt = found.job().request().prompt();
        String slug = (prompt == null ? "" : prompt)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        String base = slug.isEmpty() ? "artgen-" + found.job().id() : "artgen-" + slug;
        return base + "-" + (found.image().index() + 1) + suffix + "." + extension;
    }

    record Found(Job job, StoredImage image) {}
}
