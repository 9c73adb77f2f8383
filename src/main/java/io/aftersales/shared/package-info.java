/**
 * The shared kernel: value objects, web and API conventions (problem details, paging, navigation), the signed-in
 * principal, tenancy and the audit trail. It holds no business rules; every module may use all of it.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package io.aftersales.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
