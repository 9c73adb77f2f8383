package io.aftersales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The marketing department's loop through the API: a quote won becomes a contract, shipped in part from
 * finished-goods stock, invoiced in part and paid in part, and the fulfilment row, the receivable and its ageing say
 * so; what would ship, invoice or pay beyond the rules changes nothing; a lost quote needs its reason and the
 * conversion rate per rep counts won and lost; a work order delivered with an amount owed becomes a receivable that a
 * later payment closes; a statement's totals equal the ledger.
 */
@IntegrationTest
class SalesIntegrationTests {

    /** The zone of a new organisation's stores, for "today" as the application sees it. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;

    record Desk(Workshop shop, Api.User sales, Api.User finance) {

        String customer() {
            return shop.customerId;
        }
    }

    private Desk desk() {
        Workshop shop = new Workshop(api);
        return new Desk(
                shop,
                api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SALES),
                api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FINANCE));
    }

    private String product(Desk desk, String model, String price) {
        MvcTestResult created = api.post(desk.sales().token(), "/api/v1/products", """
                {"model":"%s","name":"深沟球轴承","specification":"内径 30 mm","unit":"套","listPrice":%s}
                """.formatted(model, price));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    private void receive(Desk desk, String product, String warehouse, int quantity) {
        assertThat(api.post(desk.sales().token(), "/api/v1/finished-goods/receipts", """
                {"productId":"%s","warehouse":"%s","location":"A-01-03","quantity":%d}
                """.formatted(
                                product, warehouse, quantity)))
                .hasStatus(201);
    }

    private String quote(Desk desk, Api.User rep, String product, int quantity) {
        MvcTestResult created =
                api.post(rep.token(), "/api/v1/quotes", """
                {"customerId":"%s","lines":[{"productId":"%s","quantity":%d}]}
                """.formatted(desk.customer(), product, quantity));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    private MvcTestResult act(Api.User user, String quote, String action, String fields) {
        long version =
                ((Number) Api.read(api.get(user.token(), "/api/v1/quotes/{id}", quote), "$.version")).longValue();
        return api.post(
                user.token(),
                "/api/v1/quotes/{id}/" + action,
                "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}",
                quote);
    }

    /** The number at the path; of a filter (which JsonPath answers as a list), the first match. */
    private static double number(MvcTestResult result, String path) {
        Object value = Api.read(result, path);
        if (value instanceof List<?> matches) {
            assertThat(matches).hasSize(1);
            value = matches.get(0);
        }
        return ((Number) value).doubleValue();
    }

