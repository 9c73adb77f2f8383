package io.aftersales.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The retry advice of ADR 0015 in a context of its own: only the outermost transaction runs again, each anew. */
class TransactionRetryTests {

    /**
     * A facade whose transaction fails for a transient reason the first {@code failures} times. (Read through its
     * methods: the bean is a proxy whose own fields are not the facade's.)
     */
    static class Busy {

        private final AtomicInteger attempts = new AtomicInteger();
        private final AtomicInteger inTransaction = new AtomicInteger();
        private int failures;

        public void failFirst(int times) {
            failures = times;
        }

        public int attempts() {
            return attempts.get();
        }

        public int inTransaction() {
            return inTransaction.get();
        }

        @Transactional
        public String work() {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                inTransaction.incrementAndGet();
            }
            if (attempts.incrementAndGet() <= failures) {
                throw new CannotAcquireLockException("row locked by another transaction");
            }
            return "done";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    @Import(TransactionRetry.class)
    static class Context {

        @Bean
        DataSource dataSource() {
            return new DriverManagerDataSource("jdbc:h2:mem:retry;DB_CLOSE_DELAY=-1", "sa", "");
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        Busy busy() {
            return new Busy();
        }
    }

    AnnotationConfigApplicationContext context;
    Busy busy;

    @BeforeEach
    void start() {
        context = new AnnotationConfigApplicationContext(Context.class);
        busy = context.getBean(Busy.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void theOutermostTransactionRunsAgainEachTimeInATransactionOfItsOwn() {
        busy.failFirst(2);

        assertThat(busy.work()).isEqualTo("done");
        assertThat(busy.attempts()).isEqualTo(3);
        assertThat(busy.inTransaction()).isEqualTo(3);
    }

    @Test
    void itGivesUpAfterTheLastAttempt() {
        busy.failFirst(TransientFailures.ATTEMPTS);

        assertThatThrownBy(busy::work).isInstanceOf(CannotAcquireLockException.class);
        assertThat(busy.attempts()).isEqualTo(TransientFailures.ATTEMPTS);
    }

    @Test
    void aMethodThatJoinsItsCallersTransactionFailsWithItAndIsNotRunAgain() {
        busy.failFirst(1);
        TransactionTemplate caller = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

        assertThatThrownBy(() -> caller.execute(status -> busy.work())).isInstanceOf(CannotAcquireLockException.class);
        assertThat(busy.attempts()).isEqualTo(1);
    }
}
