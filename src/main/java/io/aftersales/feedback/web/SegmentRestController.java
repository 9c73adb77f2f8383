package io.aftersales.feedback.web;

import io.aftersales.customer.CustomerView;
import io.aftersales.feedback.SegmentId;
import io.aftersales.feedback.SegmentRule;
import io.aftersales.feedback.SegmentView;
import io.aftersales.feedback.Segments;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Segments",
        description = "Customer segments (细分市场): rules over tier, tags, region, last visit, spend, vehicles and"
                + " service due, counted live.")
@RestController
@RequestMapping("/api/v1/segments")
class SegmentRestController {

    record SegmentRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Valid SegmentRule rule,
            @Nullable Long version) {}

    @Schema(name = "SegmentCount")
    record Count(long customers) {}

    private final Segments segments;

    SegmentRestController(Segments segments) {
        this.segments = segments;
    }

    @GetMapping
    List<SegmentView> list() {
        return segments.list();
    }

    @PostMapping
    ResponseEntity<SegmentView> create(@Valid @RequestBody SegmentRequest request) {
        SegmentView created = segments.create(request.name(), request.rule());
        return ResponseEntity.created(URI.create("/api/v1/segments/" + created.id()))
                .body(created);
    }

    /** How many customers a rule selects now, without saving it. */
    @PostMapping("/count")
    Count count(@Valid @RequestBody SegmentRule rule) {
        return new Count(segments.count(rule));
    }

    @GetMapping("/{id}")
    SegmentView get(@PathVariable SegmentId id) {
        return segments.get(id);
    }

    @PutMapping("/{id}")
    SegmentView update(@PathVariable SegmentId id, @Valid @RequestBody SegmentRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "error.versionRequired");
        }
        return segments.update(id, request.version(), request.name(), request.rule());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable SegmentId id) {
        segments.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The segment's customers now, newest first. */
    @GetMapping("/{id}/customers")
    PagedResult<CustomerView> customers(
            @PathVariable SegmentId id,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return segments.customers(id, page, size);
    }

    @GetMapping(path = "/{id}/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(@PathVariable SegmentId id) {
        return XlsxDownload.of("segment.xlsx", out -> segments.export(id, out));
    }
}
