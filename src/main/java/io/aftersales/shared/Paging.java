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
        int pageNumber = page == null ? 0 : Math.max(page, 0);
        int pageSize = size == null ? DEFAULT_SIZE : Math.min(Math.max(size, 1), MAX_SIZE);
        return PageRequest.of(pageNumber, pageSize, parseSort(sort, sortable, fallback));
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
