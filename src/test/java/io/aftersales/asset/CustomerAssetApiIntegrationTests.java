package io.aftersales.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CustomerAssetApiIntegrationTests {

    @Autowired
    Api api;

    private static String mobile() {
        return "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String customerJson(String name, String phone) {
        return """
                {"type":"PERSON","name":"%s","phones":["%s"]}
                """.formatted(name, phone);
    }

    private static String vehicleJson(String customerId, String vin, String plate, String extra) {
        return """
                {"customerId":"%s","kind":"VEHICLE","vin":"%s","plate":"%s","brand":"大众","model":"帕萨特"%s}
                """.formatted(customerId, vin, plate, extra);
    }

    private String createCustomer(Api.Tenant tenant, String name, String phone) {
        MvcTestResult created = api.post(tenant.adminToken(), "/api/v1/customers", customerJson(name, phone));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return Api.read(created, "$.customer.id");
    }

    @Test
    void aVehicleCustomerIsFoundByPlatePhoneTailAndVinTail() {
        Api.Tenant tenant = api.newTenant();
        String phone = mobile();
        String vin = TestVins.next();
        String plate = TestVins.plate();
        String customerId = createCustomer(tenant, "王小明", "+86 " + phone);
        MvcTestResult vehicle =
                api.post(tenant.adminToken(), "/api/v1/assets", vehicleJson(customerId, vin, plate, ""));
        assertThat(vehicle).hasStatus(HttpStatus.CREATED);
        String assetId = Api.read(vehicle, "$.asset.id");

        // A wildcard typed into the box is a character like any other: it matches no plate.
        for (String wildcard : List.of(plate.substring(2, 4) + "%", "A_", "%1")) {
            MvcTestResult none = api.get(tenant.adminToken(), "/api/v1/search?q={q}", wildcard);
            assertThat(Api.<List<String>>read(none, "$.assets[*].id"))
                    .as(wildcard)
                    .doesNotContain(assetId);
        }
        for (String query : List.of(plate, plate.substring(2), phone.substring(7), vin.substring(11), vin, phone)) {
            MvcTestResult found = api.get(tenant.adminToken(), "/api/v1/search?q={q}", query);
            assertThat(found).hasStatusOk();
            List<String> customerIds = Api.read(found, "$.customers[*].id");
            List<String> assetIds = Api.read(found, "$.assets[*].id");
            List<String> ownersOfCustomerHits = Api.read(found, "$.customers[*].assets[*].id");
            assertThat(customerIds.contains(customerId) || assetIds.contains(assetId))
                    .as("search for %s", query)
                    .isTrue();
            if (assetIds.contains(assetId)) {
                assertThat(Api.<List<String>>read(found, "$.assets[*].customerName"))
                        .contains("王小明");
            } else {
                assertThat(ownersOfCustomerHits).contains(assetId);
            }
        }
        MvcTestResult customer = api.get(tenant.adminToken(), "/api/v1/customers/{id}", customerId);
        assertThat(Api.<List<String>>read(customer, "$.phones")).containsExactly(phone);
    }

    @Test
    void aCreateAnswersWithTheStoredVersionSoTheClientsFirstEditIsAccepted() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult created = api.post(tenant.adminToken(), "/api/v1/customers", customerJson("版本客户", mobile()));
        String customerId = Api.read(created, "$.customer.id");
        int answered = Api.read(created, "$.customer.version");
        MvcTestResult stored = api.get(tenant.adminToken(), "/api/v1/customers/{id}", customerId);
        assertThat(Api.<Integer>read(stored, "$.version")).isEqualTo(answered);
        MvcTestResult edited = api.put(
                tenant.adminToken(),
                "/api/v1/customers/{id}",
                """
                {"type":"PERSON","name":"版本客户改","phones":["%s"],"version":%d}
                """.formatted(Api.<List<String>>read(stored, "$.phones").get(0), answered),
                customerId);
        assertThat(edited).hasStatusOk();
        assertThat(Api.<Integer>read(edited, "$.version")).isGreaterThan(answered);

        MvcTestResult vehicle = api.post(
                tenant.adminToken(), "/api/v1/assets", vehicleJson(customerId, TestVins.next(), TestVins.plate(), ""));
        MvcTestResult storedVehicle =
                api.get(tenant.adminToken(), "/api/v1/assets/{id}", Api.<String>read(vehicle, "$.asset.id"));
        assertThat(Api.<Integer>read(storedVehicle, "$.version"))
                .isEqualTo(Api.<Integer>read(vehicle, "$.asset.version"));
    }

    @Test
    void badInputIsA400NamingTheFieldAndCreatesNothing() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult badPhone = api.post(tenant.adminToken(), "/api/v1/customers", customerJson("李四", "12345"));
        assertThat(badPhone).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(badPhone, "$.errors[*].field")).containsExactly("phones");

        MvcTestResult noName = api.post(tenant.adminToken(), "/api/v1/customers", customerJson("", mobile()));
        assertThat(noName).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(noName, "$.errors[*].field")).containsExactly("name");

        String customerId = createCustomer(tenant, "李四", mobile());
        String vin = TestVins.next();
        String badVin = vin.substring(0, 8) + (vin.charAt(8) == '0' ? '1' : '0') + vin.substring(9);
        MvcTestResult wrongVin =
                api.post(tenant.adminToken(), "/api/v1/assets", vehicleJson(customerId, badVin, TestVins.plate(), ""));
        assertThat(wrongVin).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(wrongVin, "$.errors[*].field")).containsExactly("vin");
        assertThat(Api.<String>read(wrongVin, "$.detail")).contains("校验位");

        MvcTestResult customers = api.get(tenant.adminToken(), "/api/v1/customers");
        assertThat(Api.<Integer>read(customers, "$.total")).isEqualTo(1);
        MvcTestResult assets = api.get(tenant.adminToken(), "/api/v1/assets?customerId={id}", customerId);
        assertThat(Api.<Integer>read(assets, "$.total")).isZero();
    }

    @Test
    void aSecondCustomerWithTheSamePhoneIsFlaggedAndMergingMovesTheVehicles() {
        Api.Tenant tenant = api.newTenant();
        String phone = mobile();
        String first = createCustomer(tenant, "张三", phone);
        String vin = TestVins.next();
        api.post(tenant.adminToken(), "/api/v1/assets", vehicleJson(first, vin, TestVins.plate(), ""));

        MvcTestResult second = api.post(tenant.adminToken(), "/api/v1/customers", customerJson("张三丰", phone));
        assertThat(second).hasStatus(HttpStatus.CREATED);
        assertThat(Api.<List<String>>read(second, "$.duplicates[*].id")).containsExactly(first);
        String secondId = Api.read(second, "$.customer.id");

        MvcTestResult merged =
                api.post(tenant.adminToken(), "/api/v1/customers/{id}/merge-into/{other}", "", first, secondId);
        assertThat(merged).hasStatusOk();
        assertThat(Api.<String>read(merged, "$.id")).isEqualTo(secondId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MvcTestResult assets = api.get(tenant.adminToken(), "/api/v1/assets?customerId={id}", secondId);
            assertThat(Api.<List<String>>read(assets, "$.items[*].vin")).containsExactly(vin);
        });
        MvcTestResult moved = api.get(tenant.adminToken(), "/api/v1/assets?customerId={id}", secondId);
        assertThat(Api.<List<String>>read(moved, "$.items[0].ownerChanges[*].reason"))
                .containsExactly("MERGE");
        MvcTestResult retired = api.get(tenant.adminToken(), "/api/v1/customers/{id}", first);
        assertThat(Api.<String>read(retired, "$.mergedInto")).isEqualTo(secondId);
        assertThat(api.post(tenant.adminToken(), "/api/v1/customers/{id}/merge-into/{other}", "", first, secondId))
                .hasStatus(HttpStatus.CONFLICT);
        MvcTestResult list = api.get(tenant.adminToken(), "/api/v1/customers?q={q}", phone);
        assertThat(Api.<List<String>>read(list, "$.items[*].id")).containsExactly(secondId);
    }

    @Test
    void theWarrantyQuestionAnswersOnBothSidesOfTheEndDateAndTheMileageLimit() {
        Api.Tenant tenant = api.newTenant();
        String customerId = createCustomer(tenant, "赵六", mobile());
        MvcTestResult vehicle = api.post(
                tenant.adminToken(),
                "/api/v1/assets",
                vehicleJson(
                        customerId,
                        TestVins.next(),
                        TestVins.plate(),
                        ",\"warrantyStart\":\"2024-01-01\",\"warrantyEnd\":\"2026-12-31\",\"warrantyMileage\":100000"));
        String id = Api.read(vehicle, "$.asset.id");
        String uri = "/api/v1/assets/{id}/warranty?date={date}&mileage={mileage}";

        assertWarranty(api.get(tenant.adminToken(), uri, id, "2026-12-31", 99_999), true, "COVERED");
        assertWarranty(api.get(tenant.adminToken(), uri, id, "2027-01-01", 99_999), false, "EXPIRED");
        assertWarranty(api.get(tenant.adminToken(), uri, id, "2026-06-01", 100_000), true, "COVERED");
        assertWarranty(api.get(tenant.adminToken(), uri, id, "2026-06-01", 100_001), false, "MILEAGE_EXCEEDED");
        assertWarranty(api.get(tenant.adminToken(), uri, id, "2023-12-31", 10), false, "NOT_STARTED");
    }

    private static void assertWarranty(MvcTestResult answer, boolean covered, String reason) {
        assertThat(answer).hasStatusOk();
        assertThat(Api.<Boolean>read(answer, "$.covered")).isEqualTo(covered);
        assertThat(Api.<String>read(answer, "$.reason")).isEqualTo(reason);
    }

    @Test
    void mileageNeverGoesDownWithoutAReason() {
        Api.Tenant tenant = api.newTenant();
        String customerId = createCustomer(tenant, "钱七", mobile());
        String id = Api.read(
                api.post(
                        tenant.adminToken(),
                        "/api/v1/assets",
                        vehicleJson(customerId, TestVins.next(), TestVins.plate(), ",\"mileage\":50000")),
                "$.asset.id");
        assertThat(api.post(tenant.adminToken(), "/api/v1/assets/{id}/mileage", "{\"mileage\":52000}", id))
                .hasStatusOk();
        MvcTestResult lower = api.post(tenant.adminToken(), "/api/v1/assets/{id}/mileage", "{\"mileage\":1000}", id);
        assertThat(lower).hasStatus(HttpStatus.CONFLICT);
        assertThat(Api.<String>read(lower, "$.code")).isEqualTo("mileage-decreasing");
        MvcTestResult explained = api.post(
                tenant.adminToken(), "/api/v1/assets/{id}/mileage", "{\"mileage\":1000,\"reason\":\"更换仪表盘\"}", id);
        assertThat(explained).hasStatusOk();
        assertThat(Api.<List<Integer>>read(explained, "$.mileageReadings[*].mileage"))
                .containsExactly(50_000, 52_000, 1_000);
    }

    @Test
    void anotherOrganisationSeesNothingOfOurCustomers() {
        Api.Tenant ours = api.newTenant();
        Api.Tenant theirs = api.newTenant();
        String phone = mobile();
        String plate = TestVins.plate();
        String customerId = createCustomer(ours, "孙八", phone);
        String assetId = Api.read(
                api.post(ours.adminToken(), "/api/v1/assets", vehicleJson(customerId, TestVins.next(), plate, "")),
                "$.asset.id");

        assertThat(api.get(theirs.adminToken(), "/api/v1/customers/{id}", customerId))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(theirs.adminToken(), "/api/v1/assets/{id}", assetId)).hasStatus(HttpStatus.NOT_FOUND);
        for (String query : List.of(plate, phone, phone.substring(7), "孙八")) {
            MvcTestResult found = api.get(theirs.adminToken(), "/api/v1/search?q={q}", query);
            assertThat(Api.<List<Object>>read(found, "$.customers")).isEmpty();
            assertThat(Api.<List<Object>>read(found, "$.assets")).isEmpty();
        }
        assertThat(api.post(
                        theirs.adminToken(),
                        "/api/v1/assets",
                        vehicleJson(customerId, TestVins.next(), TestVins.plate(), "")))
                .hasStatus(HttpStatus.BAD_REQUEST);

        // Equipment cannot be attached to another organisation's asset either.
        String theirCustomer = createCustomer(theirs, "设备客户", mobile());
        MvcTestResult foreignParent =
                api.post(theirs.adminToken(), "/api/v1/assets", """
                {"customerId":"%s","kind":"EQUIPMENT","serialNumber":"SN-1","parentId":"%s"}
                """.formatted(theirCustomer, assetId));
        assertThat(foreignParent).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(foreignParent, "$.errors[*].field")).containsExactly("parentId");
    }

    @Test
    void onlyTheFrontDeskAndManagersChangeAMembershipTierWhichCarriesADiscount() {
        Api.Tenant tenant = api.newTenant();
        String id = createCustomer(tenant, "吴十", mobile());
        String edit = """
                {"type":"PERSON","name":"吴十","phones":["%s"],"tier":"%s","version":%d}
                """;
        for (Role role : List.of(Role.SALES, Role.FINANCE, Role.FOLLOW_UP_AGENT)) {
            Api.User user = api.newUser(tenant, List.of(tenant.storeId()), role);
            int version = Api.read(api.get(tenant.adminToken(), "/api/v1/customers/{id}", id), "$.version");
            MvcTestResult refused =
                    api.put(user.token(), "/api/v1/customers/{id}", edit.formatted(mobile(), "GOLD", version), id);
            assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactly("tier");
            MvcTestResult kept =
                    api.put(user.token(), "/api/v1/customers/{id}", edit.formatted(mobile(), "", version), id);
            assertThat(kept).hasStatusOk();
            assertThat(Api.<String>read(kept, "$.tier")).isEqualTo("STANDARD");
        }
        Api.User advisor = api.newUser(tenant, List.of(tenant.storeId()), Role.SERVICE_ADVISOR);
        int version = Api.read(api.get(tenant.adminToken(), "/api/v1/customers/{id}", id), "$.version");
        MvcTestResult granted =
                api.put(advisor.token(), "/api/v1/customers/{id}", edit.formatted(mobile(), "GOLD", version), id);
        assertThat(granted).hasStatusOk();
        assertThat(Api.<String>read(granted, "$.tier")).isEqualTo("GOLD");
        Api.User sales = api.newUser(tenant, List.of(tenant.storeId()), Role.SALES);
        MvcTestResult untouched =
                api.put(sales.token(), "/api/v1/customers/{id}", edit.formatted(mobile(), "", version + 1), id);
        assertThat(Api.<String>read(untouched, "$.tier")).isEqualTo("GOLD");
    }

    @Test
    void customerEditsNeedTheCurrentVersion() {
        Api.Tenant tenant = api.newTenant();
        String id = createCustomer(tenant, "周九", mobile());
        int version = Api.read(api.get(tenant.adminToken(), "/api/v1/customers/{id}", id), "$.version");
        String edit = """
                {"type":"COMPANY","name":"周九汽修","phones":["%s"],"tier":"gold","tags":["车队"],"version":%d}
                """;
        MvcTestResult first =
                api.put(tenant.adminToken(), "/api/v1/customers/{id}", edit.formatted(mobile(), version), id);
        assertThat(first).hasStatusOk();
        assertThat(Api.<String>read(first, "$.tier")).isEqualTo("GOLD");
        assertThat(Api.<List<String>>read(first, "$.tags")).containsExactly("车队");
        assertThat(api.put(tenant.adminToken(), "/api/v1/customers/{id}", edit.formatted(mobile(), version), id))
                .hasStatus(HttpStatus.CONFLICT);

        MvcTestResult contact = api.post(
                tenant.adminToken(),
                "/api/v1/customers/{id}/contacts",
                "{\"name\":\"周总\",\"position\":\"总经理\",\"phone\":\"%s\",\"decisionMaker\":true}".formatted(mobile()),
                id);
        assertThat(contact).hasStatus(HttpStatus.CREATED);
        assertThat(Api.<List<Boolean>>read(contact, "$.contacts[*].decisionMaker"))
                .containsExactly(true);
        MvcTestResult byContact = api.get(tenant.adminToken(), "/api/v1/search?q={q}", "周总");
        assertThat(Api.<List<String>>read(byContact, "$.customers[*].id")).containsExactly(id);
    }

    @Test
    void addressesCarryTheRegionCodeAndTheNamesAlongIt() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult created = api.post(tenant.adminToken(), "/api/v1/customers", """
                {"type":"COMPANY","name":"前海科技","phones":["%s"],
                 "addresses":[{"regionCode":"440305","detail":"科苑路 8 号"}]}
                """.formatted(mobile()));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(Api.<String>read(created, "$.customer.addresses[0].province"))
                .isEqualTo("广东省");
        assertThat(Api.<String>read(created, "$.customer.addresses[0].city")).isEqualTo("深圳市");
        assertThat(Api.<String>read(created, "$.customer.addresses[0].district"))
                .isEqualTo("南山区");

        MvcTestResult unknown = api.post(tenant.adminToken(), "/api/v1/customers", """
                {"type":"PERSON","name":"无名","phones":["%s"],"addresses":[{"regionCode":"999999"}]}
                """.formatted(mobile()));
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("addresses");

        MvcTestResult provinces = api.get(tenant.adminToken(), "/api/v1/regions");
        assertThat(Api.<List<String>>read(provinces, "$[*].code")).hasSize(31).contains("440000");
        MvcTestResult districts = api.get(tenant.adminToken(), "/api/v1/regions?parent=440300");
        assertThat(Api.<List<String>>read(districts, "$[*].name")).contains("南山区");
    }

    @Test
    void marketingConsentIsRecordedPerChannelWithItsTime() {
        Api.Tenant tenant = api.newTenant();
        String id = createCustomer(tenant, "授权客户", mobile());
        MvcTestResult granted = api.post(
                tenant.adminToken(), "/api/v1/customers/{id}/consents", "{\"channel\":\"SMS\",\"granted\":true}", id);
        assertThat(granted).hasStatusOk();
        assertThat(Api.<List<String>>read(granted, "$.consents[*].channel")).containsExactly("SMS");
        assertThat(Api.<List<Boolean>>read(granted, "$.consents[*].granted")).containsExactly(true);
        assertThat(Api.<List<String>>read(granted, "$.consents[*].recordedAt"))
                .allSatisfy(t -> assertThat(t).isNotBlank());

        MvcTestResult withdrawn = api.post(
                tenant.adminToken(), "/api/v1/customers/{id}/consents", "{\"channel\":\"SMS\",\"granted\":false}", id);
        assertThat(Api.<List<Boolean>>read(withdrawn, "$.consents[*].granted")).containsExactly(false);
        MvcTestResult audit = api.get(tenant.adminToken(), "/api/v1/audit-events?entityId={id}", id);
        assertThat(Api.<List<String>>read(audit, "$.items[*].action")).contains("CONSENT_GRANTED", "CONSENT_WITHDRAWN");

        MvcTestResult unknown = api.post(
                tenant.adminToken(), "/api/v1/customers/{id}/consents", "{\"channel\":\"FAX\",\"granted\":true}", id);
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void membershipTiersAreConfiguredWithTheirLabourDiscount() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult tiers = api.get(tenant.adminToken(), "/api/v1/customers/tiers");
        assertThat(Api.<List<String>>read(tiers, "$[*].code")).containsExactly("STANDARD", "SILVER", "GOLD", "DIAMOND");
        assertThat(Api.<List<Number>>read(tiers, "$[?(@.code == 'GOLD')].labourDiscountPercent"))
                .extracting(Number::intValue)
                .containsExactly(10);

        MvcTestResult unknown = api.post(tenant.adminToken(), "/api/v1/customers", """
                {"type":"PERSON","name":"白金客户","phones":["%s"],"tier":"platinum"}
                """.formatted(mobile()));
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("tier");
    }
}
