package io.aftersales.feedback;

import java.time.Instant;

/** A named segment with its rule and how many customers it holds now. */
public record SegmentView(
        SegmentId id, String name, SegmentRule rule, long customers, Instant createdAt, long version) {}
