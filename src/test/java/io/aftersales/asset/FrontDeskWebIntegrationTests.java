package io.aftersales.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.TestVins;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The service advisor's front desk in the browser: one form for customer and vehicle, the search box, the pages. */
@IntegrationTest
class FrontDeskWebIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    @Autowired
    UserDetailsService accounts;

    private UserDetails advisorOf(Api.Tenant tenant) {
        Api.User advisor = api.newUser(tenant, List.of(tenant.storeId()), Role.SERVICE_ADVISOR);
        return accounts.loadUserByUsername(advisor.username());
    }

    private MvcTestResult submitIntake(
            UserDetails user, String name, String phone, String vin, String plate, boolean confirm) {
        var request = mvc.post()
                .uri("/customers/new")
                .param("type", "PERSON")
                .param("name", name)
                .param("phones", phone)
                .param("asset.kind", "VEHICLE")
                .param("asset.vin", vin)
                .param("asset.plate", plate)
                .param("asset.brand", "丰田")
                .param("asset.model", "凯美瑞")
                .param("asset.mileage", "12000")
                .param("asset.warrantyEnd", "2029-06-30")
                .with(user(user))
                .with(csrf());
        if (confirm) {
            request = request.param("confirmDuplicates", "true");
        }
        return request.exchange();
    }

    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void oneFormCreatesTheCustomerAndTheVehicleWhichTheSearchBoxFindsAgain() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String phone = mobile();
        String vin = TestVins.next();
        String plate = TestVins.plate();

        MvcTestResult saved = submitIntake(advisor, "陈大文", phone, vin, plate.toLowerCase(), false);
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        String customerPage = saved.getResponse().getRedirectedUrl();
        assertThat(customerPage).startsWith("/customers/");

        MvcTestResult page = mvc.get().uri(customerPage).with(user(advisor)).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("陈大文", phone, plate, vin, "车辆与设备", "保修至 2029-06-30");

        for (String query : List.of(plate, phone.substring(7), vin.substring(11))) {
            MvcTestResult found =
                    mvc.get().uri("/search?q={q}", query).with(user(advisor)).exchange();
            assertThat(found).hasStatusOk();
            assertThat(found).bodyText().as("search for %s", query).contains("陈大文", plate);
        }
    }

    @Test
    void aWrongVinIsShownBesideTheFieldAndNothingIsCreated() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String vin = TestVins.next();
        String wrong = vin.substring(0, 8) + (vin.charAt(8) == '0' ? '1' : '0') + vin.substring(9);

        MvcTestResult refused = submitIntake(advisor, "错误车架号", mobile(), wrong, TestVins.plate(), false);
        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("is-invalid", "校验位");
        MvcTestResult none =
                mvc.get().uri("/customers?q=错误车架号").with(user(advisor)).exchange();
        assertThat(none).bodyText().contains("暂无记录");
    }

    @Test
    void aKnownPhoneIsFlaggedWithALinkBeforeAnotherProfileIsCreated() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String phone = mobile();
        submitIntake(advisor, "老客户", phone, TestVins.next(), TestVins.plate(), false);

        MvcTestResult warned = submitIntake(advisor, "新面孔", phone, TestVins.next(), TestVins.plate(), false);
        assertThat(warned).hasStatusOk();
        assertThat(warned).bodyText().contains("可能已有相同档案", "老客户", "href=\"/customers/", "confirmDuplicates");

        MvcTestResult confirmed = submitIntake(advisor, "新面孔", phone, TestVins.next(), TestVins.plate(), true);
        assertThat(confirmed).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theAssetPageAnswersTheWarrantyQuestionInPlace() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String plate = TestVins.plate();
        submitIntake(advisor, "保修客户", mobile(), TestVins.next(), plate, false);
        MvcTestResult found =
                mvc.get().uri("/api/v1/search?q={q}", plate).with(user(advisor)).exchange();
        String assetId = Api.<List<String>>read(found, "$.assets[*].id").get(0);

        MvcTestResult page =
                mvc.get().uri("/assets/{id}", assetId).with(user(advisor)).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains(plate, "查询保修", "12,000 公里");

        MvcTestResult expired = mvc.get()
                .uri("/assets/{id}/warranty?date=2030-01-01", assetId)
                .header("HX-Request", "true")
                .with(user(advisor))
                .exchange();
        assertThat(expired).bodyText().contains("不在保修范围", "保修已于该日期前到期").doesNotContain("<html");
        MvcTestResult covered = mvc.get()
                .uri("/assets/{id}/warranty?date=2028-01-01&mileage=50000", assetId)
                .header("HX-Request", "true")
                .with(user(advisor))
                .exchange();
        assertThat(covered).bodyText().contains("在保修期内");
    }

    @Test
    void theSearchPageOffersToCreateACustomerWhenNothingIsFound() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult page =
                mvc.get().uri("/search?q=沪Z99999").with(user(advisorOf(tenant))).exchange();
        assertThat(page).bodyText().contains("未找到", "/customers/new?q=");

        // Finance may look customers up but not register them: no button that leads to a refusal.
        Api.User finance = api.newUser(tenant, List.of(tenant.storeId()), Role.FINANCE);
        UserDetails cashier = accounts.loadUserByUsername(finance.username());
        assertThat(mvc.get().uri("/search?q=沪Z99999").with(user(cashier)).exchange())
                .bodyText()
                .contains("未找到")
                .doesNotContain("/customers/new");
        assertThat(mvc.get().uri("/customers").with(user(cashier)).exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/customers/new");
        assertThat(mvc.get().uri("/customers").with(user(advisorOf(tenant))).exchange())
                .bodyText()
                .contains("/customers/new");
    }

    @Test
    void theAddressPickerOffersTheNextLevelAndTheFormSavesTheAddress() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        MvcTestResult cities = mvc.get()
                .uri("/regions/options?province=310000")
                .header("HX-Request", "true")
                .with(user(advisor))
                .exchange();
        assertThat(cities)
                .bodyText()
                .contains("value=\"310100\"", "hx-swap-oob")
                .doesNotContain("<html");
        MvcTestResult districts = mvc.get()
                .uri("/regions/options?city=310100")
                .header("HX-Request", "true")
                .with(user(advisor))
                .exchange();
        assertThat(districts).bodyText().contains("浦东新区").doesNotContain("hx-swap-oob");

        MvcTestResult saved = mvc.post()
                .uri("/customers/new")
                .param("type", "PERSON")
                .param("name", "地址客户")
                .param("phones", mobile())
                .param("province", "310000")
                .param("city", "310100")
                .param("regionCode", "310115")
                .param("addressDetail", "世纪大道100号")
                .param("asset.kind", "VEHICLE")
                .param("asset.plate", TestVins.plate())
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        String customerPage = saved.getResponse().getRedirectedUrl();
        MvcTestResult page = mvc.get().uri(customerPage).with(user(advisor)).exchange();
        assertThat(page).bodyText().contains("上海市浦东新区世纪大道100号", "营销授权", "尚未征询");

        MvcTestResult consent = mvc.post()
                .uri(customerPage + "/consents")
                .param("channel", "WECHAT")
                .param("granted", "true")
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(consent).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(customerPage).with(user(advisor)).exchange())
                .bodyText()
                .contains("已同意");
    }

    @Test
    void theCustomerPageShowsTheTierAndItsLabourDiscount() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult created = api.post(
                tenant.adminToken(),
                "/api/v1/customers",
                "{\"type\":\"PERSON\",\"name\":\"金卡客户\",\"phones\":[\"%s\"],\"tier\":\"gold\"}".formatted(mobile()));
        String id = Api.read(created, "$.customer.id");
        assertThat(mvc.get()
                        .uri("/customers/{id}", id)
                        .with(user(advisorOf(tenant)))
                        .exchange())
                .bodyText()
                .contains("金卡", "工时优惠 10%");
    }

    @Test
    void aCustomerIsEditedInTheFormAndAStaleEditIsRefused() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String customerPage = submitIntake(advisor, "改名前", mobile(), TestVins.next(), TestVins.plate(), false)
                .getResponse()
                .getRedirectedUrl();
        MvcTestResult form =
                mvc.get().uri(customerPage + "/edit").with(user(advisor)).exchange();
        assertThat(form).hasStatusOk();
        assertThat(form).bodyText().contains("改名前", "name=\"version\"");
        String id = customerPage.substring("/customers/".length());
        int version = Api.read(
                mvc.get().uri("/api/v1/customers/{id}", id).with(user(advisor)).exchange(), "$.version");
        String newPhone = mobile();

        MvcTestResult saved = mvc.post()
                .uri(customerPage + "/edit")
                .param("type", "COMPANY")
                .param("name", "改名后")
                .param("phones", newPhone)
                .param("tier", "SILVER")
                .param("tags", "车队, 老客户")
                .param("province", "440000")
                .param("city", "440300")
                .param("regionCode", "440305")
                .param("version", String.valueOf(version))
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(customerPage).with(user(advisor)).exchange())
                .bodyText()
                .contains("改名后", newPhone, "银卡", "广东省深圳市南山区", "车队", "老客户");

        MvcTestResult stale = mvc.post()
                .uri(customerPage + "/edit")
                .param("type", "PERSON")
                .param("name", "过期修改")
                .param("phones", newPhone)
                .param("tier", "STANDARD")
                .param("version", String.valueOf(version))
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(stale).hasStatusOk();
        assertThat(stale).bodyText().contains("已被修改");
    }

    @Test
    void aDuplicateProfileIsMergedFromItsPageAndItsVehiclesMove() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String keptPhone = mobile();
        String plate = TestVins.plate();
        String duplicate = submitIntake(advisor, "重复档案", mobile(), TestVins.next(), plate, false)
                .getResponse()
                .getRedirectedUrl();
        String kept = submitIntake(advisor, "保留档案", keptPhone, TestVins.next(), TestVins.plate(), false)
                .getResponse()
                .getRedirectedUrl();

        MvcTestResult merged = mvc.post()
                .uri(duplicate + "/merge")
                .param("phone", keptPhone)
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(merged).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(kept);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(mvc.get().uri(kept).with(user(advisor)).exchange())
                                .bodyText()
                                .contains(plate));

        MvcTestResult nobody = mvc.post()
                .uri(kept + "/merge")
                .param("phone", "13000000000")
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(nobody).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(kept);
    }

    @Test
    void aVehicleIsTransferredToItsNewOwnerWithHistory() {
        Api.Tenant tenant = api.newTenant();
        UserDetails advisor = advisorOf(tenant);
        String plate = TestVins.plate();
        String buyerPhone = mobile();
        submitIntake(advisor, "卖家", mobile(), TestVins.next(), plate, false);
        String buyerPage = submitIntake(advisor, "买家", buyerPhone, TestVins.next(), TestVins.plate(), false)
                .getResponse()
                .getRedirectedUrl();
        MvcTestResult found =
                mvc.get().uri("/api/v1/search?q={q}", plate).with(user(advisor)).exchange();
        String assetId = Api.<List<String>>read(found, "$.assets[*].id").get(0);
        int version = Api.read(
                mvc.get()
                        .uri("/api/v1/assets/{id}", assetId)
                        .with(user(advisor))
                        .exchange(),
                "$.version");

        MvcTestResult transferred = mvc.post()
                .uri("/assets/{id}/transfer", assetId)
                .param("phone", buyerPhone)
                .param("reason", "二手转售")
                .param("version", String.valueOf(version))
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(transferred).hasStatus(HttpStatus.FOUND);
        MvcTestResult page =
                mvc.get().uri("/assets/{id}", assetId).with(user(advisor)).exchange();
        assertThat(page).bodyText().contains("买家", "二手转售");
        assertThat(mvc.get().uri(buyerPage).with(user(advisor)).exchange())
                .bodyText()
                .contains(plate);
    }
}
