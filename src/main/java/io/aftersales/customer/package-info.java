/**
 * Customer profiles (客户档案): people and companies with their phones, contacts (who decides), membership tier and
 * notes. Master data, shared by every store of an organisation. Merging two profiles keeps everything of both.
 */
@ApplicationModule(displayName = "Customer", allowedDependencies = "shared")
@NullMarked
package io.aftersales.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
