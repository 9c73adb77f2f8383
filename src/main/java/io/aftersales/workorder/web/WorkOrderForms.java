package io.aftersales.workorder.web;

import io.aftersales.workorder.LineDecision;
import io.aftersales.workorder.PaymentLine;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.WorkOrderLineId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The work-order page's forms whose fields differ in shape from the API's requests. */
final class WorkOrderForms {

    private WorkOrderForms() {}

    /** The plan, with the things to bring typed one per line. */
    record PlanForm(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String mainProblem,
            @Nullable @Size(max = 2000) String plannedSteps,
            @Nullable @Size(max = 10_000) String toBring) {

        List<String> toBringItems() {
            return toBring == null ? List.of() : Arrays.asList(toBring.split("\\R"));
        }
    }

    /** The ticked items of the checklist; none ticked is an empty form. */
    record TickForm(@NotNull Long version, @Nullable List<@NotNull Integer> ticked) {

        List<Integer> tickedItems() {
            return ticked == null ? List.of() : ticked;
        }
    }

    /** A line to take off the estimate. */
    record RemoveLineForm(@NotNull Long version, @NotNull WorkOrderLineId lineId) {}

    /**
     * The customer's decision per line ({@code decisions[line ID]}), at the desk or on the estimate link (which has
     * no version).
     */
    record DecisionForm(
            @Nullable Long version,
            @Nullable Map<WorkOrderLineId, LineDecision> decisions,
            @NotBlank @Size(max = 100) String approvedBy) {

        List<WorkOrderLineId> approved() {
            return with(LineDecision.APPROVED);
        }

        List<WorkOrderLineId> declined() {
            return with(LineDecision.DECLINED);
        }

        private List<WorkOrderLineId> with(LineDecision decision) {
            return decisions == null
                    ? List.of()
                    : decisions.entrySet().stream()
                            .filter(entry -> entry.getValue() == decision)
                            .map(Map.Entry::getKey)
                            .toList();
        }
    }

    /** What the customer paid, per method ({@code amounts[CASH]}); methods left empty are not used. */
    /**
     * Settlement at the desk: one payment ({@code method}, {@code amount}, the amount due already filled in), or a
     * split over several methods ({@code amounts}); a split, where given, is what counts.
     */
    record SettleForm(
            @NotNull Long version,
            @Nullable Map<PaymentMethod, @DecimalMin("0") BigDecimal> amounts,
            @Nullable PaymentMethod method,
            @Nullable @DecimalMin("0") BigDecimal amount) {

        List<PaymentLine> payments() {
            List<PaymentLine> split = amounts == null
                    ? List.of()
                    : Arrays.stream(PaymentMethod.values())
                            .map(m -> {
                                BigDecimal value = amounts.get(m);
                                return value == null || value.signum() <= 0 ? null : new PaymentLine(m, value);
                            })
                            .filter(Objects::nonNull)
                            .toList();
            if (!split.isEmpty() || method == null || amount == null || amount.signum() <= 0) {
                return split;
            }
            return List.of(new PaymentLine(method, amount));
        }
    }
}
