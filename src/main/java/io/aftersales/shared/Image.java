package io.aftersales.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/** An image's bytes with its type as read from the bytes themselves, never as a client named it. */
public record Image(String contentType, byte[] data) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** JPEG, PNG or WebP by their signatures; {@code null} for anything else (an SVG, a page, a program). */
    public static @Nullable String typeOf(byte[] data) {
        if (startsWith(data, 0, JPEG_START)) {
            return JPEG;
        }
        if (startsWith(data, 0, PNG_START)) {
            return PNG;
        }
        if (startsWith(data, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(data, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return WEBP;
        }
        return null;
    }

    /** A PNG drawn in the browser, as a {@code data:image/png;base64,…} URI; empty for anything else. */
    public static Optional<Image> pngFromDataUri(@Nullable String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            byte[] data = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
            return PNG.equals(typeOf(data)) ? Optional.of(new Image(PNG, data)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the bytes decode as a picture (a renderer would fail on a truncated or forged one). */
    public boolean readable() {
        try {
            return ImageIO.read(new ByteArrayInputStream(data)) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The image as a {@code data:} URI, for documents that must not fetch anything. */
    public String dataUri() {
        return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        return data.length >= offset + signature.length
                && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
    }
}
