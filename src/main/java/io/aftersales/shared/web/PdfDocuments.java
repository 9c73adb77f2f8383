package io.aftersales.shared.web;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable A4 documents in Chinese: a Thymeleaf template rendered to XHTML, then by openhtmltopdf with WenQuanYi
 * Micro Hei embedded (subset) as the font family {@code CJK}, so they look the same on any machine. A template must
 * refer to nothing outside itself, so that rendering fetches no URL.
 */
@Component
public class PdfDocuments {

    private static final String FONT = "fonts/wqy-microhei.ttc";

    private final ITemplateEngine templates;
    private final byte[] font;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + FONT + " missing from the class path", e);
        }
    }

    public byte[] render(String template, Context context) {
        return toPdf(templates.process(template, context));
    }

    private byte[] toPdf(String xhtml) {
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font))) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
            PDType0Font cjk = PDType0Font.load(document, first.get(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(cjk), "CJK");
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
