package io.aftersales.organization.domain;

import io.aftersales.organization.OrganizationView;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tenant. Nothing of one organisation is ever visible to another. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id;

    private String name;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected Organization() {
        this.id = Ids.newId();
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Organization(String name, Instant createdAt) {
        this.id = Ids.newId();
        this.name = name.trim();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganizationView toView() {
        return new OrganizationView(new OrganizationId(id), name, createdAt);
    }
}
