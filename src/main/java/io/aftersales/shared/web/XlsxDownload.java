package io.aftersales.shared.web;

import io.aftersales.shared.Spreadsheets;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An XLSX sheet as a download. The sheet is written in full before the response is: a facade's read-only transaction
 * must be over before anything reaches the response, since committing the response saves the web session, and
 * PostgreSQL refuses that write inside a read-only transaction.
 */
public final class XlsxDownload {

    private XlsxDownload() {}

    public static ResponseEntity<byte[]> of(String filename, Consumer<OutputStream> write) {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        write.accept(sheet);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Spreadsheets.XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(sheet.toByteArray());
    }
}