    @Test
    void aWonQuoteShippedInvoicedAndPaidInPartShowsEachFigureOnItsFulfilmentRowAndReceivable() {
        Desk desk = desk();
        String product = product(desk, "6206-2RS", "1200");
        receive(desk, product, "成品一库", 8);
        String quote = quote(desk, desk.sales(), product, 10);
        assertThat(act(desk.sales(), quote, "send", "")).hasStatusOk();
        MvcTestResult won = act(desk.sales(), quote, "win", """
                "terms":{"advancePct":30,"deliveryPct":60,"acceptancePct":0,"retentionPct":10,"paymentDays":30},
                "requiredDocuments":"出厂检验报告、合格证"
                """);
        assertThat(won).hasStatusOk();
        assertThat(Api.<String>read(won, "$.status")).isEqualTo("WON");
        String contract = Api.read(won, "$.contractId");
        MvcTestResult read = api.get(desk.sales().token(), "/api/v1/contracts/{id}", contract);
        assertThat(number(read, "$.total")).isEqualTo(12000.0);
        String line = Api.read(read, "$.lines[0].id");

        // Six of ten shipped from eight in stock.
        assertThat(ship(desk, contract, line, 6)).hasStatus(201);
        // Five more would go beyond the four left on the contract; three more beyond the two left in stock.
        MvcTestResult over = ship(desk, contract, line, 5);
        assertThat(over).hasStatus(409);
        assertThat(Api.<String>read(over, "$.type")).endsWith("over-shipment");
        MvcTestResult short_ = ship(desk, contract, line, 3);
        assertThat(short_).hasStatus(409);
        assertThat(Api.<String>read(short_, "$.type")).endsWith("insufficient-stock");
        assertThat(onHand(desk, product)).isEqualTo(2);
        assertThat(ledger(desk, product)).isEqualTo(2);

        // Invoiced: the six shipped (7,200) today, and 1,200 of the rest 45 days ago; 5,000 more is beyond the 3,600
        // left.
        LocalDate today = LocalDate.now(SHANGHAI);
        assertThat(invoice(desk, contract, line, "FP-001", "7200", today)).hasStatus(201);
        assertThat(invoice(desk, contract, line, "FP-002", "1200", today.minusDays(45)))
                .hasStatus(201);
        MvcTestResult overInvoiced = invoice(desk, contract, line, "FP-003", "5000", today);
        assertThat(overInvoiced).hasStatus(409);
        assertThat(Api.<String>read(overInvoiced, "$.type")).endsWith("over-invoice");
        assertThat(invoice(desk, contract, line, "FP-001", "100", today)).hasStatus(409);

        String tokenF = desk.finance().token();
        MvcTestResult owed = api.get(tokenF, "/api/v1/receivables?customerId={c}&open=true", desk.customer());
        assertThat(Api.<Integer>read(owed, "$.total")).isEqualTo(2);
        List<String> fp001 = Api.read(owed, "$.items[?(@.reference == 'FP-001')].id");
        assertThat(fp001).hasSize(1);
        String recent = fp001.get(0);

        // A payment beyond what is open is refused and records nothing; 3,000 is matched to the 7,200.
        MvcTestResult tooMuch = pay(desk, recent, "8000");
        assertThat(tooMuch).hasStatus(409);
        assertThat(Api.<String>read(tooMuch, "$.type")).endsWith("overpayment");
        MvcTestResult paid = pay(desk, recent, "3000");
        assertThat(paid).hasStatus(201);
        assertThat(number(paid, "$[0].open")).isEqualTo(4200.0);

        MvcTestResult row =
                api.get(desk.sales().token(), "/api/v1/contracts/fulfilment?customerId={c}", desk.customer());
        assertThat(Api.<Integer>read(row, "$.total")).isEqualTo(1);
        assertThat(Api.<Integer>read(row, "$.items[0].line.quantity")).isEqualTo(10);
        assertThat(number(row, "$.items[0].line.amount")).isEqualTo(12000.0);
        assertThat(Api.<Integer>read(row, "$.items[0].line.inStock")).isEqualTo(2);
        assertThat(Api.<Integer>read(row, "$.items[0].line.shipped")).isEqualTo(6);
        assertThat(number(row, "$.items[0].line.shippedAmount")).isEqualTo(7200.0);
        assertThat(number(row, "$.items[0].line.invoiced")).isEqualTo(8400.0);
        assertThat(number(row, "$.items[0].line.collected")).isEqualTo(3000.0);

        MvcTestResult ageing = api.get(tokenF, "/api/v1/receivables/ageing?customerId={c}", desk.customer());
        assertThat(number(ageing, "$.open")).isEqualTo(5400.0);
        assertThat(number(ageing, "$.buckets[?(@.bucket == 'UP_TO_30')].amount"))
                .isEqualTo(4200.0);
        assertThat(number(ageing, "$.buckets[?(@.bucket == 'UP_TO_60')].amount"))
                .isEqualTo(1200.0);
        // Due 30 days after issue: the one issued 45 days ago is past due.
        assertThat(number(ageing, "$.overdue")).isEqualTo(1200.0);

        // The rep's collections: the past-due invoice first, then the one falling due within 30 days.
        MvcTestResult plan = api.get(
                tokenF,
                "/api/v1/receivables/collection-plan?repId={r}&days=30",
                desk.sales().id());
        assertThat(Api.<List<String>>read(plan, "$.reps[0].items[*].reference")).containsExactly("FP-002", "FP-001");
        assertThat(number(plan, "$.reps[0].overdue")).isEqualTo(1200.0);
        assertThat(number(plan, "$.reps[0].dueSoon")).isEqualTo(4200.0);
        assertThat(Api.<List<Object>>read(
                        api.get(
                                tokenF,
                                "/api/v1/receivables/collection-plan?repId={r}&days=7",
                                desk.sales().id()),
                        "$.reps[0].items"))
                .hasSize(1);
        assertThat(api.get(tokenF, "/api/v1/receivables/collection-plan?days=0"))
                .hasStatus(400);

        // The statement of the last 60 days adds up to the ledger: what arose less what was paid is what is open.
        MvcTestResult statement =
                api.post(tokenF, "/api/v1/statements", """
                {"customerId":"%s","from":"%s","to":"%s"}""".formatted(desk.customer(), today.minusDays(60), today));
        assertThat(statement).hasStatus(201);
        assertThat(number(statement, "$.opening")).isZero();
        assertThat(number(statement, "$.debits")).isEqualTo(8400.0);
        assertThat(number(statement, "$.credits")).isEqualTo(3000.0);
        assertThat(number(statement, "$.closing")).isEqualTo(number(ageing, "$.open"));
        assertThat(text(api.get(tokenF, "/api/v1/statements/{id}/pdf", Api.<String>read(statement, "$.id"))))
                .contains("对账单")
                .contains("FP-001")
                .contains("5,400.00");

        // The rep's trip for this contract, once approved by the manager and finance, counts as its expense.
        String number = Api.read(read, "$.number");
        Api.User manager =
                api.newUser(desk.shop().tenant, List.of(desk.shop().tenant.storeId()), Role.STORE_MANAGER);
        MvcTestResult claim =
                api.post(desk.sales().token(), "/api/v1/expense-claims", """
                {"purpose":"送货验收","reference":"%s","items":[{"category":"TRANSPORT","spentOn":"%s","amount":356}]}
                """.formatted(number, today.minusDays(1)));
        assertThat(claim).hasStatus(201);
        String claimId = Api.read(claim, "$.id");
        assertThat(number(api.get(tokenF, "/api/v1/contracts/{id}", contract), "$.expenses"))
                .isZero();
        assertThat(api.post(manager.token(), "/api/v1/expense-claims/{id}/approve", "{\"version\":0}", claimId))
                .hasStatusOk();
        assertThat(api.post(tokenF, "/api/v1/expense-claims/{id}/approve", "{\"version\":1}", claimId))
                .hasStatusOk();
        assertThat(number(api.get(tokenF, "/api/v1/contracts/{id}", contract), "$.expenses"))
                .isEqualTo(356.0);
        MvcTestResult year = api.get(
                tokenF,
                "/api/v1/contracts/statistics?year={y}",
                today.minusDays(1).getYear());
        assertThat(Api.<List<Number>>read(year, "$[*].expenses").stream()
                        .mapToDouble(Number::doubleValue)
                        .sum())
                .isEqualTo(356.0);

        // The fulfilment list downloads as a sheet.
        assertThat(api.get(desk.sales().token(), "/api/v1/contracts/fulfilment/export"))
                .hasStatusOk();
    }

