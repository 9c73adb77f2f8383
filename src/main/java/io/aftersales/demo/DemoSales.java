package io.aftersales.demo;

import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerType;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.sales.CollectionMethod;
import io.aftersales.sales.ContractView;
import io.aftersales.sales.Contracts;
import io.aftersales.sales.NewInvoice;
import io.aftersales.sales.NewPayment;
import io.aftersales.sales.NewProduct;
import io.aftersales.sales.NewQuote;
import io.aftersales.sales.NewShipment;
import io.aftersales.sales.PaymentTerms;
import io.aftersales.sales.ProductView;
import io.aftersales.sales.Products;
import io.aftersales.sales.QuoteLoss;
import io.aftersales.sales.QuoteView;
import io.aftersales.sales.QuoteWin;
import io.aftersales.sales.Quotes;
import io.aftersales.sales.Receivables;
import io.aftersales.sales.StockReceipt;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The demo's marketing department of a bearing maker: six products in two warehouses, four industrial customers, and
 * a year of their business — quotes won into contracts signed month by month, partly shipped, invoiced and paid, so
 * that the fulfilment list, the ageing of receivables (every bucket) and the contract statistics have something to
 * show; a few quotes lost for their reasons, and some still open. Quotes are decided today (their facade dates them),
 * contracts, shipments, invoices and payments on the days they happened.
 */
@Component
class DemoSales {

    private record Item(String model, String name, String specification, String price, int stock) {}

    private static final List<Item> PRODUCTS = List.of(
            new Item("6206-2RS", "深沟球轴承", "30×62×16 mm，双面橡胶密封", "86.00", 800),
            new Item("6308-ZZ", "深沟球轴承", "40×90×23 mm，双面铁盖", "142.00", 500),
            new Item("NU2210", "圆柱滚子轴承", "50×90×23 mm，C3 游隙", "468.00", 240),
            new Item("32210", "圆锥滚子轴承", "50×90×24.75 mm", "235.00", 300),
            new Item("22220CA", "调心滚子轴承", "100×180×46 mm，铜保持架", "1860.00", 180),
            new Item("UCP210", "带座外球面轴承", "轴径 50 mm，立式座", "318.00", 200));

    private static final List<String> CUSTOMERS =
            List.of("江苏恒力重型机械有限公司", "浙江宏达减速机有限公司", "安徽中联矿山设备有限公司", "山东鲁北风电设备有限公司");

    private final Products products;
    private final Quotes quotes;
    private final Contracts contracts;
    private final Receivables receivables;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoSales(
            Products products,
            Quotes quotes,
            Contracts contracts,
            Receivables receivables,
            CustomerManagement customers,
            OrganizationManagement organization,
            Clock clock) {
        this.products = products;
        this.quotes = quotes;
        this.contracts = contracts;
        this.receivables = receivables;
        this.customers = customers;
        this.organization = organization;
        this.clock = clock;
    }

    void load(DemoOrganization.Loaded demo) {
        StoreId home = demo.storeIds().get(0);
        StaffMember rep = SystemUser.callAs(
                demo.organizationId(),
                demo.storeIds(),
                () -> organization.staffOf(home).stream()
                        .filter(m -> m.has(Role.SALES))
                        .findFirst()
                        .orElse(null));
        if (rep == null) {
            return;
        }
        demo.as(rep, () -> {
            load(LocalDate.now(clock.withZone(organization.zoneOf(home))));
            return null;
        });
    }

