package io.aftersales.staff.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.staff.Journal;
import io.aftersales.staff.JournalEntry;
import io.aftersales.staff.JournalEntryId;
import io.aftersales.staff.JournalEntryView;
import io.aftersales.staff.JournalKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 会议记录 / 工作日记: a store's entries with search, the form to write one, an entry with its author's edit form. */
@Controller
class JournalWebController {

    /** An entry as typed; a day that is no date shows its error. */
    record EntryForm(
            @NotNull @Nullable JournalKind kind,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate day,

            @NotBlank @Size(max = 200) @Nullable String title,
            @NotBlank @Size(max = 4000) @Nullable String body,
            @Nullable CustomerId customerId,
            @Nullable Long version) {

        JournalEntry entry() {
            return new JournalEntry(
                    null,
                    Objects.requireNonNull(kind),
                    Objects.requireNonNull(day),
                    Objects.requireNonNull(title),
                    Objects.requireNonNull(body),
                    customerId,
                    version);
        }
    }

    private final Journal journal;
    private final OrganizationManagement organization;
    private final CustomerManagement customers;
    private final Clock clock;

    JournalWebController(
            Journal journal, OrganizationManagement organization, CustomerManagement customers, Clock clock) {
        this.journal = journal;
        this.organization = organization;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping("/staff/journal")
    String list(
            @RequestParam(required = false) @Nullable JournalKind kind,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        StoreId store = organization.storeOrDefault(null);
        JournalKind usual = CurrentUser.require().isManager() ? JournalKind.MEETING : JournalKind.DIARY;
        model.addAttribute(
                "form",
                new EntryForm(
                        kind != null ? kind : usual,
                        LocalDate.now(clock.withZone(organization.zoneOf(store))),
                        null,
                        null,
                        customerId,
                        null));
        return show(store, kind, q, customerId, page, model);
    }

    @PostMapping("/staff/journal")
    String write(
            @Valid @ModelAttribute("form") EntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                JournalEntryView written = journal.write(form.entry());
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/staff/journal/" + written.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return show(
                organization.storeOrDefault(null), null, null, form == null ? null : form.customerId(), null, model);
    }

    @GetMapping("/staff/journal/{id}")
    String entry(@PathVariable JournalEntryId id, Model model) {
        JournalEntryView entry = journal.get(id);
        model.addAttribute(
                "form",
                new EntryForm(
                        entry.kind(), entry.day(), entry.title(), entry.body(), entry.customerId(), entry.version()));
        return showEntry(entry, model);
    }

    @PostMapping("/staff/journal/{id}")
    String change(
            @PathVariable JournalEntryId id,
            @Valid @ModelAttribute("form") EntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                journal.change(id, form.entry());
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/staff/journal/" + id;
            } catch (InvalidInputException | StaleVersionException e) {
                FormErrors.reject(binding, e);
            }
        }
        return showEntry(journal.get(id), model);
    }

    private String showEntry(JournalEntryView entry, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("mine", entry.authorId().equals(CurrentUser.require().userId()));
        model.addAttribute("kinds", JournalKind.values());
        return "staff/journal-entry";
    }

    private String show(
            StoreId store,
            @Nullable JournalKind kind,
            @Nullable String q,
            @Nullable CustomerId customerId,
            @Nullable Integer page,
            Model model) {
        model.addAttribute(
                "results",
                journal.search(
                        store, kind, q, customerId, null, null, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("customerId", customerId);
        model.addAttribute("customerName", customerId == null ? null : customers.nameOf(customerId));
        model.addAttribute("kinds", JournalKind.values());
        return "staff/journal";
    }
}
