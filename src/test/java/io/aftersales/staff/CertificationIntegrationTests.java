package io.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Certificates gate dispatch: a job whose service type requires a skill is not dispatched to a lead without a valid
 * certificate of it (409, nothing changes) unless a store manager gives a reason, which the history keeps.
 */
@IntegrationTest
class CertificationIntegrationTests {

    @Autowired
    Api api;

    @Test
    void aLeadWithoutAValidCertificateIsRefusedUnlessAManagerOverridesWithAReason() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);

        // HQ and admins set what a kind of job requires; a store manager may not.
        assertThat(api.put(
                        manager.token(),
                        "/api/v1/skill-requirements",
                        "[{\"serviceType\":\"REPAIR\",\"skill\":\"HIGH_VOLTAGE\"}]"))
                .hasStatus(403);
        assertThat(api.put(
                        shop.admin(),
                        "/api/v1/skill-requirements",
                        "[{\"serviceType\":\"REPAIR\",\"skill\":\"HIGH_VOLTAGE\"}]"))
                .hasStatusOk();
        assertThat(Api.<List<String>>read(
                        api.get(advisor.token(), "/api/v1/skill-requirements"),
                        "$[?(@.serviceType == 'REPAIR')].skill"))
                .containsExactly("HIGH_VOLTAGE");

        // The technician's certificate ran out yesterday.
        LocalDate today = LocalDate.now();
        assertThat(certify(manager.token(), shop.technician, "HV-OLD", today.minusYears(2), today.minusDays(1)))
                .hasStatus(201);
        assertThat(certify(manager.token(), shop.technician, "HV-BAD", today, today.minusDays(1)))
                .hasStatus(400);
        Workshop other = new Workshop(api);
        assertThat(certify(manager.token(), other.technician, "HV-X", today, today.plusYears(1)))
                .hasStatus(400);
        assertThat(certify(advisor.token(), shop.technician, "HV-ADV", today, today.plusYears(1)))
                .hasStatus(403);

        String job = approved(shop);
        MvcTestResult refused = dispatch(shop, advisor.token(), job, null);
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.code")).isEqualTo("lead-not-certified");
        assertThat(Api.<String>read(refused, "$.detail")).contains("高压电作业");
        assertThat(shop.status(job)).isEqualTo("APPROVED");
        assertThat(dispatch(shop, advisor.token(), job, "客户急需用车")).hasStatus(409);
        assertThat(shop.status(job)).isEqualTo("APPROVED");

        MvcTestResult overridden = dispatch(shop, manager.token(), job, "持证技师休假，由张工现场监护");
        assertThat(overridden).hasStatusOk();
        assertThat(Api.<String>read(overridden, "$.status")).isEqualTo("DISPATCHED");
        assertThat(Api.<List<String>>read(overridden, "$.history[*].note"))
                .anySatisfy(note -> assertThat(note).contains("高压电作业").contains("持证技师休假"));

        // With a valid certificate the same dispatch goes through at the desk.
        assertThat(certify(manager.token(), shop.technician, "HV-2026", today.minusDays(1), today.plusDays(10)))
                .hasStatus(201);
        assertThat(dispatch(shop, advisor.token(), approved(shop), null)).hasStatusOk();
        // A kind of job that requires nothing is dispatched as before.
        MvcTestResult cleared =
                api.put(shop.admin(), "/api/v1/skill-requirements", "[{\"serviceType\":\"REPAIR\",\"skill\":null}]");
        assertThat(cleared).hasStatusOk();
        assertThat(dispatch(shop, advisor.token(), approved(shop), null)).hasStatusOk();

        // The manager sees the store's certificates, the technician their own, another organisation nothing.
        MvcTestResult all = api.get(manager.token(), "/api/v1/certifications");
        assertThat(Api.<List<String>>read(all, "$[*].number")).containsExactlyInAnyOrder("HV-2026", "HV-OLD");
        assertThat(Api.<List<Boolean>>read(all, "$[?(@.number == 'HV-2026')].expiresSoon"))
                .containsExactly(true);
        assertThat(Api.<List<Boolean>>read(all, "$[?(@.number == 'HV-OLD')].valid"))
                .containsExactly(false);
        assertThat(Api.<List<String>>read(api.get(shop.technician.token(), "/api/v1/certifications"), "$[*].number"))
                .containsExactlyInAnyOrder("HV-2026", "HV-OLD");
        assertThat(Api.<List<String>>read(api.get(advisor.token(), "/api/v1/certifications"), "$[*].number"))
                .isEmpty();
        assertThat(api.get(other.admin(), "/api/v1/certifications?storeId={s}", shop.tenant.storeId()))
                .hasStatus(404);
        String id = Api.<List<String>>read(all, "$[?(@.number == 'HV-OLD')].id").get(0);
        assertThat(api.delete(other.admin(), "/api/v1/certifications/{id}", id)).hasStatus(404);
        assertThat(api.delete(manager.token(), "/api/v1/certifications/{id}", id))
                .hasStatus(204);
        assertThat(Api.<List<String>>read(api.get(manager.token(), "/api/v1/certifications"), "$[*].number"))
                .containsExactly("HV-2026");
    }

    private MvcTestResult certify(String token, Api.User person, String number, LocalDate from, LocalDate until) {
        return api.post(token, "/api/v1/certifications", """
                {"personId":"%s","skill":"HIGH_VOLTAGE","number":"%s","validFrom":"%s","validUntil":"%s"}
                """.formatted(person.id(), number, from, until));
    }

    /** A received repair with lines, estimated and approved; its id. */
    private static String approved(Workshop shop) {
        String id = shop.receivedWithLines();
        assertThat(shop.act(id, "estimate", "")).hasStatusOk();
        String lines = String.join("\",\"", shop.lineIds(id));
        assertThat(shop.act(id, "approve", "\"approvedLineIds\":[\"" + lines + "\"],\"approvedBy\":\"张伟\""))
                .hasStatusOk();
        return id;
    }

    private static MvcTestResult dispatch(Workshop shop, String token, String id, String reason) {
        return shop.act(
                token,
                id,
                "dispatch",
                "\"leadTechnicianId\":\"" + shop.technician.id() + "\""
                        + (reason == null ? "" : ",\"overrideReason\":\"" + reason + "\""));
    }
}
