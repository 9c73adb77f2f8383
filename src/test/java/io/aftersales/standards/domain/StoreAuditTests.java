package io.aftersales.standards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.standards.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scores and corrective actions, without a database. */
class StoreAuditTests {

    private static StoreAudit.Result result(int weight, boolean passed) {
        return new StoreAudit.Result("项", weight, passed, passed ? null : "问题");
    }

    @Test
    void theScoreIsThePassedWeightInPerCentToOneDecimal() {
        assertThat(StoreAudit.scoreOf(List.of(result(1, true), result(1, true), result(2, false), result(4, true))))
                .isEqualByComparingTo("75.0");
        assertThat(StoreAudit.scoreOf(List.of(result(1, true), result(1, true), result(1, false))))
                .isEqualByComparingTo("66.7");
        assertThat(StoreAudit.scoreOf(List.of(result(3, false)))).isEqualByComparingTo("0.0");
        assertThat(StoreAudit.scoreOf(List.of(result(10, true)))).isEqualByComparingTo("100.0");
        assertThat(StoreAudit.scoreOf(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void aCorrectiveActionIsOverdueAfterItsDeadlineUntilDoneAndIsDoneOnce() {
        LocalDate deadline = LocalDate.of(2026, 12, 14);
        CorrectiveAction action = new CorrectiveAction(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "消防通道", "堆放轮胎", UUID.randomUUID(), deadline);
        assertThat(action.overdue(deadline)).isFalse();
        assertThat(action.overdue(deadline.plusDays(1))).isTrue();
        assertThatThrownBy(() -> action.done(" ", UUID.randomUUID(), deadline))
                .isInstanceOf(InvalidInputException.class);
        action.done("已清理", UUID.randomUUID(), deadline.plusDays(2));
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.overdue(deadline.plusDays(3))).isFalse();
        assertThatThrownBy(() -> action.done("再次", UUID.randomUUID(), deadline))
                .isExactlyInstanceOf(DomainException.class);
    }
}
