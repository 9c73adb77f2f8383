package io.aftersales.shared.web;

import io.aftersales.shared.Image;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored picture (photo, logo, signature) as a response: served as the type its bytes are, never sniffed. */
public final class ImageResponses {

    private ImageResponses() {}

    public static ResponseEntity<byte[]> of(Image image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.data());
    }

    /** The picture, or 404 when there is none. */
    public static ResponseEntity<byte[]> of(Optional<Image> image) {
        return image.map(ImageResponses::of)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
