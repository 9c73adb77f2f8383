package io.aftersales.workorder.web;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.aftersales.asset.AssetManagement;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreLogos;
import io.aftersales.shared.Image;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.MoneyFormat;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable documents of a work order as A4 PDFs in Chinese: rendered from a Thymeleaf template to XHTML, then
 * by openhtmltopdf with WenQuanYi Micro Hei embedded (subset), so they look the same on any machine. The template
 * refers to nothing outside itself, so rendering fetches no URL.
 */
@Component
class WorkOrderDocuments {

    /** The documents there are; the path segment is the name in the URL. */
    enum Kind {
        WORK_ORDER("work-order"),
        ESTIMATE("estimate"),
        INSPECTION("inspection"),
        SETTLEMENT("settlement");

        final String path;

        Kind(String path) {
            this.path = path;
        }

        static Kind fromPath(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static final String FONT = "fonts/wqy-microhei.ttc";

    private final ITemplateEngine templates;
    private final OrganizationManagement organization;
    private final StoreLogos logos;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final WorkOrderManagement workOrders;
    private final MoneyFormat money;
    private final byte[] font;

    WorkOrderDocuments(
            ITemplateEngine templates,
            OrganizationManagement organization,
            StoreLogos logos,
            CustomerManagement customers,
            AssetManagement assets,
            WorkOrderManagement workOrders,
            MoneyFormat money) {
        this.templates = templates;
        this.money = money;
        this.organization = organization;
        this.logos = logos;
        this.customers = customers;
        this.assets = assets;
        this.workOrders = workOrders;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + FONT + " missing from the class path", e);
        }
    }

    byte[] render(Kind kind, WorkOrderView order) {
        Set<UserId> people = new HashSet<>(List.of(order.header().advisorId()));
        if (order.workshop().leadTechnicianId() != null) {
            people.add(order.workshop().leadTechnicianId());
        }
        people.addAll(order.workshop().assistantIds());
        Map<UserId, String> names = organization.staff(people).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("order", order);
        context.setVariable("kind", kind.name());
        context.setVariable("names", names);
        context.setVariable("store", organization.store(order.header().storeId()));
        context.setVariable(
                "logo", logos.logo(order.header().storeId()).map(Image::dataUri).orElse(null));
        context.setVariable("customer", customers.get(order.header().customerId()));
        context.setVariable("asset", assets.get(order.header().assetId()));
        // The signature drawn at delivery, on the 结算单, if it is a picture that decodes.
        context.setVariable(
                "signature",
                kind == Kind.SETTLEMENT && order.settlement().signed()
                        ? workOrders
                                .signature(order.header().id())
                                .filter(Image::readable)
                                .map(Image::dataUri)
                                .orElse(null)
                        : null);
        context.setVariable("money", money);
        String xhtml = templates.process("workorder/document", context);
        return toPdf(xhtml);
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
