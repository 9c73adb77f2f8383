package io.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A manager records a training session and its results; passing a session that trains a skill records the
 * certificate, so the technician can then lead jobs that require it. Attendees see their own sessions.
 */
@IntegrationTest
class TrainingIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void passingASkillSessionCertifiesTheTechnicianForDispatch() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Workshop other = new Workshop(api);

        assertThat(session(shop.technician, yesterday, shop.technician)).hasStatus(403);
        assertThat(session(manager, yesterday, other.technician)).hasStatus(400);
        MvcTestResult recorded = session(manager, yesterday, shop.technician);
        assertThat(recorded).hasStatus(201);
        String id = Api.read(recorded, "$.id");
        assertThat(Api.<List<String>>read(recorded, "$.attendees[*].result")).containsExactly("PENDING");

        // Results: only attendees; a pass records the high-voltage certificate valid 12 months.
        assertThat(results(manager, id, other.technician, "PASSED")).hasStatus(400);
        assertThat(results(manager, id, shop.technician, "PASSED")).hasStatusOk();
        List<String> validUntil = Api.read(
                api.get(shop.technician.token(), "/api/v1/certifications"),
                "$[?(@.skill == 'HIGH_VOLTAGE' && @.valid == true)].validUntil");
        assertThat(validUntil)
                .containsExactly(yesterday.plusMonths(12).minusDays(1).toString());
        assertThat(results(manager, id, shop.technician, "PASSED")).hasStatusOk();
        assertThat(Api.<List<?>>read(api.get(shop.technician.token(), "/api/v1/certifications"), "$"))
                .hasSize(1);

        // With the skill required for repairs, the trained technician now leads one.
        assertThat(api.put(
                        shop.admin(),
                        "/api/v1/skill-requirements",
                        "[{\"serviceType\":\"REPAIR\",\"skill\":\"HIGH_VOLTAGE\"}]"))
                .hasStatusOk();
        String job = shop.receivedWithLines();
        shop.approveDispatchAndStart(job);
        assertThat(shop.status(job)).isEqualTo("IN_PROGRESS");

        // A session still to come takes no pass; attendees see theirs, others none.
        String planned = Api.read(session(manager, LocalDate.now().plusDays(7), shop.technician), "$.id");
        assertThat(results(manager, planned, shop.technician, "PASSED")).hasStatus(400);
        assertThat(results(manager, planned, shop.technician, "ABSENT")).hasStatusOk();
        assertThat(Api.<Integer>read(api.get(shop.technician.token(), "/api/v1/training-sessions"), "$.total"))
                .isEqualTo(2);
        assertThat(Api.<Integer>read(api.get(shop.inspector.token(), "/api/v1/training-sessions"), "$.total"))
                .isZero();
        assertThat(api.get(shop.inspector.token(), "/api/v1/training-sessions/{id}", id))
                .hasStatus(404);
        assertThat(api.get(other.admin(), "/api/v1/training-sessions/{id}", id)).hasStatus(404);
    }

    @Test
    void thePageRecordsASessionAndItsResults() {
        Workshop shop = new Workshop(api);
        var admin = api.signedIn(shop.tenant.adminUsername());
        assertThat(mvc.get().uri("/staff/training").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("这里还没有培训记录");
        assertThat(mvc.post()
                        .uri("/staff/training")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "新车型上市培训")
                        .param("heldOn", LocalDate.now().minusDays(1).toString())
                        .param("hours", "两小时")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"两小时\"");
        MvcTestResult recorded = mvc.post()
                .uri("/staff/training")
                .with(user(admin))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("title", "新车型上市培训")
                .param("heldOn", LocalDate.now().minusDays(1).toString())
                .param("hours", "2")
                .param("attendees", shop.technician.id().toString())
                .exchange();
        assertThat(recorded).hasStatus3xxRedirection();
        String id = Api.read(api.get(shop.admin(), "/api/v1/training-sessions"), "$.items[0].id");
        assertThat(mvc.post()
                        .uri("/staff/training/{id}/results", id)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("result." + shop.technician.id(), "ATTENDED")
                        .param("score." + shop.technician.id(), "88")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(Api.<List<Integer>>read(
                        api.get(shop.admin(), "/api/v1/training-sessions/{id}", id), "$.attendees[*].score"))
                .containsExactly(88);
        assertThat(mvc.get().uri("/staff/training/{id}", id).with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("新车型上市培训")
                .contains("2 学时")
                .contains("value=\"88\"");
    }

    private MvcTestResult session(Api.User who, LocalDate day, Api.User attendee) {
        return api.post(who.token(), "/api/v1/training-sessions", """
                {"title":"高压电安全作业培训","skill":"HIGH_VOLTAGE","heldOn":"%s","trainer":"厂家培训师",
                 "hours":3.5,"certificateMonths":12,"attendees":["%s"]}""".formatted(day, attendee.id()));
    }

    private MvcTestResult results(Api.User who, String session, Api.User person, String result) {
        return api.put(
                who.token(), "/api/v1/training-sessions/{id}/results", """
                [{"personId":"%s","result":"%s","score":92}]""".formatted(person.id(), result), session);
    }
}
