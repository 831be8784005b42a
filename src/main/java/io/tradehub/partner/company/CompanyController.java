package io.tradehub.partner.company;

import java.util.List;

import io.tradehub.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own company settings, and the directory of suppliers a customer can ask to
 * connect to.
 */
@RestController
class CompanyController {

	private final CompanyService companies;

	CompanyController(CompanyService companies) {
		this.companies = companies;
	}

	@GetMapping("/api/v1/company")
	CompanyView company(Caller caller) {
		return this.companies.view(caller);
	}

	@PutMapping("/api/v1/company")
	CompanyView update(Caller caller, @Valid @RequestBody CompanySettings settings) {
		return this.companies.update(caller, settings.details(), settings.termsVersion(), settings.termsUrl());
	}

	@GetMapping("/api/v1/suppliers")
	List<SupplierView> suppliers(Caller caller) {
		return this.companies.suppliers();
	}

	record CompanySettings(@Valid @jakarta.validation.constraints.NotNull CompanyDetails details,
			@Size(max = 40) @Nullable String termsVersion, @Size(max = 500) @Nullable String termsUrl) {
	}

}
