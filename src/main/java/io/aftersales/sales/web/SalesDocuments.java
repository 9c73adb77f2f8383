package io.aftersales.sales.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.sales.ContractView;
import io.aftersales.sales.QuoteView;
import io.aftersales.sales.ShipmentId;
import io.aftersales.sales.StatementView;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.web.MoneyFormat;
import io.aftersales.shared.web.PdfDocuments;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * The printable sales documents as A4 PDFs in Chinese, under the letterhead of the organisation's main store: a quote
 * (报价单), a shipment notice (发货通知单) and a reconciliation statement (对账单).
 */
@Component
class SalesDocuments {

    private final PdfDocuments pdf;
    private final OrganizationManagement organization;
    private final MoneyFormat money;

    SalesDocuments(PdfDocuments pdf, OrganizationManagement organization, MoneyFormat money) {
        this.pdf = pdf;
        this.organization = organization;
        this.money = money;
    }

    ResponseEntity<byte[]> quote(QuoteView quote) {
        return render("quote", quote.number(), Map.of("quote", quote));
    }

    ResponseEntity<byte[]> shipment(ContractView contract, ShipmentId id) {
        ContractView.ContractShipment shipment = contract.shipments().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("shipment", id));
        return render("shipment", shipment.number(), Map.of("contract", contract, "shipment", shipment));
    }

    ResponseEntity<byte[]> statement(StatementView statement) {
        return render(
                "statement", "statement-" + statement.from() + "-" + statement.to(), Map.of("statement", statement));
    }

    private ResponseEntity<byte[]> render(String kind, String name, Map<String, Object> variables) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        StoreView store = organization.store(organization.storeOrDefault(null));
        context.setVariable("kind", kind);
        context.setVariable("store", store);
        context.setVariable("money", money);
        variables.forEach(context::setVariable);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"")
                .body(pdf.render("sales/document", context));
    }
}
