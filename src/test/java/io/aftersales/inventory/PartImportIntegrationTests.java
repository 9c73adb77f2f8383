package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.Spreadsheets;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class PartImportIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult upload(Api.Tenant tenant, String csv) {
        return mvc.post()
                .uri("/api/v1/parts/import?storeId={s}", tenant.storeId())
                .multipart()
                .file(new MockMultipartFile("file", "parts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tenant.adminToken())
                .exchange();
    }

    @Test
    void aCatalogueWithOpeningStockIsImportedAllOrNothingAndExported() throws Exception {
        Api.Tenant tenant = api.newTenant();
        String header =
                "number,name,brand,genuine,unit,cost,listPrice,barcode,fitsModels,supplier,openingStock,bin,reorderPoint,reorderQuantity\n";
        MvcTestResult bad = upload(
                tenant,
                header
                        + "06L115562B,机油滤清器,大众,true,件,38,68,,朗逸,,12,A-1-1,4,10\n"
                        + ",没有编号,大众,true,件,10,20,,,,,,,\n"
                        + "5Q0819653,空调滤清器,大众,true,件,abc,128,,,,3,,,\n");
        assertThat(bad).hasStatus(422);
        assertThat(Api.<List<Integer>>read(bad, "$.problems[*].row")).containsExactly(3, 4);
        assertThat(Api.<Integer>read(api.get(tenant.adminToken(), "/api/v1/parts"), "$.total"))
                .isZero();

        MvcTestResult good = upload(
                tenant,
                header
                        + "06L115562B,机油滤清器,大众,true,件,38,68,,朗逸,,12,A-1-1,4,10\n"
                        + "5Q0819653,空调滤清器,大众,true,件,60,128,,,,3,B-2-1,5,10\n");
        assertThat(good).hasStatusOk();
        assertThat(Api.<Integer>read(good, "$.parts")).isEqualTo(2);
        MvcTestResult stock = api.get(tenant.adminToken(), "/api/v1/stock?storeId={s}", tenant.storeId());
        assertThat(Api.<List<String>>read(stock, "$.items[*].partNumber")).containsExactly("06L115562B", "5Q0819653");
        assertThat(Api.<List<Boolean>>read(stock, "$.items[*].low")).containsExactly(false, true);

        MvcTestResult export = api.get(tenant.adminToken(), "/api/v1/stock/export?storeId={s}", tenant.storeId());
        assertThat(export).hasStatusOk();
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                "stock.xlsx", new ByteArrayInputStream(export.getResponse().getContentAsByteArray()));
        assertThat(rows).extracting(r -> r.get("配件编号")).containsExactly("06L115562B", "5Q0819653");
        assertThat(rows.get(0).get("在库")).isEqualTo("12");
        assertThat(rows.get(0).get("原厂件")).isEqualTo("是");
    }

    /** A parts list as a dealer keeps it: Chinese headers of its own, a column the import does not know, 否 for pattern parts. */
    @Test
    void aSheetWithItsOwnChineseHeadersIsReadAndAnUnknownColumnIsNamed() throws Exception {
        Api.Tenant tenant = api.newTenant();
        String sheet = "零件号,配件名称,品牌,是否原厂,单位,进价,零售价,在库,货位,安全库存,备注\n"
                + "06L 115 562B,机油滤清器,大众,是,件,38,68,12,A-1-1,4,常用\n"
                + "X-100,副厂刹车片,博世,否,套,\"1,200\",\"1,680\",2,,,\n";
        MvcTestResult read = upload(tenant, sheet);
        assertThat(read).hasStatusOk();
        assertThat(Api.<Integer>read(read, "$.parts")).isEqualTo(2);
        assertThat(Api.<List<String>>read(read, "$.ignoredColumns")).containsExactly("备注");
        MvcTestResult stock = api.get(tenant.adminToken(), "/api/v1/stock?storeId={s}", tenant.storeId());
        assertThat(Api.<List<String>>read(stock, "$.items[*].partNumber")).containsExactly("06L115562B", "X-100");
        assertThat(Api.<List<Boolean>>read(stock, "$.items[*].genuine")).containsExactly(true, false);
        assertThat(Api.<List<Double>>read(stock, "$.items[*].onHand")).containsExactly(12.0, 2.0);

        // The problems name the column as the reader calls it.
        MvcTestResult bad = upload(api.newTenant(), "零件号,配件名称,进价\nA1,滤芯,abc\n,无编号,1\n");
        assertThat(bad).hasStatus(422);
        assertThat(Api.<List<String>>read(bad, "$.problems[*].column")).containsExactly("成本", "配件编号");
        assertThat(Api.<List<String>>read(bad, "$.problems[*].message"))
                .allSatisfy(m -> assertThat(m).doesNotContain("cost").doesNotContain("number"));
    }
}
