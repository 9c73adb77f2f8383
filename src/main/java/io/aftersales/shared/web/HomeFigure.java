package io.aftersales.shared.web;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.SignedInUser;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A number on the home page with the list it counts behind it, e.g. 超时工单 3 → the board.
 *
 * @param labelKey message key of what is counted
 * @param value the figure as shown (formatted for the reader)
 * @param href the page listing what is counted
 * @param attention true when the figure asks for action now (shown in red)
 */
public record HomeFigure(String labelKey, String value, String href, boolean attention) {

    /** Figures a module shows on the home page, for the signed-in user and their current store (none: empty). */
    public interface Source {

        /** Sorts the sources' figures on the page. */
        int order();

        List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale);
    }

    /** An amount in whole yuan, grouped as the reader's language groups digits. */
    public static HomeFigure amount(String labelKey, BigDecimal amount, String href, Locale locale) {
        return new HomeFigure(
                labelKey, "¥" + NumberFormat.getIntegerInstance(locale).format(amount), href, false);
    }

    public static HomeFigure count(String labelKey, long count, String href, boolean attentionWhenAny) {
        return new HomeFigure(labelKey, Long.toString(count), href, attentionWhenAny && count > 0);
    }
}
