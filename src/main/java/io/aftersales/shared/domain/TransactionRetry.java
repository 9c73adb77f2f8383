package io.aftersales.shared.domain;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transaction again when it failed for a {@linkplain TransientFailures transient} reason: advice around every
 * {@code @Transactional} method of AfterSales, outside the transaction, that acts only where no transaction is
 * active yet (the outermost one; a method that joins a transaction fails with it, and its outermost caller runs
 * again). A request under an {@code Idempotency-Key} runs in one transaction of its own, which {@code
 * KeyedHandlerAdapter} runs again in the same way. ADR 0015.
 */
@Configuration(proxyBeanMethods = false)
class TransactionRetry {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transactionRetryAdvisor() {
        MethodInterceptor retry = invocation -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            return TransientFailures.retry(() -> proceedAgain(invocation), () -> {});
        };
        ClassFilter ours = type -> type.getName().startsWith("io.aftersales.");
        ComposablePointcut transactional = new ComposablePointcut(
                        new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(ours);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, retry);
        // Outside the transaction's advice (lowest precedence) and outside the tenant of an event's listener.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 2);
        return advisor;
    }

    /** Each attempt goes through the advice that follows this one (the transaction's) afresh. */
    private static Object proceedAgain(MethodInvocation invocation) throws Exception {
        try {
            return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
