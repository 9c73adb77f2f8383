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
 * Meeting notes are read by the store, diaries by their author and the managers; entries are found by their words
 * and their customer; only the author changes one; bad input changes nothing.
 */
@IntegrationTest
class JournalIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void meetingNotesAreTheStoresAndDiariesTheirAuthorsAndManagers() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        LocalDate today = LocalDate.now().minusDays(1);

        MvcTestResult meeting = write(manager, "MEETING", today, "晨会 12 月 5 日", "本周重点：提高 50% 的回访率", null);
        assertThat(meeting).hasStatus(201);
        String meetingId = Api.read(meeting, "$.id");
        MvcTestResult diary = write(shop.technician, "DIARY", today, "客户车队拜访", "张总关心保养周期", shop.customerId);
        assertThat(diary).hasStatus(201);
        String diaryId = Api.read(diary, "$.id");
        assertThat(Api.<String>read(diary, "$.customerName")).isEqualTo("张伟");

        // Refused, nothing kept: a day in the future, an empty text, a customer of another organisation.
        Workshop other = new Workshop(api);
        assertThat(write(shop.technician, "DIARY", LocalDate.now().plusDays(3), "明天", "计划", null))
                .hasStatus(400);
        assertThat(write(shop.technician, "DIARY", today, "空", " ", null)).hasStatus(400);
        MvcTestResult stranger = write(shop.technician, "DIARY", today, "别家客户", "内容", other.customerId);
        assertThat(stranger).hasStatus(400);
        assertThat(Api.<String>read(stranger, "$.errors[0].field")).isEqualTo("customerId");

        // Who reads what.
        assertThat(ids(shop.inspector)).containsExactly(meetingId);
        assertThat(ids(shop.technician)).containsExactlyInAnyOrder(meetingId, diaryId);
        assertThat(ids(manager)).containsExactlyInAnyOrder(meetingId, diaryId);
        assertThat(api.get(shop.inspector.token(), "/api/v1/journal/{id}", diaryId))
                .hasStatus(404);
        assertThat(api.get(other.admin(), "/api/v1/journal/{id}", meetingId)).hasStatus(404);
        assertThat(api.get(other.admin(), "/api/v1/journal?storeId={s}", shop.tenant.storeId()))
                .hasStatus(404);

        // Search by words (case and wildcards taken literally), kind and customer.
        assertThat(ids(manager, "q", "回访")).containsExactly(meetingId);
        assertThat(ids(manager, "q", "50%")).containsExactly(meetingId);
        assertThat(ids(manager, "q", "%%")).isEmpty();
        assertThat(ids(manager, "kind", "DIARY")).containsExactly(diaryId);
        assertThat(ids(manager, "customerId", shop.customerId)).containsExactly(diaryId);

        // Only the author changes an entry, with the version read.
        String change = """
                {"kind":"MEETING","day":"%s","title":"晨会（修订）","body":"本周重点：回访率","version":%d}""";
        assertThat(api.put(shop.technician.token(), "/api/v1/journal/{id}", change.formatted(today, 0), meetingId))
                .hasStatus(403);
        assertThat(api.put(manager.token(), "/api/v1/journal/{id}", change.formatted(today, 5), meetingId))
                .hasStatus(409);
        MvcTestResult changed = api.put(manager.token(), "/api/v1/journal/{id}", change.formatted(today, 0), meetingId);
        assertThat(changed).hasStatusOk();
        assertThat(Api.<String>read(changed, "$.title")).isEqualTo("晨会（修订）");
        assertThat(Api.<Integer>read(changed, "$.version")).isEqualTo(1);
    }

    @Test
    void theFormSaysWhatIsWrongAndWritesTheEntry() {
        Workshop shop = new Workshop(api);
        var tech = api.signedIn(shop.technician.username());
        assertThat(mvc.get().uri("/staff/journal").with(user(tech)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("这里还没有记录");
        assertThat(mvc.get()
                        .uri("/staff/journal?customerId={c}&lang=en", shop.customerId)
                        .with(user(tech))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("About 张伟");
        assertThat(mvc.post()
                        .uri("/staff/journal")
                        .with(user(tech))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("kind", "DIARY")
                        .param("day", "昨天")
                        .param("title", "拜访")
                        .param("body", "内容")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"昨天\"");
        assertThat(mvc.post()
                        .uri("/staff/journal")
                        .with(user(tech))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("kind", "DIARY")
                        .param("day", LocalDate.now().minusDays(1).toString())
                        .param("title", "拜访")
                        .param("body", "客户反馈异响已消失")
                        .param("customerId", shop.customerId)
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(ids(shop.technician, "customerId", shop.customerId)).hasSize(1);
    }

    private MvcTestResult write(
            Api.User who, String kind, LocalDate day, String title, String body, String customerId) {
        return api.post(who.token(), "/api/v1/journal", """
                {"kind":"%s","day":"%s","title":"%s","body":"%s","customerId":%s}""".formatted(
                        kind, day, title, body, customerId == null ? "null" : "\"" + customerId + "\""));
    }

    private List<String> ids(Api.User who) {
        return ids(who, "size", "20");
    }

    private List<String> ids(Api.User who, String name, String value) {
        MvcTestResult found = api.get(who.token(), "/api/v1/journal?" + name + "={v}", value);
        assertThat(found).hasStatusOk();
        return Api.read(found, "$.items[*].id");
    }
}
