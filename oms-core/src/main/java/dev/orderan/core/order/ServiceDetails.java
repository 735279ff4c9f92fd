package dev.orderan.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * What makes a line a service rather than goods: the type of service, how long it
 * runs, and the customer's specification.
 *
 * @param serviceType e.g. {@code installation}, {@code online course}, {@code custom design}
 * @param duration how long the service runs or takes
 * @param specification what exactly the customer ordered
 */
public record ServiceDetails(
        @NotBlank @Size(max = 100) String serviceType,
        @NotNull Duration duration,
        @NotNull @Size(max = 4000) String specification) {
}
