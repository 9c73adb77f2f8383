package io.aftersales.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.data.domain.Page;

/** One page of a list, as every list endpoint of the API answers it. Pages count from 0. */
public record PagedResult<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PagedResult<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        List<T> items = page.getContent().stream().<T>map(mapper).toList();
        return new PagedResult<>(items, page.getNumber(), page.getSize(), page.getTotalElements());
    }

    /** The same page with each item mapped. */
    public <R> PagedResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PagedResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    /** Every item of a list, page after page of the largest size, for exports. */
    public static <T> List<T> allPages(IntFunction<PagedResult<T>> page) {
        List<T> all = new ArrayList<>();
        PagedResult<T> current;
        int number = 0;
        do {
            current = page.apply(number++);
            all.addAll(current.items());
        } while (current.hasNext());
        return all;
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
