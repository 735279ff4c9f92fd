/**
 * Validation at public entry points: Jakarta Validation annotations checked by the configured
 * provider (Hibernate Validator), reported as one exception listing every violation with its field
 * path; plus Indonesian phone-number normalisation.
 */
package dev.orderan.core.validation;
