package io.aftersales.shared.domain;

import jakarta.persistence.EntityManager;

/** The implementation Spring Data adds to every repository that extends {@link Inserting}. */
class InsertingImpl<T> implements Inserting<T> {

    private final EntityManager entityManager;

    InsertingImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public T saveNew(T aggregate) {
        entityManager.persist(aggregate);
        entityManager.flush();
        entityManager.refresh(aggregate);
        return aggregate;
    }
}