    private MvcTestResult ship(Desk desk, String contract, String line, int quantity) {
        return api.post(
                desk.sales().token(), "/api/v1/contracts/{id}/shipments", """
                {"warehouse":"成品一库","carrier":"德邦物流","trackingNumber":"DB20261207001",
                 "lines":[{"contractLineId":"%s","quantity":%d}]}
                """.formatted(line, quantity), contract);
    }

    private MvcTestResult invoice(Desk desk, String contract, String line, String number, String amount, LocalDate on) {
        return api.post(
                desk.finance().token(),
                "/api/v1/contracts/{id}/invoices",
                """
                {"number":"%s","eFapiao":"26312000000012345678","issuedOn":"%s",
                 "lines":[{"contractLineId":"%s","amount":%s}]}
                """.formatted(number, on, line, amount),
                contract);
    }

    private MvcTestResult pay(Desk desk, String receivable, String amount) {
        return api.post(desk.finance().token(), "/api/v1/payments", """
                {"customerId":"%s","method":"TRANSFER","reference":"电汇 0042",
                 "allocations":[{"receivableId":"%s","amount":%s}]}
                """.formatted(desk.customer(), receivable, amount));
    }

    private int onHand(Desk desk, String product) {
        return ((Number) Api.read(api.get(desk.sales().token(), "/api/v1/products/{id}", product), "$.onHand"))
                .intValue();
    }

