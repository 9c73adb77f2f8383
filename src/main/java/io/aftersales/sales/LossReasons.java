package io.aftersales.sales;

import io.aftersales.sales.domain.LossReasonStore;
import io.aftersales.shared.Labels;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of reasons a quote may be lost for: the built-in one (price, delivery time, quality …, in the reader's
 * language) until the organisation sets its own. A quote lost for a reason later taken off the list keeps it.
 */
@Service
public class LossReasons {

    /** The built-in reasons; their labels are message keys {@code quote.loss.<CODE>}. */
    static final List<String> BUILT_IN = List.of(
            "PRICE",
            "DELIVERY_TIME",
            "QUALITY",
            "SPECIFICATION",
            "COMPETITOR_RELATIONSHIP",
            "NO_BUDGET",
            "PROJECT_CANCELLED",
            "OTHER");

    public static final String SETTERS = "hasAnyRole('ADMIN','HQ')";

    static final int MAX_REASONS = 30;

    private final LossReasonStore store;
    private final Labels labels;
    private final AuditTrail auditTrail;

    LossReasons(LossReasonStore store, Labels labels, AuditTrail auditTrail) {
        this.store = store;
        this.labels = labels;
        this.auditTrail = auditTrail;
    }

    /** The reasons a quote may be lost for now, in order. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public List<LossReason> active() {
        List<LossReasonStore.Reason> own = store.all(org());
        if (own.isEmpty()) {
            return BUILT_IN.stream().map(this::builtIn).toList();
        }
        return own.stream()
                .filter(LossReasonStore.Reason::active)
                .map(r -> new LossReason(r.code(), r.label()))
                .toList();
    }

    /**
     * Makes these labels the list, in this order: a label already on the list (or a built-in one, in any language)
     * keeps its code, so the analysis over time still adds up; a new one gets a code of its own.
     */
    @PreAuthorize(SETTERS)
    @Transactional
    public List<LossReason> set(List<String> typed) {
        UUID org = org();
        Map<String, String> codes = new HashMap<>();
        for (String code : BUILT_IN) {
            labels.everyLanguage("quote.loss." + code).forEach(label -> codes.put(key(label), code));
        }
        for (LossReasonStore.Reason reason : store.all(org)) {
            codes.put(key(reason.label()), reason.code());
        }
        Map<String, LossReasonStore.Reason> list = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(codes.values());
        int n = 1;
        for (int i = 0; i < typed.size(); i++) {
            String label = typed.get(i).trim();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > 60) {
                throw new InvalidInputException("reasons[" + i + "]", "quote.reasonTooLong");
            }
            String code = codes.get(key(label));
            if (code == null) {
                while (taken.contains("R" + n)) {
                    n++;
                }
                code = "R" + n;
                taken.add(code);
                codes.put(key(label), code);
            }
            list.putIfAbsent(code, new LossReasonStore.Reason(code, label, true));
        }
        if (list.isEmpty()) {
            throw new InvalidInputException("reasons", "quote.noReasons");
        }
        if (list.size() > MAX_REASONS) {
            throw new InvalidInputException("reasons", "quote.tooManyReasons", MAX_REASONS);
        }
        store.replace(org, new ArrayList<>(list.values()));
        auditTrail.record("UPDATE", "LossReasons", org, String.join("、", typed));
        return active();
    }

    /** Every code the organisation's quotes may carry, with its label (taken-off reasons too). */
    Map<String, LossReason> byCode() {
        Map<String, LossReason> all = new HashMap<>();
        BUILT_IN.forEach(code -> all.put(code, builtIn(code)));
        store.all(org()).forEach(r -> all.put(r.code(), new LossReason(r.code(), r.label())));
        return all;
    }

    /** Whether a quote may be lost for this reason now. */
    boolean isActive(String code) {
        return active().stream().anyMatch(r -> r.code().equals(code));
    }

    private LossReason builtIn(String code) {
        return new LossReason(code, labels.text("quote.loss." + code));
    }

    private static String key(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }

    private static UUID org() {
        return CurrentUser.require().organizationId().value();
    }
}
