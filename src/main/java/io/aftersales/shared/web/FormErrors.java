package io.aftersales.shared.web;

import io.aftersales.shared.domain.DomainException;
import org.springframework.validation.BindingResult;

/** Shows a refused request beside the form field it is about, or above the form when it is about no one field. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult form, DomainException e) {
        String field = e.field();
        if (field != null && form.getTarget() != null && hasField(form, field)) {
            form.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
        } else {
            form.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
