package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.Image;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.domain.Photo;
import io.aftersales.workorder.domain.PhotoRepository;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos of a work order: damage at reception, inspection findings, the work; the customer sees them with the link. */
@Service
public class WorkOrderPhotos {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A photo as listed on a work order. */
    public record PhotoView(
            WorkOrderId id, PhotoStage stage, @Nullable String caption, Instant createdAt) {}

    private final WorkOrderSteps steps;
    private final WorkOrderEstimates estimates;
    private final PhotoRepository photos;
    private final AuditTrail auditTrail;

    WorkOrderPhotos(WorkOrderSteps steps, WorkOrderEstimates estimates, PhotoRepository photos, AuditTrail auditTrail) {
        this.steps = steps;
        this.estimates = estimates;
        this.photos = photos;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public PhotoView addPhoto(WorkOrderId id, PhotoStage stage, @Nullable String caption, byte[] data) {
        WorkOrderId workOrderId = new WorkOrderId(steps.find(id).id());
        // The type is read from the bytes, never taken from the client: an SVG, a page or a program named
        // "photo.jpg" is refused, and a photo is always served as what it is.
        String contentType = Image.typeOf(data);
        if (contentType == null) {
            throw new InvalidInputException("photo", "workOrder.photoType");
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new InvalidInputException("photo", "workOrder.photoSize");
        }
        SignedInUser user = CurrentUser.require();
        Photo photo = photos.save(new Photo(
                user.organizationId().value(),
                Identifier.valueOf(workOrderId),
                stage,
                caption,
                contentType,
                data,
                user.userId().value(),
                steps.now()));
        auditTrail.record("ADD_PHOTO", "WorkOrder", id, stage.name());
        return view(photo);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PhotoView> photos(WorkOrderId id) {
        steps.find(id);
        return photosOf(id);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Image photo(WorkOrderId id, PhotoId photoId) {
        steps.find(id);
        return photoOf(id, photoId);
    }

    /** A photo of the work order behind a valid approval link, for the customer's page. */
    @Transactional(readOnly = true)
    public Image photoByLink(WorkOrderId id, String token, PhotoId photoId) {
        estimates.byToken(id, token);
        return photoOf(id, photoId);
    }

    @Transactional(readOnly = true)
    public List<PhotoView> photosByLink(WorkOrderId id, String token) {
        estimates.byToken(id, token);
        return photosOf(id);
    }

    private List<PhotoView> photosOf(WorkOrderId id) {
        return photos.findByWorkOrderIdOrderByCreatedAt(id.value()).stream()
                .map(WorkOrderPhotos::view)
                .toList();
    }

    private Image photoOf(WorkOrderId id, PhotoId photoId) {
        Photo photo = photos.findById(photoId.value())
                .filter(p -> p.workOrderId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        return new Image(photo.contentType(), photo.data());
    }

    private static PhotoView view(Photo photo) {
        return new PhotoView(new WorkOrderId(photo.id()), photo.stage(), photo.caption(), photo.createdAt());
    }
}
