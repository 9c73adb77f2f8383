package io.aftersales.shared;

import io.aftersales.shared.domain.InvalidInputException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns the API's {@code ?page=&size=&sort=} into a page request. Only the listed properties may be sorted on, so a
 * client cannot make the database sort by an unindexed or internal column.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;
    /** How far a page may start; beyond it there is nothing, and the database's offset would overflow. */
    public static final long MAX_OFFSET = 1_000_000_000L;

    private Paging() {}

    /**
     * @param sort {@code property} or {@code property,asc|desc}; blank for the default order
     */
    public static PageRequest request(
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort,
            Set<String> sortable,
            Sort fallback) {
        return request(page, size, DEFAULT_SIZE).withSort(parseSort(sort, sortable, fallback));
    }

    /** An unsorted page request; a missing or odd size is {@code defaultSize}, at most {@value #MAX_SIZE}. */
    public static PageRequest request(@Nullable Integer page, @Nullable Integer size, int defaultSize) {
        int pageNumber = page == null ? 0 : Math.max(page, 0);
        int pageSize = size == null ? defaultSize : Math.min(Math.max(size, 1), MAX_SIZE);
        if ((long) pageNumber * pageSize > MAX_OFFSET) {
            throw new InvalidInputException("page", "error.pageTooFar", MAX_OFFSET);
        }
        return PageRequest.of(pageNumber, pageSize);
    }

    private static Sort parseSort(@Nullable String sort, Set<String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.split(",");
        String property = parts[0].trim();
        if (!sortable.contains(property) || parts.length > 2) {
            throw new InvalidInputException("sort", "error.sort", String.join(", ", sortable));
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length == 2) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim())
                    .orElseThrow(() -> new InvalidInputException("sort", "error.sort", String.join(", ", sortable)));
        }
        return Sort.by(direction, property);
    }
}
