package io.aftersales.sales.web;

import io.aftersales.sales.Ageing;
import io.aftersales.sales.Conversion;
import io.aftersales.sales.Quotes;
import io.aftersales.sales.Receivables;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.HomeFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What customers owe and how much of it is past due, and the year's win rate, for sales, finance and head office. */
@Component
class SalesHomeFigures implements HomeFigure.Source {

    private final Receivables receivables;
    private final Quotes quotes;

    SalesHomeFigures(Receivables receivables, Quotes quotes) {
        this.receivables = receivables;
        this.quotes = quotes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale) {
        if (!user.hasRole(Role.SALES) && !user.hasRole(Role.FINANCE) && !user.hasRole(Role.HQ)) {
            return List.of();
        }
        Ageing ageing = receivables.ageing(null, null);
        List<HomeFigure> figures = new ArrayList<>();
        figures.add(HomeFigure.amount("home.figure.receivable", ageing.open(), "/sales/receivables", locale));
        HomeFigure overdue = HomeFigure.amount("home.figure.overdue", ageing.overdue(), "/sales/collections", locale);
        figures.add(new HomeFigure(
                overdue.labelKey(),
                overdue.value(),
                overdue.href(),
                ageing.overdue().signum() > 0));
        Conversion conversion = quotes.conversion(null, null, "rep");
        figures.add(new HomeFigure(
                "home.figure.winRate",
                conversion.rate() == null ? "—" : conversion.rate() + "%",
                "/sales/quotes",
                false));
        return figures;
    }
}
