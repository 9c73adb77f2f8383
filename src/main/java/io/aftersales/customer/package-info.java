/**
 * Customer profiles (客户档案): people and companies with their phones, contacts (who decides), membership tier and
 * notes, and their own service advisor (一对一服务: a user of the organisation, whose roles and activity it reads from
 * organization). Master data, shared by every store of an organisation. Merging two profiles keeps everything of both.
 */
@ApplicationModule(
        displayName = "Customer",
        allowedDependencies = {"shared", "organization"})
@NullMarked
package io.aftersales.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
