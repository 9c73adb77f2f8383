package io.aftersales.workorder.domain;

import io.aftersales.shared.domain.DailyCounters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Readable work-order numbers per store and day ({@code SH01-20261126-0007}); two advisors never get the same. */
@Component
public class WorkOrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DailyCounters counters;

    WorkOrderNumbers(DailyCounters counters) {
        this.counters = counters;
    }

    public String next(UUID storeId, String storeCode, LocalDate day) {
        int value = counters.next("work_order_counter", "store_id", storeId, day);
        return "%s-%s-%04d".formatted(storeCode, DAY.format(day), value);
    }
}
