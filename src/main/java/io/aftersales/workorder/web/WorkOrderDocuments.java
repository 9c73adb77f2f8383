package io.aftersales.workorder.web;

import io.aftersales.asset.AssetManagement;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreLogos;
import io.aftersales.shared.Image;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.MoneyFormat;
import io.aftersales.shared.web.PdfDocuments;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderView;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.Context;

/**
 * The printable documents of a work order as A4 PDFs in Chinese (see {@link PdfDocuments}).
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

    private final PdfDocuments pdf;
    private final OrganizationManagement organization;
    private final StoreLogos logos;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final WorkOrderManagement workOrders;
    private final MoneyFormat money;

    WorkOrderDocuments(
            PdfDocuments pdf,
            OrganizationManagement organization,
            StoreLogos logos,
            CustomerManagement customers,
            AssetManagement assets,
            WorkOrderManagement workOrders,
            MoneyFormat money) {
        this.pdf = pdf;
        this.money = money;
        this.organization = organization;
        this.logos = logos;
        this.customers = customers;
        this.assets = assets;
        this.workOrders = workOrders;
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
        return pdf.render("workorder/document", context);
    }
}
