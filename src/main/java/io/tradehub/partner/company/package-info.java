/**
 * Companies and their settings. A named interface: the portal's settings page keeps them
 * through {@link io.tradehub.partner.company.CompanyService} as the REST API does.
 */
@NamedInterface("company")
package io.tradehub.partner.company;

import org.springframework.modulith.NamedInterface;
