package io.aftersales.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.Spreadsheets;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.TestVins;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CustomerImportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    private static String mobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private MvcTestResult upload(String token, String filename, byte[] content, String mode) {
        return mvc.post()
                .uri("/api/v1/customers/import?mode={mode}", mode)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .exchange();
    }

    private MvcTestResult upload(String token, String filename, byte[] content, String mode, Map<String, String> map) {
        var request = mvc.post()
                .uri("/api/v1/customers/import")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .param("mode", mode);
        for (Map.Entry<String, String> column : map.entrySet()) {
            request = request.param("map[" + column.getKey() + "]", column.getValue());
        }
        return request.exchange();
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF类型,客户名称,电话,车牌号,车架号,品牌,车型,里程,保修截止\n" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private int customerCount(String token) {
        return Api.read(api.get(token, "/api/v1/customers?size=1"), "$.total");
    }

    @Test
    void aDryRunReportsEveryBadRowWithItsReasonAndWritesNothing() {
        Api.Tenant tenant = api.newTenant();
        String vin = TestVins.next();
        String badVin = vin.substring(0, 8) + (vin.charAt(8) == '0' ? '1' : '0') + vin.substring(9);
        byte[] file = csv(
                "个人,好客户," + mobile() + "," + TestVins.plate() + "," + TestVins.next() + ",大众,朗逸,1000,2027-01-01",
                "个人,车架号错," + mobile() + ",," + badVin + ",,,,",
                "个人,电话错,12345,,,,,,",
                ",," + mobile() + ",沪A1,,,,abc,2027-13-01");

        MvcTestResult report = upload(tenant.adminToken(), "customers.csv", file, "DRY_RUN");
        assertThat(report).hasStatusOk();
        assertThat(Api.<Integer>read(report, "$.rows")).isEqualTo(4);
        assertThat(Api.<Integer>read(report, "$.goodRows")).isEqualTo(1);
        assertThat(Api.<Boolean>read(report, "$.written")).isFalse();
        assertThat(Api.<List<Integer>>read(report, "$.problems[*].row"))
                .contains(3, 4, 5)
                .doesNotContain(2);
        assertThat(Api.<List<String>>read(report, "$.problems[?(@.row == 3)].field"))
                .containsExactly("vin");
        assertThat(Api.<List<String>>read(report, "$.problems[?(@.row == 4)].field"))
                .containsExactly("phones");
        assertThat(Api.<List<String>>read(report, "$.problems[?(@.row == 5)].field"))
                .contains("name", "mileage", "warrantyEnd", "plate");
        assertThat(customerCount(tenant.adminToken())).isZero();

        MvcTestResult allOrNothing = upload(tenant.adminToken(), "customers.csv", file, "ALL_OR_NOTHING");
        assertThat(Api.<Boolean>read(allOrNothing, "$.written")).isFalse();
        assertThat(customerCount(tenant.adminToken())).isZero();

        MvcTestResult goodRows = upload(tenant.adminToken(), "customers.csv", file, "GOOD_ROWS");
        assertThat(Api.<Boolean>read(goodRows, "$.written")).isTrue();
        assertThat(Api.<Integer>read(goodRows, "$.customers")).isEqualTo(1);
        assertThat(customerCount(tenant.adminToken())).isEqualTo(1);
    }

    /**
     * A thousand rows, then a thousand more that check against them (on PostgreSQL the first import analyses its
     * tables in its own transaction): the second sees every row of the first and, all or nothing, writes nothing for
     * one clash.
     */
    @Test
    void aSecondLargeImportChecksAgainstTheFirstAndWritesNothingOnAClash() {
        Api.Tenant tenant = api.newTenant();
        int base = ThreadLocalRandom.current().nextInt(10_000_000, 80_000_000);
        String[] first = new String[1000];
        String[] second = new String[1000];
        for (int i = 0; i < 1000; i++) {
            first[i] = "个人,客户" + i + ",136" + (base + i) + ",沪K" + String.format("%05d", i) + ",,,,,";
            second[i] = "个人,新客" + i + ",136" + (base + 1000 + i) + ",苏K" + String.format("%05d", i) + ",,,,,";
        }
        MvcTestResult written = upload(tenant.adminToken(), "first.csv", csv(first), "ALL_OR_NOTHING");
        assertThat(written).hasStatusOk();
        assertThat(Api.<Integer>read(written, "$.customers")).isEqualTo(1000);
        second[700] = "个人,新客700,136" + (base + 7) + ",苏K00700,,,,,";
        MvcTestResult refused = upload(tenant.adminToken(), "second.csv", csv(second), "ALL_OR_NOTHING");
        assertThat(Api.<List<Integer>>read(refused, "$.problems[*].row")).containsExactly(702);
        assertThat(Api.<Boolean>read(refused, "$.written")).isFalse();
        assertThat(customerCount(tenant.adminToken())).isEqualTo(1000);
    }

    @Test
    void rowsWithTheSamePhoneBecomeOneCustomerWithSeveralVehicles() {
        Api.Tenant tenant = api.newTenant();
        String phone = mobile();
        String first = TestVins.plate();
        String second = TestVins.plate();
        MvcTestResult report = upload(
                tenant.adminToken(),
                "fleet.csv",
                csv("单位,顺达物流," + phone + "," + first + ",,,,,", "单位,顺达物流," + phone + "," + second + ",,,,,"),
                "ALL_OR_NOTHING");
        assertThat(Api.<Integer>read(report, "$.customers")).isEqualTo(1);
        assertThat(Api.<Integer>read(report, "$.assets")).isEqualTo(2);
        MvcTestResult found = api.get(tenant.adminToken(), "/api/v1/search?q={q}", phone);
        assertThat(Api.<List<String>>read(found, "$.customers[0].assets[*].label"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(Api.<String>read(found, "$.customers[0].type")).isEqualTo("COMPANY");
    }

    @Test
    void theXlsxTemplateImportsAsItIsAndTheListExportsBack() throws Exception {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult template = mvc.get()
                .uri("/customers/import/template")
                .with(SecurityMockMvcRequestPostProcessors.user(api.signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(template).hasStatusOk();
        byte[] xlsx = template.getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.read("t.xlsx", new ByteArrayInputStream(xlsx))).hasSize(1);

        MvcTestResult imported = upload(tenant.adminToken(), "template.xlsx", xlsx, "ALL_OR_NOTHING");
        assertThat(imported).hasStatusOk();
        assertThat(Api.<Boolean>read(imported, "$.written")).isTrue();

        MvcTestResult export = api.get(tenant.adminToken(), "/api/v1/customers/export");
        assertThat(export).hasStatusOk();
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                "export.xlsx", new ByteArrayInputStream(export.getResponse().getContentAsByteArray()));
        // Headers and codes in the reader's language (zh-CN by default), as the pages show them.
        assertThat(rows).extracting(row -> row.get("客户名称")).containsExactly("王小明");
        assertThat(rows.get(0).get("电话")).isEqualTo("13800138000");
        assertThat(rows.get(0).get("客户类型")).isEqualTo("个人");
    }

    @Test
    void anUnreadableOrEmptyUploadIsA400() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult wrongType = upload(tenant.adminToken(), "notes.txt", "hello".getBytes(), "DRY_RUN");
        assertThat(wrongType).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(wrongType, "$.errors[*].field")).containsExactly("file");
        MvcTestResult broken = upload(tenant.adminToken(), "broken.xlsx", "not a zip".getBytes(), "DRY_RUN");
        assertThat(broken).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aDealershipSpreadsheetIsReadByItsOwnHeadersAndNoRowIsInventedOrMergedIntoAStranger() throws Exception {
        Api.Tenant tenant = api.newTenant();
        String token = tenant.adminToken();
        // A customer and a vehicle the organisation has already.
        String knownPhone = mobile();
        MvcTestResult known = api.post(token, "/api/v1/customers", """
                {"type":"PERSON","name":"老客户","phones":["%s"]}
                """.formatted(knownPhone));
        String knownVin = TestVins.next();
        assertThat(api.post(token, "/api/v1/assets", """
                        {"customerId":"%s","kind":"VEHICLE","vin":"%s","plate":"%s"}
                        """.formatted(
                                Api.<String>read(known, "$.customer.id"), knownVin, TestVins.plate())))
                .hasStatus(201);

        String phone = mobile();
        String vin = TestVins.next();
        byte[] file = ("客户类型,车主姓名,手机号码,联系人,VIN码,车牌,品牌,车型,行驶里程,购车日期,保修到期,销售顾问\n"
                        + String.join(
                                "\n",
                                "个人,李雷," + phone + ",," + vin + "," + TestVins.plate()
                                        + ",大众,朗逸,12000,2023/05/01,2026-05-01,王五",
                                "单位,顺达物流," + mobile() + ",张经理," + TestVins.next() + "," + TestVins.plate()
                                        + ",解放,J6,80000,2022-01-01,2025-01-01,王五",
                                "个人,韩梅梅," + phone + ",," + TestVins.next() + ",,,,,,,",
                                "个人,王强,138ABCD0000,,,,,,,,,",
                                "个人,赵六," + mobile() + ",," + vin + ",,,,,,,",
                                "个人,\"=HYPERLINK(\"\"http://example.invalid\"\")\"," + mobile() + ",,,,,,,,,",
                                "个人,钱七," + mobile() + ",," + knownVin + ",,,,,,,",
                                "个人,孙八," + knownPhone + ",,,,,,,,,"))
                .getBytes(StandardCharsets.UTF_8);

        MvcTestResult check = upload(token, "经销商客户.csv", file, "DRY_RUN", Map.of());
        assertThat(Api.<Integer>read(check, "$.rows")).isEqualTo(8);
        assertThat(Api.<Integer>read(check, "$.goodRows")).isEqualTo(2);
        // Every column is read as what it holds, and the one nobody recognises is named, not dropped in silence.
        assertThat(Api.<List<String>>read(check, "$.columns[*].field"))
                .containsExactly(
                        "type",
                        "name",
                        "phones",
                        "contact",
                        "vin",
                        "plate",
                        "brand",
                        "model",
                        "mileage",
                        "purchaseDate",
                        "warrantyEnd",
                        null);
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 1)].field"))
                .containsExactly("销售顾问");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 4)].field"))
                .containsExactly("phones");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 4)].message")
                        .get(0))
                .contains("第 2 行");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 5)].field"))
                .containsExactly("phones");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 5)].label"))
                .containsExactly("电话");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 6)].field"))
                .containsExactly("vin");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 7)].field"))
                .containsExactly("name");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 8)].field"))
                .containsExactly("vin");
        assertThat(Api.<List<String>>read(check, "$.problems[?(@.row == 9)].field"))
                .containsExactly("phones");
        assertThat(Api.<List<Integer>>read(check, "$.problems[*].row")).doesNotContain(2, 3);

        // Until the unknown column is accounted for, all-or-nothing writes nothing.
        MvcTestResult refused = upload(token, "经销商客户.csv", file, "ALL_OR_NOTHING", Map.of());
        assertThat(Api.<Boolean>read(refused, "$.written")).isFalse();
        assertThat(customerCount(token)).isEqualTo(1);

        MvcTestResult written = upload(token, "经销商客户.csv", file, "GOOD_ROWS", Map.of("销售顾问", "-"));
        assertThat(Api.<Boolean>read(written, "$.written")).isTrue();
        assertThat(Api.<List<Integer>>read(written, "$.problems[*].row")).doesNotContain(1);
        assertThat(Api.<Integer>read(written, "$.customers")).isEqualTo(2);
        assertThat(Api.<Integer>read(written, "$.assets")).isEqualTo(2);
        assertThat(customerCount(token)).isEqualTo(3);
        MvcTestResult company = api.get(token, "/api/v1/customers?q={q}", "顺达物流");
        assertThat(Api.<List<String>>read(company, "$.items[0].contacts[*].name"))
                .containsExactly("张经理");
        MvcTestResult lilei = api.get(token, "/api/v1/search?q={q}", phone);
        assertThat(Api.<List<String>>read(lilei, "$.customers[*].name")).containsExactly("李雷");
        assertThat(Api.<List<String>>read(api.get(token, "/api/v1/search?q={q}", knownPhone), "$.customers[*].name"))
                .containsExactly("老客户");
    }

    @Test
    void aFormulaInAnXlsxCellIsReportedNotImported() throws Exception {
        Api.Tenant tenant = api.newTenant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("客户");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("手机");
            var row = sheet.createRow(1);
            row.createCell(0).setCellFormula("HYPERLINK(\"http://example.invalid\",\"点我\")");
            row.createCell(1).setCellValue(mobile());
            workbook.write(out);
        }
        MvcTestResult report = upload(tenant.adminToken(), "formula.xlsx", out.toByteArray(), "GOOD_ROWS", Map.of());
        assertThat(Api.<List<String>>read(report, "$.problems[?(@.row == 2)].field"))
                .containsExactly("name");
        assertThat(Api.<Integer>read(report, "$.customers")).isZero();
        assertThat(customerCount(tenant.adminToken())).isZero();
    }
}
