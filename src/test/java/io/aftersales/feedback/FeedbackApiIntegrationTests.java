package io.aftersales.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedLinks;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
public class FeedbackApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintManagement complaints;

    @Autowired
    SignedLinks links;

    /** Waits for the scheduled task to create the follow-up of a delivered work order; returns it. */
    public static Map<String, Object> followUpOf(Workshop shop, String workOrderId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !Api.<List<?>>read(
                                shop.api.get(
                                        shop.admin(),
                                        "/api/v1/follow-ups?customerId={c}&kind=AFTER_SERVICE",
                                        shop.customerId),
                                "$.items[?(@.workOrderId == '" + workOrderId + "')]")
                        .isEmpty());
        List<Map<String, Object>> found = Api.read(
                shop.api.get(shop.admin(), "/api/v1/follow-ups?customerId={c}", shop.customerId),
                "$.items[?(@.workOrderId == '" + workOrderId + "')]");
        return found.get(0);
    }

    public static MvcTestResult complete(Workshop shop, Map<String, Object> followUp, String fields) {
        return shop.api.post(
                shop.admin(),
                "/api/v1/follow-ups/{id}/complete",
                "{\"version\":" + followUp.get("version") + "," + fields + "}",
                followUp.get("id"));
    }

    private Map<String, Object> complaintOf(Workshop shop, String workOrderId) {
        List<Map<String, Object>> found =
                Api.read(api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", workOrderId), "$.items");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private MvcTestResult act(Workshop shop, String complaintId, String action, String fields) {
        Number version = Api.read(api.get(shop.admin(), "/api/v1/complaints/{id}", complaintId), "$.version");
        return api.post(
                shop.admin(),
                "/api/v1/complaints/{id}/" + action,
                "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}",
                complaintId);
    }

    static void assertProblem(MvcTestResult result, int status, String code) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.<String>read(result, "$.type")).endsWith(code);
        assertThat(Api.<String>read(result, "$.detail")).isNotBlank();
    }

    @Test
    void deliveringAWorkOrderCreatesItsFollowUpWithinSeconds() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();

        Map<String, Object> followUp = followUpOf(shop, id);

        assertThat(followUp.get("customerId")).isEqualTo(shop.customerId);
        assertThat(followUp.get("status")).isEqualTo("OPEN");
        assertThat(followUp.get("kind")).isEqualTo("AFTER_SERVICE");
        assertThat(followUp.get("advisorId")).isEqualTo(shop.tenant.adminId().toString());
        assertThat(followUp.get("technicianId")).isEqualTo(shop.technician.id().toString());
        assertThat(Instant.parse((String) followUp.get("dueAt")))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat((List<?>) followUp.get("questions")).isNotEmpty();
        assertThat(followUp).containsKeys("id", "version");
        // Created once, however often the task or the event would run again.
        assertThat(Api.<Integer>read(
                        api.get(shop.admin(), "/api/v1/follow-ups?customerId={c}", shop.customerId), "$.total"))
                .isEqualTo(1);
    }

    @Test
    void aLowScoreOpensAComplaintAttributedToTheAdvisorAndLeadTechnician() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, id);

        MvcTestResult done = complete(shop, followUp, """
                "reached":true,"answers":[{"question":"维修质量（问题是否解决）","score":2,"text":"异响还在"}],
                "score":2,"nps":5,"comment":"修完还响"
                """);

        assertThat(done).hasStatusOk();
        assertThat(Api.<String>read(done, "$.status")).isEqualTo("DONE");
        assertThat(Api.<Integer>read(done, "$.score")).isEqualTo(2);
        Map<String, Object> complaint = complaintOf(shop, id);
        assertThat(complaint.get("advisorId")).isEqualTo(shop.tenant.adminId().toString());
        assertThat(complaint.get("technicianId")).isEqualTo(shop.technician.id().toString());
        assertThat(complaint.get("source")).isEqualTo("FOLLOW_UP");
        assertThat(complaint.get("status")).isEqualTo("OPEN");
        assertThat((String) complaint.get("description")).contains("维修质量").contains("修完还响");
        assertThat(complaint).containsKeys("acknowledgeDue", "resolveDue", "severity", "version", "workOrderId");
    }

    @Test
    void aHappyAnswerOpensNoComplaint() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, id);

        assertThat(complete(shop, followUp, "\"reached\":true,\"score\":5,\"nps\":10"))
                .hasStatusOk();

        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", id), "$.total"))
                .isZero();
    }

    @Test
    void resolvingNeedsACauseAndAnActionAndClosingNeedsASatisfiedVerification() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        complete(shop, followUpOf(shop, id), "\"reached\":true,\"score\":1");
        String complaintId = (String) complaintOf(shop, id).get("id");
        assertThat(act(shop, complaintId, "acknowledge", "")).hasStatusOk();
        Map<String, Object> before = Api.read(api.get(shop.admin(), "/api/v1/complaints/{id}", complaintId), "$");

        assertProblem(act(shop, complaintId, "resolve", "\"correctiveAction\":\"返工\""), 409, "root-cause-required");
        assertProblem(
                act(shop, complaintId, "resolve", "\"rootCause\":\"张紧器装配不到位\""), 409, "corrective-action-required");
        assertProblem(act(shop, complaintId, "close", ""), 409, "verification-required");
        Map<String, Object> after = Api.read(api.get(shop.admin(), "/api/v1/complaints/{id}", complaintId), "$");
        assertThat(after).isEqualTo(before);

        MvcTestResult resolved = act(shop, complaintId, "resolve", """
                "rootCause":"张紧器装配不到位","correctiveAction":"重新装配并加强装配后复检"
                """);
        assertThat(resolved).hasStatusOk();
        assertThat(Api.<String>read(resolved, "$.status")).isEqualTo("RESOLVED");
        assertProblem(act(shop, complaintId, "close", ""), 409, "verification-required");

        // Resolving asked for a verification call; the customer is satisfied there.
        List<Map<String, Object>> verifications = Api.read(
                api.get(shop.admin(), "/api/v1/follow-ups?customerId={c}&kind=VERIFICATION", shop.customerId),
                "$.items");
        assertThat(verifications).hasSize(1);
        assertThat(verifications.get(0).get("complaintId")).isEqualTo(complaintId);
        assertProblem(complete(shop, verifications.get(0), "\"reached\":true"), 400, "invalid-input");
        assertThat(complete(shop, verifications.get(0), "\"reached\":true,\"satisfied\":true"))
                .hasStatusOk();
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/complaints/{id}", complaintId), "$.status"))
                .isEqualTo("VERIFIED");

        MvcTestResult closed = act(shop, complaintId, "close", "");
        assertThat(closed).hasStatusOk();
        assertThat(Api.<String>read(closed, "$.status")).isEqualTo("CLOSED");
        assertThat(Api.<List<String>>read(closed, "$.history[*].action"))
                .containsExactly("OPEN", "ACKNOWLEDGE", "RESOLVE", "VERIFY", "CLOSE");

        MvcTestResult reopened = act(shop, complaintId, "reopen", "\"reason\":\"一周后又响\"");
        assertThat(Api.<String>read(reopened, "$.status")).isEqualTo("REOPENED");
    }

    @Test
    void anUnsatisfiedVerificationReopensTheComplaint() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        complete(shop, followUpOf(shop, id), "\"reached\":true,\"nps\":3");
        String complaintId = (String) complaintOf(shop, id).get("id");
        act(shop, complaintId, "acknowledge", "");
        act(shop, complaintId, "resolve", "\"rootCause\":\"沟通不到位\",\"correctiveAction\":\"交车时逐项说明\"");

        MvcTestResult verified = act(shop, complaintId, "verify", "\"satisfied\":false,\"note\":\"不满意\"");

        assertThat(Api.<String>read(verified, "$.status")).isEqualTo("REOPENED");
        assertProblem(act(shop, complaintId, "close", ""), 409, "verification-required");
    }

    @Test
    void aCustomerNotReachedIsCalledAgainAndGivenUpAfterTheLastAttempt() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, id);
        String followUpId = (String) followUp.get("id");

        for (int attempt = 1; attempt <= 3; attempt++) {
            Map<String, Object> current = Api.read(api.get(shop.admin(), "/api/v1/follow-ups/{id}", followUpId), "$");
            MvcTestResult call = complete(shop, current, "\"reached\":false,\"comment\":\"无人接听\"");
            assertThat(call).hasStatusOk();
            assertThat(Api.<Integer>read(call, "$.attempts")).isEqualTo(attempt);
            assertThat(Api.<String>read(call, "$.status")).isEqualTo(attempt < 3 ? "OPEN" : "UNREACHABLE");
            if (attempt < 3) {
                assertThat(Instant.parse(Api.read(call, "$.dueAt")))
                        .isAfter(Instant.now().plus(Duration.ofHours(3)));
            }
        }
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", id), "$.total"))
                .isZero();
    }

    @Test
    void aFollowUpCanBeRescheduledAndAStaleVersionIsRefused() {
        Workshop shop = new Workshop(api);
        Map<String, Object> followUp = followUpOf(shop, shop.deliveredRepair());
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        MvcTestResult moved = api.post(
                shop.admin(),
                "/api/v1/follow-ups/{id}/reschedule",
                "{\"version\":" + followUp.get("version") + ",\"dueAt\":\"" + later + "\"}",
                followUp.get("id"));

        assertThat(moved).hasStatusOk();
        assertThat(Instant.parse(Api.read(moved, "$.dueAt"))).isEqualTo(later);
        assertProblem(complete(shop, followUp, "\"reached\":true,\"score\":5"), 409, "stale-version");
        assertThat(Api.<Integer>read(
                        api.get(shop.admin(), "/api/v1/follow-ups?customerId={c}&due=today", shop.customerId),
                        "$.total"))
                .isZero();
    }

    @Test
    void aSurveyLinkAnswersOnceAndRefusesExpiredOrTamperedTokens() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, id);
        MvcTestResult sent = api.post(
                shop.admin(),
                "/api/v1/follow-ups/{id}/survey",
                "{\"version\":" + followUp.get("version") + ",\"channel\":\"SMS\"}",
                followUp.get("id"));
        assertThat(sent).hasStatus(201);
        String url = Api.read(sent, "$.url");
        String token = url.substring(url.lastIndexOf("/s/") + 3);
        assertThat(Api.<String>read(sent, "$.messageId")).isNotBlank();

        MvcTestResult page = mvc.get().uri("/s/{t}", token).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("维修质量").contains("name=\"nps\"");

        MvcTestResult answered = mvc.post()
                .uri("/s/{t}", token)
                .with(csrf())
                .param("scores[0]", "5")
                .param("scores[1]", "4")
                .param("nps", "9")
                .param("comment", "服务很好")
                .exchange();
        assertThat(answered).hasStatusOk();
        Map<String, Object> done = Api.read(api.get(shop.admin(), "/api/v1/follow-ups/{id}", followUp.get("id")), "$");
        assertThat(done.get("status")).isEqualTo("DONE");
        assertThat(done.get("answeredVia")).isEqualTo("SURVEY");
        assertThat(done.get("nps")).isEqualTo(9);
        assertThat(Api.<List<Integer>>read(
                        api.get(shop.admin(), "/api/v1/follow-ups/{id}", followUp.get("id")), "$.answers[*].score"))
                .startsWith(5, 4);

        assertThat(mvc.post()
                        .uri("/s/{t}", token)
                        .with(csrf())
                        .param("scores[0]", "1")
                        .exchange())
                .hasStatus(409);
        assertThat(mvc.get().uri("/s/{t}", token).exchange()).hasStatus(409);
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThat(mvc.get().uri("/s/{t}", tampered).exchange()).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/s/{t}", tampered)
                        .with(csrf())
                        .param("scores[0]", "1")
                        .exchange())
                .hasStatus(404);
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", id), "$.total"))
                .isZero();
    }

    @Test
    void anExpiredSurveyLinkIsRefused() {
        Workshop shop = new Workshop(api);
        Map<String, Object> followUp = followUpOf(shop, shop.deliveredRepair());
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update(
                "update follow_up set survey_expires_at = ? where id = ?",
                Timestamp.from(past),
                UUID.fromString((String) followUp.get("id")));
        String token = links.sign(
                SignedLinks.Purpose.SURVEY, shop.tenant.id(), UUID.fromString((String) followUp.get("id")), past);

        assertThat(mvc.get().uri("/s/{t}", token).exchange()).hasStatus(410);
        assertThat(mvc.post()
                        .uri("/s/{t}", token)
                        .with(csrf())
                        .param("scores[0]", "5")
                        .exchange())
                .hasStatus(410);
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/follow-ups/{id}", followUp.get("id")), "$.status"))
                .isEqualTo("OPEN");
    }

    @Test
    void aLowSurveyAnswerOpensAComplaintFromTheSurvey() {
        Workshop shop = new Workshop(api);
        String id = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, id);
        String url = Api.read(
                api.post(
                        shop.admin(),
                        "/api/v1/follow-ups/{id}/survey",
                        "{\"version\":" + followUp.get("version") + ",\"channel\":\"SMS\"}",
                        followUp.get("id")),
                "$.url");

        assertThat(mvc.post()
                        .uri(url.substring(url.indexOf("/s/")))
                        .with(csrf())
                        .param("scores[0]", "1")
                        .param("nps", "2")
                        .exchange())
                .hasStatusOk();

        assertThat(complaintOf(shop, id).get("source")).isEqualTo("SURVEY");
    }

    @Test
    void aComplaintPastItsDeadlineIsEscalatedToTheManagerThenHqAndShowsAsLate() {
        Workshop shop = new Workshop(api);
        String workOrder = shop.deliveredRepair();
        MvcTestResult opened = api.post(shop.admin(), "/api/v1/complaints", """
                {"workOrderId":"%s","source":"PHONE","severity":"LOW","description":"交车时车内有油污"}
                """.formatted(workOrder));
        assertThat(opened).hasStatus(201);
        String id = Api.read(opened, "$.id");
        assertThat(Api.<Boolean>read(opened, "$.late")).isFalse();
        assertThat(Api.<String>read(opened, "$.technicianId"))
                .isEqualTo(shop.technician.id().toString());

        jdbc.update(
                "update complaint set acknowledge_due = ? where id = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)),
                UUID.fromString(id));
        complaints.escalateOverdue();
        Map<String, Object> escalated = Api.read(api.get(shop.admin(), "/api/v1/complaints/{id}", id), "$");
        assertThat(escalated.get("late")).isEqualTo(true);
        assertThat(escalated.get("escalationLevel")).isEqualTo(1);
        assertThat(Api.<List<String>>read(
                        api.get(shop.admin(), "/api/v1/complaints?late=true&escalated=true&size=200"), "$.items[*].id"))
                .contains(id);

        jdbc.update(
                "update complaint set acknowledge_due = ? where id = ?",
                Timestamp.from(Instant.now().minus(30, ChronoUnit.HOURS)),
                UUID.fromString(id));
        complaints.escalateOverdue();
        complaints.escalateOverdue();
        Map<String, Object> toHq = Api.read(api.get(shop.admin(), "/api/v1/complaints/{id}", id), "$");
        assertThat(toHq.get("escalationLevel")).isEqualTo(2);
        assertThat(Api.<List<String>>read(api.get(shop.admin(), "/api/v1/complaints/{id}", id), "$.history[*].note"))
                .containsSubsequence("STORE_MANAGER", "HQ");

        assertThat(act(shop, id, "acknowledge", "")).hasStatusOk();
    }

    @Test
    void theSatisfactionSummaryPerTechnicianMatchesTheAnswers() {
        Workshop shop = new Workshop(api);
        Api.User second = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.TECHNICIAN);
        record Call(Api.User technician, int score, int nps) {}
        List<Call> calls =
                List.of(new Call(shop.technician, 5, 10), new Call(shop.technician, 3, 7), new Call(second, 1, 2));
        for (Call call : calls) {
            String id = shop.receivedWithLines();
            assertThat(shop.act(id, "estimate", "")).hasStatusOk();
            String lines = String.join("\",\"", shop.lineIds(id));
            shop.act(id, "approve", "\"approvedLineIds\":[\"" + lines + "\"],\"approvedBy\":\"张伟\"");
            shop.act(
                    id,
                    "dispatch",
                    "\"leadTechnicianId\":\"" + call.technician().id() + "\"");
            shop.act(call.technician().token(), id, "start", "");
            shop.finishAndDeliver(id, call.technician());
            complete(
                    shop,
                    followUpOf(shop, id),
                    "\"reached\":true,\"score\":" + call.score() + ",\"nps\":" + call.nps());
        }

        List<Map<String, Object>> rows = Api.read(
                api.get(shop.admin(), "/api/v1/satisfaction?per=TECHNICIAN&storeId={s}", shop.tenant.storeId()), "$");

        for (Api.User technician : List.of(shop.technician, second)) {
            List<Call> theirs =
                    calls.stream().filter(c -> c.technician() == technician).toList();
            Map<String, Object> row = rows.stream()
                    .filter(r -> technician.id().toString().equals(r.get("id")))
                    .findFirst()
                    .orElseThrow();
            double average = theirs.stream().mapToInt(Call::score).average().orElseThrow();
            double csat = 100.0 * theirs.stream().filter(c -> c.score() >= 4).count() / theirs.size();
            double nps = 100.0
                    * (theirs.stream().filter(c -> c.nps() >= 9).count()
                            - theirs.stream().filter(c -> c.nps() <= 6).count())
                    / theirs.size();
            long complaints =
                    theirs.stream().filter(c -> c.score() <= 2 || c.nps() <= 6).count();
            assertThat(((Number) row.get("jobs")).longValue()).isEqualTo(theirs.size());
            assertThat(((Number) row.get("answered")).longValue()).isEqualTo(theirs.size());
            assertThat(((Number) row.get("averageScore")).doubleValue()).isCloseTo(average, within(0.005));
            assertThat(((Number) row.get("csat")).doubleValue()).isCloseTo(csat, within(0.05));
            assertThat(((Number) row.get("nps")).doubleValue()).isCloseTo(nps, within(0.05));
            assertThat(((Number) row.get("responseRate")).doubleValue()).isEqualTo(100.0);
            assertThat(((Number) row.get("complaints")).longValue()).isEqualTo(complaints);
            assertThat(((Number) row.get("complaintsPer100")).doubleValue())
                    .isCloseTo(100.0 * complaints / theirs.size(), within(0.05));
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    @Test
    void complaintsOpenedTogetherGetNumbersOfTheirOwn() {
        Workshop shop = new Workshop(api);
        String workOrder = shop.deliveredRepair();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MvcTestResult opened = api.post(shop.admin(), "/api/v1/complaints", """
                    {"workOrderId":"%s","source":"PHONE","severity":"LOW","description":"第 %d 次来电"}
                    """.formatted(workOrder, i));
            assertThat(opened).hasStatus(201);
            numbers.add(Api.read(opened, "$.number"));
        }
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("TS-[0-9A-F]{8}"));
    }

    @Test
    void aComplaintCanOpenAReworkJobLinkedToTheOriginal() {
        Workshop shop = new Workshop(api);
        String workOrder = shop.deliveredRepair();
        String id = Api.read(api.post(shop.admin(), "/api/v1/complaints", """
                        {"workOrderId":"%s","source":"WALK_IN","severity":"HIGH","description":"异响复发"}
                        """.formatted(workOrder)), "$.id");

        MvcTestResult rework = act(shop, id, "rework", "\"description\":\"复查正时皮带张紧器\"");

        assertThat(rework).hasStatusOk();
        String reworkId = Api.read(rework, "$.reworkWorkOrderId");
        assertThat(Api.<String>read(shop.get(reworkId), "$.comebackOf")).isEqualTo(workOrder);
        assertThat(Api.<String>read(shop.get(reworkId), "$.complaint")).contains("复查正时皮带张紧器");
        assertProblem(act(shop, id, "rework", ""), 409, "rework-exists");
    }

    @Test
    void followUpsAndComplaintsOfAnotherStoreAreNotFound() {
        Workshop shop = new Workshop(api);
        String workOrder = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, workOrder);
        String complaint = Api.read(api.post(shop.admin(), "/api/v1/complaints", """
                        {"workOrderId":"%s","source":"PHONE","severity":"MEDIUM","description":"等待时间长"}
                        """.formatted(workOrder)), "$.id");
        String otherStore = Api.read(
                api.post(
                        shop.admin(),
                        "/api/v1/stores",
                        "{\"code\":\"S09\",\"name\":\"二店\",\"timeZone\":\"Asia/Shanghai\"}"),
                "$.id");
        Api.User elsewhere =
                api.newUser(shop.tenant, List.of(new StoreId(UUID.fromString(otherStore))), Role.FOLLOW_UP_AGENT);

        assertThat(api.get(elsewhere.token(), "/api/v1/follow-ups/{id}", followUp.get("id")))
                .hasStatus(404);
        assertThat(api.post(
                        elsewhere.token(),
                        "/api/v1/follow-ups/{id}/complete",
                        "{\"version\":" + followUp.get("version") + ",\"reached\":true,\"score\":5}",
                        followUp.get("id")))
                .hasStatus(404);
        assertThat(api.get(elsewhere.token(), "/api/v1/complaints/{id}", complaint))
                .hasStatus(404);
        assertThat(api.post(elsewhere.token(), "/api/v1/complaints/{id}/acknowledge", "{\"version\":0}", complaint))
                .hasStatus(404);
        assertThat(Api.<Integer>read(api.get(elsewhere.token(), "/api/v1/complaints"), "$.total"))
                .isZero();
        assertThat(Api.<Integer>read(api.get(elsewhere.token(), "/api/v1/follow-ups"), "$.total"))
                .isZero();
    }

    @Test
    void deliveryRecordsRemindersAndSpendRaisesTheTierWhoseDiscountAppliesToLabour() {
        Workshop shop = new Workshop(api);
        String order = Api.read(shop.receive("MAINTENANCE"), "$.id");
        shop.addLine(order, "LABOR", "更换机油及机油滤清器", "10", "600", "CUSTOMER");
        shop.addLine(order, "PART", "空调滤清器", "1", "128", "CUSTOMER");
        assertThat(shop.act(order, "estimate", "")).hasStatusOk();
        List<String> lines = shop.lineIds(order);
        shop.act(
                order,
                "approve",
                "\"approvedLineIds\":[\"" + lines.get(0) + "\"],\"declinedLineIds\":[\"" + lines.get(1)
                        + "\"],\"approvedBy\":\"张伟\"");
        shop.act(order, "dispatch", "\"leadTechnicianId\":\"" + shop.technician.id() + "\"");
        shop.act(shop.technician.token(), order, "start", "");
        shop.finishAndDeliver(order);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<List<String>>read(
                                api.get(
                                        shop.admin(),
                                        "/api/v1/reminders?due=2099-01-01&customerId={c}",
                                        shop.customerId),
                                "$.items[*].kind"))
                        .contains("MAINTENANCE", "DECLINED_WORK"));
        assertThat(Api.<List<String>>read(
                        api.get(shop.admin(), "/api/v1/reminders?due=2099-01-01&customerId={c}", shop.customerId),
                        "$.items[?(@.kind == 'DECLINED_WORK')].note"))
                .containsExactly("空调滤清器");
        // 10 h × 600 = 6,000 before tax: the customer has spent enough for SILVER, 5 % off labour.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<String>read(
                                api.get(shop.admin(), "/api/v1/customers/{id}", shop.customerId), "$.tier"))
                        .isEqualTo("SILVER"));
        String next = Api.read(shop.receive("REPAIR"), "$.id");
        MvcTestResult added = shop.addLine(next, "LABOR", "检查异响", "1", "200", "CUSTOMER");
        assertThat(Api.<Double>read(added, "$.lines[0].discountPercent")).isEqualTo(5.0);
        assertThat(Api.<Double>read(added, "$.lines[0].amount")).isEqualTo(190.0);
    }
}
