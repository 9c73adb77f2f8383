package io.aftersales.shared.web;

import io.aftersales.shared.domain.DomainException;
import org.springframework.validation.BindingResult;

/** Shows a refused request beside the form field it is about, or above the form when it is about no one field. */
public final class FormErrors {

    private FormErrors() {}

    /** @param nestedPrefixes where else the field may sit in this form, e.g. {@code asset.} for {@code asset.vin} */
    public static void reject(BindingResult form, DomainException e, String... nestedPrefixes) {
        String field = e.field();
        if (field != null && form.getTarget() != null) {
            for (String prefix : prepend("", nestedPrefixes)) {
                if (hasField(form, prefix + field)) {
                    form.rejectValue(prefix + field, e.messageKey(), e.args(), e.messageKey());
                    return;
                }
            }
        }
        form.reject(e.messageKey(), e.args(), e.messageKey());
    }

    /**
     * A field error ("required", the {@code NotNull} message) on each of these fields left empty that has no error
     * yet: for forms whose fields bind as optional, so that a missing one is said beside it instead of a 400.
     */
    public static void requireAll(BindingResult form, String... fields) {
        for (String field : fields) {
            Object value = form.getFieldValue(field);
            if ((value == null || value.toString().isBlank()) && !form.hasFieldErrors(field)) {
                form.rejectValue(field, "NotNull");
            }
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
