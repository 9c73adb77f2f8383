package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerPanel;
import io.aftersales.sales.Ageing;
import io.aftersales.sales.ContractSummary;
import io.aftersales.sales.Contracts;
import io.aftersales.sales.Credit;
import io.aftersales.sales.ReceivableView;
import io.aftersales.sales.Receivables;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The customer's contracts and what they owe on the customer page, for those who work with them: nothing for anyone
 * else, who would not be allowed to read them.
 */
@Component
class CustomerSalesPanel implements CustomerPanel {

    /** @param contracts null for a store manager, who sees what is owed but not the contracts */
    record Data(
            CustomerId customerId,
            @Nullable PagedResult<ContractSummary> contracts,
            Ageing ageing,
            Credit credit,
            PagedResult<ReceivableView> open) {}

    private final Contracts contracts;
    private final Receivables receivables;

    CustomerSalesPanel(Contracts contracts, Receivables receivables) {
        this.contracts = contracts;
        this.receivables = receivables;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "sales/panels :: sales";
    }

    @Override
    public @Nullable Object data(CustomerId customerId) {
        SignedInUser me = CurrentUser.require();
        boolean reader =
                me.hasRole(Role.ADMIN) || me.hasRole(Role.HQ) || me.hasRole(Role.SALES) || me.hasRole(Role.FINANCE);
        if (!reader && !me.hasRole(Role.STORE_MANAGER)) {
            return null;
        }
        return new Data(
                customerId,
                reader ? contracts.list(customerId, null, null, false, Paging.request(0, 5, 5)) : null,
                receivables.ageing(customerId, null),
                receivables.credit(customerId),
                receivables.list(customerId, null, null, true, Paging.request(0, 5, 5)));
    }
}
