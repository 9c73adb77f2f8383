package io.aftersales.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The same loop through the pages, as the sales office clerk: a product and its stock, a quote from the customer's
 * page, won into a contract, shipped, invoiced and paid in part; careless input is shown back with what is wrong and
 * changes nothing; the fulfilment list and a statement show the figures; the customer page shows them to sales only.
 */
@IntegrationTest
class SalesWebIntegrationTests {

    @Autowired
    Api api;

    @Test
    void theClerkQuotesWinsShipsInvoicesAndCollectsThroughThePagesAndCarelessInputChangesNothing() {
        Workshop shop = new Workshop(api);
        Api.User clerk = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SALES);
        UserDetails me = api.signedIn(clerk.username());
        String customerName = Api.read(api.get(clerk.token(), "/api/v1/customers/{id}", shop.customerId), "$.name");

        assertThat(api.page(me, "/sales/finished-goods"))
                .hasStatusOk()
                .bodyText()
                .contains("还没有产品");
        assertThat(api.form(
                        me, "/sales/products", "model", "6206-2RS", "name", "深沟球轴承", "unit", "套", "listPrice", "一千"))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"一千\"");
        assertThat(Api.<Integer>read(api.get(clerk.token(), "/api/v1/products"), "$.total"))
                .isZero();
        assertThat(api.form(
                        me, "/sales/products", "model", "6206-2RS", "name", "深沟球轴承", "unit", "套", "listPrice", "1200"))
                .hasStatus3xxRedirection();
        String product = Api.read(api.get(clerk.token(), "/api/v1/products"), "$.items[0].id");
        assertThat(api.form(
                        me,
                        "/sales/finished-goods/receipts",
                        "productId",
                        product,
                        "warehouse",
                        "成品一库",
                        "quantity",
                        "五"))
                .flash()
                .containsKey("failedText");
        assertThat(api.form(
                        me,
                        "/sales/finished-goods/receipts",
                        "productId",
                        product,
                        "warehouse",
                        "成品一库",
                        "location",
                        "A-01",
                        "quantity",
                        "5"))
                .hasStatus3xxRedirection();
        assertThat(api.page(me, "/sales/finished-goods"))
                .hasStatusOk()
                .bodyText()
                .contains("成品一库")
                .contains("A-01");

        // A quote from the customer's page: the customer is filled in; a careless quantity is shown back.
        assertThat(api.page(me, "/customers/{id}", shop.customerId))
                .hasStatusOk()
                .bodyText()
                .contains("合同与应收");
        assertThat(api.page(me, "/sales/quotes/new?customerId={id}", shop.customerId))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + customerName + "\"");
        assertThat(api.form(
                        me,
                        "/sales/quotes",
                        "customer",
                        customerName,
                        "lines[0].productId",
                        product,
                        "lines[0].quantity",
                        "十"))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"十\"");
        assertThat(api.form(
                        me,
                        "/sales/quotes",
                        "customer",
                        "没有这个客户",
                        "lines[0].productId",
                        product,
                        "lines[0].quantity",
                        "10"))
                .hasStatusOk()
                .bodyText()
                .contains("没有找到这个客户");
        MvcTestResult created = api.form(
                me,
                "/sales/quotes",
                "customer",
                customerName,
                "lines[0].productId",
                product,
                "lines[0].quantity",
                "10");
        assertThat(created).hasStatus3xxRedirection();
        String quote = Api.read(api.get(clerk.token(), "/api/v1/quotes"), "$.items[0].id");
        assertThat(api.page(me, "/sales/quotes/{id}", quote))
                .hasStatusOk()
                .bodyText()
                .contains("草稿")
                .contains("12,000.00");

        // Terms that do not add up to 100% are refused; then it is won.
        assertThat(api.form(
                        me, "/sales/quotes/" + quote + "/win", "version", "0", "advancePct", "30", "deliveryPct", "60"))
                .flash()
                .containsEntry("failedText", "付款比例合计必须为 100%。");
        assertThat(api.form(
                        me,
                        "/sales/quotes/" + quote + "/win",
                        "version",
                        "0",
                        "advancePct",
                        "30",
                        "deliveryPct",
                        "70",
                        "requiredDocuments",
                        "合格证"))
                .hasStatus3xxRedirection();
        String contract = Api.read(api.get(clerk.token(), "/api/v1/quotes/{id}", quote), "$.contractId");
        String line = Api.read(api.get(clerk.token(), "/api/v1/contracts/{id}", contract), "$.lines[0].id");
        assertThat(api.page(me, "/sales/contracts/{id}", contract))
                .hasStatusOk()
                .bodyText()
                .contains("预付 30% · 发货 70%")
                .contains("qty." + line);

        // Shipping more than the warehouse holds is refused; three go out.
        assertThat(api.form(me, "/sales/contracts/" + contract + "/shipments", "warehouse", "成品一库", "qty." + line, "6"))
                .flash()
                .containsEntry("failedText", "6206-2RS：成品一库 只有 5。");
        assertThat(api.form(
                        me,
                        "/sales/contracts/" + contract + "/shipments",
                        "warehouse",
                        "成品一库",
                        "qty." + line,
                        "3",
                        "carrier",
                        "德邦物流"))
                .hasStatus3xxRedirection();
        assertThat(api.form(
                        me,
                        "/sales/contracts/" + contract + "/invoices",
                        "number",
                        "FP-100",
                        "eFapiao",
                        "123",
                        "amount." + line,
                        "3600"))
                .flash()
                .containsEntry("failedText", "全电发票号码应为 20 位数字。");
        assertThat(api.form(
                        me, "/sales/contracts/" + contract + "/invoices", "number", "FP-100", "amount." + line, "3600"))
                .hasStatus3xxRedirection();
        String receivable =
                Api.read(api.get(clerk.token(), "/api/v1/receivables?contractId={c}", contract), "$.items[0].id");
        assertThat(api.form(
                        me, "/sales/receivables/" + receivable + "/payments", "amount", "5000", "method", "TRANSFER"))
                .flash()
                .containsEntry("failedText", "FP-100：只剩 3600.00 未收。");
        assertThat(api.form(
                        me,
                        "/sales/receivables/" + receivable + "/payments",
                        "amount",
                        "1000",
                        "method",
                        "TRANSFER",
                        "reference",
                        "电汇"))
                .hasStatus3xxRedirection();

        assertThat(api.page(me, "/sales/receivables"))
                .hasStatusOk()
                .bodyText()
                .contains("FP-100")
                .contains("2,600.00");
        assertThat(api.page(me, "/sales/fulfilment"))
                .hasStatusOk()
                .bodyText()
                .contains("6206-2RS")
                .contains("3,600.00")
                .contains("1,000.00")
                .contains("data-chart");
        assertThat(api.page(me, "/sales/quotes")).hasStatusOk().bodyText().contains("100.0%");
        // A sales person starts on the quotes; finance's home page leads with what is owed and past due.
        assertThat(api.page(me, "/")).hasStatus3xxRedirection();
        Api.User finance = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FINANCE);
        assertThat(api.page(api.signedIn(finance.username()), "/"))
                .hasStatusOk()
                .bodyText()
                .contains("应收未收")
                .contains("¥2,600")
                .contains("今年成单率");

        // A statement of the month through its form, then confirmed.
        LocalDate today = LocalDate.now();
        assertThat(api.form(me, "/sales/statements", "customer", customerName, "from", "昨天", "to", today.toString()))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid");
        MvcTestResult made = api.form(
                me,
                "/sales/statements",
                "customer",
                customerName,
                "from",
                today.minusDays(30).toString(),
                "to",
                today.minusDays(1).toString());
        assertThat(made).hasStatus3xxRedirection();
        assertThat(api.page(me, "/sales/statements"))
                .hasStatusOk()
                .bodyText()
                .contains(customerName)
                .contains("未确认");
    }

    @Test
    void headOfficeSetsTheLossReasonsOnTheQuotesPage() {
        Workshop shop = new Workshop(api);
        UserDetails admin = api.signedIn(shop.tenant.adminUsername());
        assertThat(api.page(admin, "/sales/quotes")).hasStatusOk().bodyText().contains("技术规格不符");
        assertThat(api.form(admin, "/sales/loss-reasons", "reasons", "价格\n\n竞品低价倾销\n"))
                .hasStatus3xxRedirection();
        assertThat(api.page(admin, "/sales/quotes"))
                .hasStatusOk()
                .bodyText()
                .contains("竞品低价倾销")
                .doesNotContain("技术规格不符");
        assertThat(api.form(admin, "/sales/loss-reasons", "reasons", " "))
                .flash()
                .containsEntry("failedText", "至少填写一个原因。");
    }

    @Test
    void peopleOutsideSalesSeeNeitherThePagesNorTheCustomerPanel() {
        Workshop shop = new Workshop(api);
        UserDetails tech = api.signedIn(shop.technician.username());
        assertThat(api.page(tech, "/sales/quotes")).hasStatus(403);
        assertThat(api.page(tech, "/customers/{id}", shop.customerId))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("合同与应收");
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        UserDetails boss = api.signedIn(manager.username());
        assertThat(api.page(boss, "/sales/receivables?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Nothing owed here.");
        assertThat(api.page(boss, "/sales/contracts")).hasStatus(403);
    }
}