    private void load(LocalDate today) {
        Random random = new Random(14);
        List<ProductView> catalogue = new ArrayList<>();
        for (Item item : PRODUCTS) {
            ProductView product = products.create(new NewProduct(
                    item.model(),
                    item.name(),
                    item.specification(),
                    "TZ-" + item.model(),
                    "套",
                    new BigDecimal(item.price())));
            products.receive(new StockReceipt(
                    product.id(), "成品一库", "A-" + (catalogue.size() + 1) + "-01", item.stock(), "生产入库"));
            products.receive(new StockReceipt(
                    product.id(), "成品二库", "B-" + (catalogue.size() + 1) + "-02", item.stock() / 3, "生产入库"));
            catalogue.add(product);
        }
        List<CustomerId> buyers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            buyers.add(customers
                    .create(new CustomerDetails(
                            CustomerType.COMPANY,
                            CUSTOMERS.get(i),
                            List.of("0512-6688" + (1000 + i * 37)),
                            null,
                            null,
                            "展会",
                            null,
                            "轴承采购",
                            null,
                            null,
                            List.of("工业客户"),
                            null))
                    .customer()
                    .id());
        }
        // Twelve months of contracts, the oldest fully paid, the recent ones partly shipped and unpaid.
        for (int month = 11; month >= 0; month--) {
            LocalDate signed = today.minusMonths(month).withDayOfMonth(Math.min(5 + month, 25));
            if (signed.isAfter(today)) {
                signed = today;
            }
            CustomerId buyer = buyers.get(month % buyers.size());
            List<NewQuote.QuotedLine> lines = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                ProductView product = catalogue.get((month + k * 3) % catalogue.size());
                lines.add(new NewQuote.QuotedLine(product.id(), 10 + random.nextInt(20), null));
            }
            QuoteView quote = quotes.create(new NewQuote(buyer, null, null, lines));
            quote = quotes.send(quote.id(), quote.version());
            quote = quotes.win(
                    quote.id(),
                    new QuoteWin(
                            quote.version(),
                            null,
                            signed,
                            signed.plusDays(30),
                            new PaymentTerms(
                                    new BigDecimal("30"),
                                    new BigDecimal("60"),
                                    BigDecimal.ZERO,
                                    new BigDecimal("10"),
                                    30),
                            "出厂检验报告、合格证"));
            ContractView contract = contracts.get(Objects.requireNonNull(quote.contractId()));
            fulfil(contract, month, signed, today);
        }
        // Quotes lost, each with its reason, and two still open.
        String[] reasons = {"PRICE", "DELIVERY_TIME", "PRICE", "SPECIFICATION"};
        for (int i = 0; i < reasons.length; i++) {
            QuoteView lost = quotes.create(new NewQuote(
                    buyers.get(i),
                    null,
                    null,
                    List.of(new NewQuote.QuotedLine(catalogue.get(i).id(), 50, null))));
            lost = quotes.send(lost.id(), lost.version());
            quotes.lose(lost.id(), new QuoteLoss(lost.version(), reasons[i], i % 2 == 0 ? "SKF 代理商" : null, null));
        }
        for (int i = 0; i < 2; i++) {
            QuoteView open = quotes.create(new NewQuote(
                    buyers.get(i + 1),
                    null,
                    null,
                    List.of(new NewQuote.QuotedLine(catalogue.get(4 + i).id(), 8, null))));
            if (i == 0) {
                quotes.send(open.id(), open.version());
            }
        }
        // One customer's statement of the last quarter.
        receivables.makeStatement(buyers.get(0), today.minusMonths(3).withDayOfMonth(1), today.minusDays(1));
    }

    /**
     * Ships, invoices and collects a contract as far as its age says: older than four months all of it, then less,
     * the last month only shipped in part, so that receivables fall into every ageing bucket.
     */
    private void fulfil(ContractView contract, int monthsAgo, LocalDate signed, LocalDate today) {
        if (monthsAgo == 0) {
            return;
        }
        LocalDate shipped = signed.plusDays(10).isAfter(today) ? today : signed.plusDays(10);
        List<NewShipment.ShippedLine> shipping = contract.lines().stream()
                .map(l -> new NewShipment.ShippedLine(l.id(), monthsAgo >= 2 ? l.quantity() : l.quantity() / 2))
                .toList();
        contract = contracts.ship(
                contract.id(),
                new NewShipment(
                        "成品一库", shipped, "德邦物流", "DB" + shipped.toString().replace("-", ""), shipping));
        List<NewInvoice.InvoicedLine> invoicing = contract.lines().stream()
                .map(l -> new NewInvoice.InvoicedLine(l.id(), l.shippedAmount()))
                .toList();
        contract = contracts.invoice(
                contract.id(),
                new NewInvoice(
                        "FP" + shipped.toString().replace("-", "")
                                + contract.number().substring(contract.number().length() - 3),
                        null,
                        shipped,
                        null,
                        null,
                        invoicing));
        if (monthsAgo < 2) {
            return;
        }
        BigDecimal owed = contract.invoiced();
        BigDecimal paying =
                monthsAgo >= 5 ? owed : owed.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN);
        LocalDate paid = shipped.plusDays(25).isAfter(today) ? today : shipped.plusDays(25);
        receivables.pay(new NewPayment(
                contract.customerId(),
                paid,
                CollectionMethod.TRANSFER,
                "电汇",
                List.of(new NewPayment.PaymentAllocation(
                        contract.invoices().get(0).receivableId(), paying))));
    }
}
