package io.aftersales.reporting;

import io.aftersales.reporting.domain.DailyFigures;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sums the days of organisations whose projection rows came before the daily sums (an upgrade): once, at start-up,
 * each organisation in a transaction of its own. Another instance doing the same at the same moment makes one of
 * them give way; the sums are the same either way.
 */
@Component
class DailyFiguresBackfill {

    private static final Logger log = LoggerFactory.getLogger(DailyFiguresBackfill.class);

    private final DailyFigures daily;
    private final TransactionTemplate transactions;

    DailyFiguresBackfill(DailyFigures daily, PlatformTransactionManager transactionManager) {
        this.daily = daily;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        for (UUID organization : daily.unsummed()) {
            try {
                long started = System.nanoTime();
                transactions.executeWithoutResult(status -> daily.refreshAll(organization));
                log.info(
                        "Reporting: daily sums of organisation {} made in {} ms",
                        organization,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (DataAccessException e) {
                log.warn(
                        "Reporting: daily sums of organisation {} left to another instance: {}",
                        organization,
                        e.getMessage());
            }
        }
    }
}
