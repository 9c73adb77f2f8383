package io.aftersales.shared.web;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.SignedInUser;
import java.util.Optional;

/**
 * A chart on the home page with the page of its figures behind it, e.g. the last twelve months' output value.
 *
 * @param titleKey message key of the chart's title
 * @param labelKey message key of what the chart shows, for those who cannot see it
 * @param href the page with the same figures as a table
 * @param spec what static/js/charts.js draws, as JSON
 */
public record HomeChart(String titleKey, String labelKey, String href, String spec) {

    /** A chart a module shows on the home page, for the signed-in user and their current store, if any. */
    public interface Source {

        Optional<HomeChart> chart(SignedInUser user, StoreId store);
    }
}
