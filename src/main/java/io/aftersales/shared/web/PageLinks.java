package io.aftersales.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of a list, as pages write them ({@code ${pageLinks.to(2)}}, a model attribute of every
 * page): the address asked for with every filter it carries, only the page changed.
 */
public record PageLinks(String path, @Nullable String query) {

    public String to(int page) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("page", Math.max(page, 0))
                .build()
                .toUriString();
    }
}
