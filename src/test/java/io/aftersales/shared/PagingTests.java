package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PagingTests {

    private static final Set<String> SORTABLE = Set.of("name", "code");

    @Test
    void defaultsToTheFirstPageOfTwentyInTheFallbackOrder() {
        PageRequest request = Paging.request(null, null, null, SORTABLE, Sort.by("code"));
        assertThat(request.getPageNumber()).isZero();
        assertThat(request.getPageSize()).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(request.getSort()).isEqualTo(Sort.by("code"));
    }

    @Test
    void capsThePageSizeAndIgnoresNegativePages() {
        PageRequest request = Paging.request(-3, 10_000, "name,desc", SORTABLE, Sort.unsorted());
        assertThat(request.getPageNumber()).isZero();
        assertThat(request.getPageSize()).isEqualTo(Paging.MAX_SIZE);
        assertThat(request.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "name"));
    }

    @Test
    void rejectsSortingByAnUnlistedProperty() {
        assertThatThrownBy(() -> Paging.request(0, 10, "passwordHash", SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("sort");
    }

    @Test
    void rejectsAnUnknownDirection() {
        assertThatThrownBy(() -> Paging.request(0, 10, "name,sideways", SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void countsPages() {
        PagedResult<String> result = new PagedResult<>(List.of("a"), 1, 20, 41);
        assertThat(result.totalPages()).isEqualTo(3);
        assertThat(result.hasNext()).isTrue();
        assertThat(result.hasPrevious()).isTrue();
    }
}