    private int ledger(Desk desk, String product) {
        List<Integer> moves = Api.read(
                api.get(desk.sales().token(), "/api/v1/finished-goods/movements?productId={p}&limit=500", product),
                "$[*].quantity");
        return moves.stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void aLostQuoteNeedsAReasonAndTheConversionRatePerRepIsWonOverWonAndLost() {
        Desk desk = desk();
        Api.User other =
                api.newUser(desk.shop().tenant, List.of(desk.shop().tenant.storeId()), Role.SALES);
        String product = product(desk, "NU2210", "860");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(quote(desk, desk.sales(), product, 5 + i));
        }
        assertThat(act(desk.sales(), mine.get(0), "win", "")).hasStatusOk();
        assertThat(act(desk.sales(), mine.get(1), "win", "")).hasStatusOk();
        MvcTestResult noReason = act(desk.sales(), mine.get(2), "lose", "\"competitor\":\"某进口品牌\"");
        assertThat(noReason).hasStatus(400);
        assertThat(Api.<String>read(noReason, "$.errors[0].field")).isEqualTo("reason");
        assertThat(Api.<String>read(api.get(desk.sales().token(), "/api/v1/quotes/{id}", mine.get(2)), "$.status"))
                .isEqualTo("DRAFT");
        assertThat(act(desk.sales(), mine.get(2), "lose", "\"reason\":\"PRICE\",\"competitor\":\"某进口品牌\""))
                .hasStatusOk();
        // A decided quote cannot be decided again.
        assertThat(act(desk.sales(), mine.get(0), "lose", "\"reason\":\"PRICE\""))
                .hasStatus(409);

        String theirs = quote(desk, other, product, 2);
        assertThat(act(other, theirs, "lose", "\"reason\":\"DELIVERY_TIME\"")).hasStatusOk();
        quote(desk, other, product, 3);

        MvcTestResult conversion = api.get(desk.finance().token(), "/api/v1/quotes/conversion?by=rep");
        assertThat(conversion).hasStatusOk();
        assertThat(number(
                        conversion,
                        "$.rows[?(@.key == '%s')].rate".formatted(desk.sales().id())))
                .isEqualTo(66.7);
        assertThat(number(conversion, "$.rows[?(@.key == '%s')].rate".formatted(other.id())))
                .isEqualTo(0.0);
        assertThat(Api.<Integer>read(conversion, "$.won")).isEqualTo(2);
        assertThat(Api.<Integer>read(conversion, "$.lost")).isEqualTo(2);
        assertThat(number(conversion, "$.rate")).isEqualTo(50.0);
        assertThat(Api.<List<String>>read(conversion, "$.losses[*].reason.code"))
                .containsExactlyInAnyOrder("PRICE", "DELIVERY_TIME");
        assertThat(Api.<List<String>>read(conversion, "$.losses[*].reason.label"))
                .contains("价格", "交期");

        // The organisation sets its own list: a built-in label keeps its code, a new one gets its own; a reason
        // taken off the list is refused for new losses and stays on the quotes lost for it.
        String reasons = "/api/v1/quote-loss-reasons";
        assertThat(api.put(desk.finance().token(), reasons, "[\"价格\"]")).hasStatus(403);
        assertThat(api.put(desk.shop().admin(), reasons, "[\" \"]")).hasStatus(400);
        MvcTestResult list = api.put(desk.shop().admin(), reasons, "[\"价格\",\"竞品低价倾销\"]");
        assertThat(list).hasStatusOk();
        assertThat(Api.<List<String>>read(list, "$[*].code")).containsExactly("PRICE", "R1");
        String next = quote(desk, other, product, 4);
        MvcTestResult notListed = act(other, next, "lose", "\"reason\":\"DELIVERY_TIME\"");
        assertThat(notListed).hasStatus(400);
        assertThat(Api.<String>read(notListed, "$.errors[0].field")).isEqualTo("reason");
        assertThat(act(other, next, "lose", "\"reason\":\"R1\"")).hasStatusOk();
        MvcTestResult after = api.get(desk.finance().token(), "/api/v1/quotes/conversion?by=rep");
        assertThat(Api.<List<String>>read(after, "$.losses[*].reason.label"))
                .containsExactlyInAnyOrder("价格", "交期", "竞品低价倾销");
        assertThat(Api.<String>read(api.get(other.token(), "/api/v1/quotes/{id}", theirs), "$.lossReason.label"))
                .isEqualTo("交期");
        assertThat(api.get(desk.finance().token(), "/api/v1/quotes/conversion?by=product"))
                .hasStatusOk();
        assertThat(api.get(desk.finance().token(), "/api/v1/quotes/conversion?by=weather"))
                .hasStatus(400);

        // The quote prints in Chinese.
        MvcTestResult pdf = api.get(desk.sales().token(), "/api/v1/quotes/{id}/pdf", mine.get(0));
        assertThat(pdf).hasStatusOk();
        assertThat(text(pdf)).contains("报价单").contains("NU2210");
    }

