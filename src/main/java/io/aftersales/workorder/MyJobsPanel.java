package io.aftersales.workorder;

import io.aftersales.shared.UserId;

/**
 * A section of the technician's page (我的作业) contributed by another module, as {@code customer.CustomerPanel} is for
 * the customer page, so that work orders need not depend on it.
 */
public interface MyJobsPanel {

    /** Thymeleaf fragment that renders the section from the variable {@code panel}. */
    String fragment();

    /** What the fragment shows, for this technician. */
    Object data(UserId technicianId);
}
