package io.aftersales.standards.web;

import io.aftersales.standards.AuditArea;
import io.aftersales.standards.AuditChecklistRequest;
import io.aftersales.standards.AuditChecklistView;
import io.aftersales.standards.AuditItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A checklist as typed: one item a line, a weight after a bar ("工具归位 | 2"), 1 when left out. */
public class ChecklistForm {

    private @Nullable @NotBlank @Size(max = 100) String name;
    private @Nullable @NotNull AuditArea area = AuditArea.FIVE_S;
    private @Nullable @NotBlank @Size(max = 10_000) String items;
    private boolean active = true;
    private long version;

    static ChecklistForm of(AuditChecklistView checklist) {
        ChecklistForm form = new ChecklistForm();
        form.name = checklist.name();
        form.area = checklist.area();
        form.active = checklist.active();
        form.version = checklist.version();
        form.items = String.join(
                "\n",
                checklist.items().stream()
                        .map(i -> i.weight() == 1 ? i.text() : i.text() + " | " + i.weight())
                        .toList());
        return form;
    }

    /** The request, or {@code null} when a line cannot be read (the caller shows the field error). */
    @Nullable
    AuditChecklistRequest toRequest() {
        List<AuditItem> parsed = new ArrayList<>();
        for (String line : Objects.requireNonNullElse(items, "").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String text = (bar < 0 ? line : line.substring(0, bar)).trim();
            int weight = 1;
            if (bar >= 0) {
                try {
                    weight = Integer.parseInt(line.substring(bar + 1).trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (text.isEmpty() || text.length() > 200 || weight < 1 || weight > 10) {
                return null;
            }
            parsed.add(new AuditItem(text, weight));
        }
        if (parsed.isEmpty() || parsed.size() > 50) {
            return null;
        }
        return new AuditChecklistRequest(Objects.requireNonNull(name), Objects.requireNonNull(area), parsed, active);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable AuditArea getArea() {
        return area;
    }

    public void setArea(@Nullable AuditArea area) {
        this.area = area;
    }

    public @Nullable String getItems() {
        return items;
    }

    public void setItems(@Nullable String items) {
        this.items = items;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