    @Test
    void ofConcurrentShipmentsOfTheLastUnitsExactlyOneSucceeds() throws Exception {
        Desk desk = desk();
        String product = product(desk, "6308-ZZ", "300");
        receive(desk, product, "成品二库", 3);
        MvcTestResult contract =
                api.post(desk.sales().token(), "/api/v1/contracts", """
                {"customerId":"%s","number":"HT-2026-118","lines":[{"productId":"%s","quantity":20}]}
                """.formatted(desk.customer(), product));
        assertThat(contract).hasStatus(201);
        String id = Api.read(contract, "$.id");
        String line = Api.read(contract, "$.lines[0].id");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.post(desk.sales().token(), "/api/v1/contracts/{id}/shipments", """
                                    {"warehouse":"成品二库","lines":[{"contractLineId":"%s","quantity":3}]}
                                    """.formatted(line), id)
                            .getResponse()
                            .getStatus();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(7);
        } finally {
            pool.shutdown();
        }
        assertThat(onHand(desk, product)).isZero();
        assertThat(ledger(desk, product)).isZero();
        MvcTestResult after = api.get(desk.sales().token(), "/api/v1/contracts/{id}", id);
        assertThat(Api.<Integer>read(after, "$.lines[0].shipped")).isEqualTo(3);
        assertThat(Api.<List<Object>>read(after, "$.shipments")).hasSize(1);
        // The notice prints in Chinese.
        MvcTestResult notice = api.get(
                desk.sales().token(),
                "/api/v1/contracts/{id}/shipments/{s}/pdf",
                id,
                Api.<String>read(after, "$.shipments[0].id"));
        assertThat(notice).hasStatusOk();
        assertThat(text(notice)).contains("发货通知单").contains("HT-2026-118");
    }

    @Test
    void aWorkOrderDeliveredWithAnAmountOwedBecomesAReceivableThatALaterPaymentClosesAndTheStatementAddsUp() {
        Desk desk = desk();
        String workOrder = desk.shop().deliveredRepair();
        String number = Api.read(desk.shop().get(workOrder), "$.number");
        double owed = number(desk.shop().get(workOrder), "$.amountOwed");
        assertThat(owed).isPositive();
        String token = desk.finance().token();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(
                                api.get(token, "/api/v1/receivables?customerId={c}", desk.customer()), "$.total"))
                        .isEqualTo(1));
        MvcTestResult list = api.get(token, "/api/v1/receivables?customerId={c}", desk.customer());
        assertThat(Api.<String>read(list, "$.items[0].kind")).isEqualTo("WORK_ORDER");
        assertThat(Api.<String>read(list, "$.items[0].reference")).isEqualTo(number);
        assertThat(Api.<String>read(list, "$.items[0].workOrderId")).isEqualTo(workOrder);
        assertThat(number(list, "$.items[0].open")).isEqualTo(owed);
        String receivable = Api.read(list, "$.items[0].id");

        assertThat(pay(
                        desk,
                        receivable,
                        BigDecimal.valueOf(owed).add(BigDecimal.ONE).toPlainString()))
                .hasStatus(409);
        assertThat(pay(desk, receivable, BigDecimal.valueOf(owed).toPlainString()))
                .hasStatus(201);
        assertThat(Api.<Integer>read(
                        api.get(token, "/api/v1/receivables?customerId={c}&open=true", desk.customer()), "$.total"))
                .isZero();

        // A statement of this year: nothing before, the job's amount arose, the payment came, nothing left.
        LocalDate today = LocalDate.now(SHANGHAI);
        MvcTestResult statement =
                api.post(token, "/api/v1/statements", """
                {"customerId":"%s","from":"%s","to":"%s"}""".formatted(desk.customer(), today.minusDays(30), today));
        assertThat(statement).hasStatus(201);
        assertThat(number(statement, "$.opening")).isZero();
        assertThat(number(statement, "$.debits")).isEqualTo(owed);
        assertThat(number(statement, "$.credits")).isEqualTo(owed);
        assertThat(number(statement, "$.closing")).isZero();
        assertThat(Api.<List<Object>>read(statement, "$.entries")).hasSize(2);
        String id = Api.read(statement, "$.id");
        MvcTestResult pdf = api.get(token, "/api/v1/statements/{id}/pdf", id);
        assertThat(pdf).hasStatusOk();
        assertThat(text(pdf)).contains("对账单").contains(number);

        MvcTestResult confirmed =
                api.post(token, "/api/v1/statements/{id}/confirm", "{\"version\":0,\"confirmedBy\":\"王会计\"}", id);
        assertThat(confirmed).hasStatusOk();
        assertThat(Api.<String>read(confirmed, "$.confirmedBy")).isEqualTo("王会计");
        assertThat(api.post(token, "/api/v1/statements/{id}/confirm", "{\"version\":1,\"confirmedBy\":\"王会计\"}", id))
                .hasStatus(409);
    }

    @Test
    void aShipmentThatWouldTakeWhatTheCustomerOwesBeyondTheirCreditLimitIsRefused() {
        Desk desk = desk();
        String product = product(desk, "UCP210", "500");
        receive(desk, product, "成品一库", 10);
        MvcTestResult contract =
                api.post(desk.sales().token(), "/api/v1/contracts", """
                {"customerId":"%s","lines":[{"productId":"%s","quantity":10}]}
                """.formatted(desk.customer(), product));
        String id = Api.read(contract, "$.id");
        String line = Api.read(contract, "$.lines[0].id");
        String limit = "/api/v1/credit-limits/{c}";
        assertThat(api.put(desk.sales().token(), limit, "{\"limit\":1000}", desk.customer()))
                .hasStatus(403);
        assertThat(api.put(desk.finance().token(), limit, "{\"limit\":-1}", desk.customer()))
                .hasStatus(400);
        assertThat(api.put(desk.finance().token(), limit, "{\"limit\":1000}", desk.customer()))
                .hasStatusOk();
        assertThat(ship(desk, id, line, 2)).hasStatus(201);
        assertThat(invoice(desk, id, line, "FP-C1", "1000", LocalDate.now(SHANGHAI)))
                .hasStatus(201);
        // Owing 1,000 already, another 500 would be beyond the limit of 1,000.
        MvcTestResult refused = ship(desk, id, line, 1);
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.type")).endsWith("credit-limit");
        assertThat(onHand(desk, product)).isEqualTo(8);
        MvcTestResult credit = api.get(desk.sales().token(), limit, desk.customer());
        assertThat(number(credit, "$.owed")).isEqualTo(1000.0);
        assertThat(number(credit, "$.available")).isZero();
        assertThat(api.put(desk.finance().token(), limit, "{\"limit\":null}", desk.customer()))
                .hasStatusOk();
        assertThat(ship(desk, id, line, 1)).hasStatus(201);
    }

    @Test
    void unitsHeldForAContractLineAreShippedOnlyToItAndNeverMoreThanTheLineOrTheWarehouseHas() {
        Desk desk = desk();
        String product = product(desk, "6308-2Z", "100");
        receive(desk, product, "成品一库", 10);
        String[] contracts = new String[2];
        String[] lines = new String[2];
        for (int i = 0; i < 2; i++) {
            MvcTestResult created =
                    api.post(desk.sales().token(), "/api/v1/contracts", """
                    {"customerId":"%s","lines":[{"productId":"%s","quantity":8}]}
                    """.formatted(desk.customer(), product));
            contracts[i] = Api.read(created, "$.id");
            lines[i] = Api.read(created, "$.lines[0].id");
        }
        MvcTestResult held = hold(desk, contracts[0], lines[0], 6);
        assertThat(held).hasStatusOk();
        assertThat(Api.<Integer>read(held, "$.lines[0].reserved")).isEqualTo(6);
        assertThat(Api.<String>read(held, "$.reservations[0].warehouse")).isEqualTo("成品一库");
        assertThat(Api.<Integer>read(held, "$.lines[0].inStock")).isEqualTo(4);
        // The other contract finds only the four held for nobody.
        assertThat(hold(desk, contracts[1], lines[1], 5)).hasStatus(409);
        MvcTestResult taken = ship(desk, contracts[1], lines[1], 5);
        assertThat(taken).hasStatus(409);
        assertThat(Api.<String>read(taken, "$.type")).endsWith("insufficient-stock");
        assertThat(ship(desk, contracts[1], lines[1], 4)).hasStatus(201);
        // The first ships what was held for it; then it has two left to ship, so three cannot be held.
        MvcTestResult shipped = ship(desk, contracts[0], lines[0], 6);
        assertThat(shipped).hasStatus(201);
        assertThat(Api.<Integer>read(shipped, "$.lines[0].reserved")).isZero();
        assertThat(Api.<List<Object>>read(shipped, "$.reservations")).isEmpty();
        assertThat(onHand(desk, product)).isZero();
        assertThat(ledger(desk, product)).isZero();
        receive(desk, product, "成品一库", 5);
        assertThat(hold(desk, contracts[0], lines[0], 3)).hasStatus(409);
        assertThat(hold(desk, contracts[0], lines[0], 2)).hasStatusOk();
        assertThat(hold(desk, contracts[0], lines[0], -3)).hasStatus(409);
        MvcTestResult released = hold(desk, contracts[0], lines[0], -2);
        assertThat(released).hasStatusOk();
        assertThat(Api.<Integer>read(released, "$.lines[0].inStock")).isEqualTo(5);
        assertThat(api.post(
                        desk.finance().token(),
                        "/api/v1/contracts/{id}/reservations",
                        """
                {"contractLineId":"%s","warehouse":"成品一库","quantity":1}""".formatted(lines[0]),
                        contracts[0]))
                .hasStatus(403);
    }

    private MvcTestResult hold(Desk desk, String contract, String line, int quantity) {
        return api.post(
                desk.sales().token(), "/api/v1/contracts/{id}/reservations", """
                {"contractLineId":"%s","warehouse":"成品一库","quantity":%d}""".formatted(line, quantity), contract);
    }

    @Test
    void anotherOrganisationSeesNoneOfItAndATechnicianMayNotSell() {
        Desk desk = desk();
        String product = product(desk, "32210", "540");
        String quote = quote(desk, desk.sales(), product, 1);
        Desk stranger = desk();
        assertThat(api.get(stranger.sales().token(), "/api/v1/quotes/{id}", quote))
                .hasStatus(404);
        assertThat(api.get(stranger.sales().token(), "/api/v1/products/{id}", product))
                .hasStatus(404);
        assertThat(api.get(desk.shop().technician.token(), "/api/v1/quotes")).hasStatus(403);
        assertThat(api.post(desk.finance().token(), "/api/v1/quotes", """
                {"customerId":"%s","lines":[{"productId":"%s","quantity":1}]}
                """.formatted(desk.customer(), product)))
                .hasStatus(403);
        // A product of another organisation cannot be quoted.
        MvcTestResult foreign =
                api.post(stranger.sales().token(), "/api/v1/quotes", """
                {"customerId":"%s","lines":[{"productId":"%s","quantity":1}]}
                """.formatted(stranger.customer(), product));
        assertThat(foreign).hasStatus(400);
        assertThat(Api.<String>read(foreign, "$.errors[0].field")).isEqualTo("lines[0].productId");
        assertThat(api.post(desk.sales().token(), "/api/v1/products", """
                {"model":"32210","name":"圆锥滚子轴承","unit":"套","listPrice":1}""")).hasStatus(409);
    }

    private static String text(MvcTestResult pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
