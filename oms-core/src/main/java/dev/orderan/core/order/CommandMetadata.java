package dev.orderan.core.order;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller tells about a command besides its content: its id (to carry it out once, whatever
 * the retries) and the ids that tie it to the request or event that caused it. Every event the
 * command records carries them ({@link dev.orderan.core.event.EventMetadata}).
 *
 * @param commandId the caller's id for the command (a webhook's event id, an API request's
 *     idempotency key), unique per tenant; without one, commands with a natural key use it, others
 *     are not deduplicated
 * @param correlationId the id of the outside request this command belongs to; defaults to the
 *     command id or the event id
 * @param causationId the id of the event or message that caused this command, if any
 */
public record CommandMetadata(Optional<String> commandId, Optional<String> correlationId,
        Optional<String> causationId) {

    private static final CommandMetadata NONE = new CommandMetadata(Optional.empty(), Optional.empty(),
            Optional.empty());

    /** Checks that nothing is missing. */
    public CommandMetadata {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
    }

    /** No command id, no correlation. */
    public static CommandMetadata none() {
        return NONE;
    }

    /** A command with an id of the caller's. */
    public static CommandMetadata withCommandId(String commandId) {
        return new CommandMetadata(Optional.of(commandId), Optional.empty(), Optional.empty());
    }

    /** The same metadata correlated with an outside request. */
    public CommandMetadata correlatedWith(String id) {
        return new CommandMetadata(commandId, Optional.of(id), causationId);
    }

    /** The same metadata caused by an event or message. */
    public CommandMetadata causedBy(String id) {
        return new CommandMetadata(commandId, correlationId, Optional.of(id));
    }
}
