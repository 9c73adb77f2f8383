package io.aftersales.workorder;

import java.time.Instant;

/**
 * A job in the quality-check queue: since when it waits (it last came to quality check), whether it passed and waits
 * for the final test, and the job itself.
 */
public record QualityCheckJob(Instant waitingSince, boolean passed, WorkOrderView job) {

    static QualityCheckJob of(WorkOrderView job) {
        Instant since = job.history().stream()
                .filter(entry ->
                        entry.to() == WorkOrderStatus.QUALITY_CHECK && entry.from() != WorkOrderStatus.QUALITY_CHECK)
                .map(entry -> entry.at())
                .reduce((first, second) -> second)
                .orElse(job.header().createdAt());
        return new QualityCheckJob(since, job.workshop().qcPassedBy() != null, job);
    }
}
