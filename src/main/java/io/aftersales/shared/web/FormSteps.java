package io.aftersales.shared.web;

import io.aftersales.shared.domain.DomainException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One step of a page, posted by its own form: it runs unless the form failed to bind or validate, and the page it
 * goes back to shows what happened: saved, the form's field errors, or the reason the step was refused.
 */
@Component
public class FormSteps {

    private final ProblemResponses messages;

    FormSteps(ProblemResponses messages) {
        this.messages = messages;
    }

    public void run(BindingResult form, RedirectAttributes redirect, Runnable step) {
        runSaying(form, redirect, () -> {
            step.run();
            return "common.saved";
        });
    }

    /** @param step does the work and returns the message key to show (a step may save more than "saved") */
    public void runSaying(BindingResult form, RedirectAttributes redirect, Supplier<String> step) {
        if (form.hasErrors()) {
            redirect.addFlashAttribute("failedText", messages.fieldErrors(form));
            return;
        }
        runSaying(redirect, step);
    }

    /** A step posted without fields of its own (a button, or fields the caller read and checked itself). */
    public void run(RedirectAttributes redirect, Runnable step) {
        runSaying(redirect, () -> {
            step.run();
            return "common.saved";
        });
    }

    public void runSaying(RedirectAttributes redirect, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("saved", step.get());
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        } catch (DataIntegrityViolationException e) {
            // A number too large to store, or a write that collides with another: said on the page, not a 500.
            redirect.addFlashAttribute(
                    "failedText",
                    messages.text(ProblemResponses.valueOutOfRange(e) ? "error.outOfRange" : "error.conflict"));
        }
    }
}
