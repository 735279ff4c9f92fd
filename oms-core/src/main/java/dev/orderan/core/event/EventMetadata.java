package dev.orderan.core.event;

import java.util.Objects;
import java.util.Optional;

/**
 * Why an event exists: the command that caused it and the chain it belongs to.
 *
 * @param commandId the id (or natural key) of the command that produced the event, if it had one
 * @param correlationId the id shared by everything one outside request set off (a checkout, a
 *     webhook delivery); consumers copy it onto the commands they issue in reaction
 * @param causationId the id of the message that directly caused the command: an event id when a
 *     process step reacted to an event, the command id otherwise
 */
public record EventMetadata(Optional<String> commandId, String correlationId, Optional<String> causationId) {

    /** Checks that nothing is missing. */
    public EventMetadata {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
        if (correlationId.isBlank()) {
            throw new IllegalArgumentException("correlationId: must not be blank");
        }
    }
}
