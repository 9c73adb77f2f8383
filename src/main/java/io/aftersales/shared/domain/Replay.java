package io.aftersales.shared.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Walks every aggregate of a kind a page at a time, letting each page go before the next: for rebuilding a projection. */
public final class Replay {

    private static final int PAGE = 500;

    private Replay() {}

    /** @return how many there were */
    public static <T> long inPages(
            EntityManager entityManager, Sort order, Function<Pageable, List<T>> page, Consumer<T> each) {
        long seen = 0;
        Pageable next = PageRequest.of(0, PAGE, order);
        while (true) {
            List<T> items = page.apply(next);
            items.forEach(each);
            seen += items.size();
            entityManager.clear();
            if (items.size() < PAGE) {
                return seen;
            }
            next = next.next();
        }
    }
}
