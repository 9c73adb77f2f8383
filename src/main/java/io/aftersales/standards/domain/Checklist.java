package io.aftersales.standards.domain;

import io.aftersales.shared.domain.Ids;
import io.aftersales.standards.AuditArea;
import io.aftersales.standards.AuditItem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A checklist of the organisation; audits copy its items, so changing it later leaves past audits as they were. */
@Entity
@Table(name = "audit_checklist")
public class Checklist {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private String name;

    @Enumerated(EnumType.STRING)
    private AuditArea area;

    private boolean active;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "audit_checklist_item", joinColumns = @JoinColumn(name = "audit_checklist_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    @Embeddable
    public static class Item {
        @Column(name = "item_text")
        private String text;

        private int weight;

        protected Item() {
            this.text = "";
            this.weight = 1;
        }

        Item(String text, int weight) {
            this.text = text.trim();
            this.weight = weight;
        }

        public AuditItem toItem() {
            return new AuditItem(text, weight);
        }
    }

    protected Checklist() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.name = "";
        this.area = AuditArea.FIVE_S;
    }

    public Checklist(UUID organizationId, String name, AuditArea area, List<AuditItem> items, boolean active) {
        this();
        this.organizationId = organizationId;
        change(name, area, items, active);
    }

    public void change(String name, AuditArea area, List<AuditItem> items, boolean active) {
        this.name = name.trim();
        this.area = area;
        this.active = active;
        this.items.clear();
        items.forEach(i -> this.items.add(new Item(i.text(), i.weight())));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AuditArea area() {
        return area;
    }

    public boolean active() {
        return active;
    }

    public List<AuditItem> items() {
        return items.stream().map(Item::toItem).toList();
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
