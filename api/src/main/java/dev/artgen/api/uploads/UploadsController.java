package dev.artgen.api.uploads;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.upload.UnacceptableImage;
import dev.artgen.common.upload.Upload;
import dev.artgen.common.upload.UploadIntake;
import dev.artgen.common.upload.UploadTooLarge;
import dev.artgen.common.upload.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Images users upload as the inputs of edits and variations. */
@RestController
@RequestMapping("/v1/uploads")
class UploadsController {

    static final String FILE = "file";
    private static final int MAX_PAGE = 100;

    private final UploadIntake intake;
    private final Uploads uploads;
    private final ImageStore store;

    UploadsController(UploadIntake intake, Uploads uploads, ImageStore store) {
        this.intake = intake;
        this.uploads = uploads;
        this.store = store;
    }

    @Operation(
            summary = "Upload an image (PNG, JPEG or WebP) for edits and variations",
            description = "multipart/form-data with one part named 'file'. The type is judged from the bytes, the size"
                    + " from the header before any decoding; at most 50 MB and 3840x2160 pixels by default."
                    + " Answers 201 with its Location.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadView> upload(@RequestPart(name = FILE, required = false) MultipartFile file) {
        if (file == null) {
            throw new InvalidRequest(FILE, "is required: send the image as the multipart/form-data file part 'file'");
        }
        Upload upload;
        try {
            intake.checkSize(file.getSize());
            upload = intake.accept(CurrentUser.id(), file.getBytes());
        } catch (UploadTooLarge e) {
            throw e;
        } catch (UnacceptableImage e) {
            throw new InvalidRequest(FILE, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded part", e);
        }
        return ResponseEntity.created(URI.create("/v1/uploads/" + upload.id())).body(UploadView.of(upload));
    }

    @Operation(summary = "Get an upload's metadata: format, size in pixels and bytes, transparency")
    @GetMapping("/{id}")
    UploadView get(@PathVariable String id) {
        return UploadView.of(visible(id));
    }

    @Operation(summary = "The uploaded image's bytes, exactly as uploaded")
    @GetMapping("/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable String id) {
        Upload upload = visible(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/" + upload.format()))
                .contentLength(upload.bytes())
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(new InputStreamResource(store.open(upload.key())));
    }

    @Operation(
            summary = "List uploads newest first",
            description = "Pass next_cursor back as cursor to get the following page.")
    @GetMapping
    UploadPage list(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (cursor != null && !Upload.isId(cursor)) {
            throw new InvalidRequest("cursor", "is not a cursor this API returned");
        }
        List<Upload> page = uploads.page(CurrentUser.id(), cursor, limit + 1);
        boolean more = page.size() > limit;
        List<Upload> shown = more ? page.subList(0, limit) : page;
        return new UploadPage(
                shown.stream().map(UploadView::of).toList(),
                more ? shown.getLast().id() : null);
    }

    private Upload visible(String id) {
        if (!Upload.isId(id)) {
            throw new UploadNotFound(id);
        }
        return uploads.find(id)
                .filter(upload -> CurrentUser.canReach(upload.owner()))
                .orElseThrow(() -> new UploadNotFound(id));
    }
}
