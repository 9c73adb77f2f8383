package io.aftersales.organization;

import io.aftersales.organization.domain.Store;
import io.aftersales.organization.domain.StoreLogo;
import io.aftersales.organization.domain.StoreLogoRepository;
import io.aftersales.organization.domain.StoreRepository;
import io.aftersales.shared.Image;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.RoleGroups;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logo on a store's printed documents: a PNG or JPEG of at most 512 KB, as the PDF renderer embeds. */
@Service
public class StoreLogos {

    static final int MAX_BYTES = 512 * 1024;

    private final StoreRepository stores;
    private final StoreLogoRepository logos;
    private final AuditTrail auditTrail;

    StoreLogos(StoreRepository stores, StoreLogoRepository logos, AuditTrail auditTrail) {
        this.stores = stores;
        this.logos = logos;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public StoreView set(StoreId id, byte[] data) {
        Store store = find(id);
        String type = check(data);
        logos.findById(store.id())
                .ifPresentOrElse(
                        logo -> logo.replace(type, data),
                        () -> logos.save(new StoreLogo(store.id(), store.organizationId(), type, data)));
        store.logoType(type);
        stores.flush();
        auditTrail.record("SET_LOGO", "Store", store.id(), type + " " + data.length + " B");
        return store.toView();
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public StoreView remove(StoreId id) {
        Store store = find(id);
        logos.findById(store.id()).ifPresent(logos::delete);
        store.logoType(null);
        stores.flush();
        auditTrail.record("REMOVE_LOGO", "Store", store.id(), "");
        return store.toView();
    }

    /** The store's logo, if it has one; for documents and for the store's page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Image> logo(StoreId id) {
        return logos.findById(find(id).id()).map(logo -> new Image(logo.contentType(), logo.data()));
    }

    /** The type of a logo the documents can print; a clear refusal for anything else. */
    public static String check(byte[] data) {
        String type = Image.typeOf(data);
        if (type == null || type.equals(Image.WEBP)) {
            throw new InvalidInputException("logo", "store.logoType");
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "store.logoSize");
        }
        if (!new Image(type, data).readable()) {
            throw new InvalidInputException("logo", "store.logoType");
        }
        return type;
    }

    private Store find(StoreId id) {
        return stores.findById(id.value()).orElseThrow(() -> new NotFoundException("store", id));
    }
}
