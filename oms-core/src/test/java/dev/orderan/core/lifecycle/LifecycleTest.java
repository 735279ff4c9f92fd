package dev.orderan.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum Door { CLOSED, OPEN, LOCKED, BROKEN }

    enum Act { OPEN, CLOSE, LOCK, UNLOCK, KICK }

    record Ctx(boolean hasKey) {
    }

    record Moved(Door from, Door to) {
    }

    private static Lifecycle.Builder<Door, Act, Ctx, Moved> table() {
        return Lifecycle.<Door, Act, Ctx, Moved>builder("door", Door.class, Act.class)
                .initial(Door.CLOSED)
                .terminal(Door.BROKEN)
                .emitting((t, c) -> new Moved(t.from(), t.to()))
                .from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN)
                .from(Door.OPEN).on(Act.CLOSE).to(Door.CLOSED)
                .from(Door.CLOSED).on(Act.LOCK).when("has key", Ctx::hasKey).to(Door.LOCKED)
                .from(Door.LOCKED).on(Act.UNLOCK).when("has key", Ctx::hasKey).to(Door.CLOSED)
                .from(Door.LOCKED).on(Act.KICK).to(Door.BROKEN)
                .from(Door.CLOSED, Door.OPEN).on(Act.KICK).emitsNothing().stay();
    }

    private final Lifecycle<Door, Act, Ctx, Moved> door = table().build();

    @Test
    void firingAnAllowedTriggerReturnsTheSharedTransitionAndItsEvent() {
        Transition<Door, Act, Ctx, Moved> t = door.fire(Door.CLOSED, Act.OPEN, new Ctx(false));
        assertEquals(Door.OPEN, t.to());
        assertEquals(new Moved(Door.CLOSED, Door.OPEN), t.createEvent(new Ctx(false)));
        assertSame(t, door.fire(Door.CLOSED, Act.OPEN, new Ctx(true)));
    }

    @Test
    void anIllegalTriggerNamesMachineStateTriggerAndAllowedTriggers() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> door.fire(Door.OPEN, Act.LOCK, new Ctx(true)));
        assertEquals("door", e.machine());
        assertEquals(Door.OPEN, e.from());
        assertEquals(Act.LOCK, e.trigger());
        assertEquals(Set.of(Act.CLOSE, Act.KICK), e.allowedTriggers());
        assertTrue(e.getMessage().contains("door: trigger LOCK is not allowed in state OPEN"), e.getMessage());
    }

    @Test
    void aFailingGuardIsReportedByName() {
        GuardRejectedException e = assertThrows(GuardRejectedException.class,
                () -> door.fire(Door.CLOSED, Act.LOCK, new Ctx(false)));
        assertEquals(List.of("has key"), e.failedGuards());
        assertFalse(door.canFire(Door.CLOSED, Act.LOCK, new Ctx(false)));
        assertTrue(door.canFire(Door.CLOSED, Act.LOCK, new Ctx(true)));
    }

    @Test
    void guardedAlternativesAreTriedInDeclarationOrder() {
        Lifecycle<Door, Act, Ctx, Moved> alt = Lifecycle.<Door, Act, Ctx, Moved>builder("alt", Door.class, Act.class)
                .initial(Door.CLOSED)
                .from(Door.CLOSED).on(Act.OPEN).when("has key", Ctx::hasKey).to(Door.LOCKED)
                .from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN)
                .build();
        assertEquals(Door.LOCKED, alt.fire(Door.CLOSED, Act.OPEN, new Ctx(true)).to());
        assertEquals(Door.OPEN, alt.fire(Door.CLOSED, Act.OPEN, new Ctx(false)).to());
    }

    @Test
    void internalRowsKeepTheStateAndEmitNothingUnlessAsked() {
        Transition<Door, Act, Ctx, Moved> kick = door.fire(Door.OPEN, Act.KICK, new Ctx(false));
        assertTrue(kick.isInternal());
        assertFalse(kick.emitsEvent());
        assertThrows(IllegalStateException.class, () -> kick.createEvent(new Ctx(false)));
    }

    @Test
    void terminalStatesAllowNothing() {
        assertTrue(door.isTerminal(Door.BROKEN));
        assertEquals(Set.of(), door.allowedTriggers(Door.BROKEN));
        assertThrows(IllegalTransitionException.class, () -> door.fire(Door.BROKEN, Act.OPEN, new Ctx(true)));
    }

    @Test
    void permittedTriggersTakeGuardsIntoAccount() {
        assertEquals(Set.of(Act.OPEN, Act.KICK), door.permittedTriggers(Door.CLOSED, new Ctx(false)));
        assertEquals(Set.of(Act.OPEN, Act.LOCK, Act.KICK), door.permittedTriggers(Door.CLOSED, new Ctx(true)));
    }

    @Test
    void buildRejectsTablesThatCannotWork() {
        var noInitial = Lifecycle.<Door, Act, Ctx, Moved>builder("x", Door.class, Act.class)
                .from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN);
        assertThrows(IllegalStateException.class, noInitial::build);

        var leavesTerminal = Lifecycle.<Door, Act, Ctx, Moved>builder("x", Door.class, Act.class)
                .initial(Door.CLOSED).terminal(Door.OPEN)
                .from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN)
                .from(Door.OPEN).on(Act.CLOSE).to(Door.CLOSED);
        assertTrue(assertThrows(IllegalStateException.class, leavesTerminal::build).getMessage().contains("terminal"));

        var shadowed = Lifecycle.<Door, Act, Ctx, Moved>builder("x", Door.class, Act.class)
                .initial(Door.CLOSED)
                .from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN)
                .from(Door.CLOSED).on(Act.OPEN).when("never", c -> true).to(Door.LOCKED);
        assertTrue(assertThrows(IllegalStateException.class, shadowed::build).getMessage().contains("can never fire"));

        var unreachable = Lifecycle.<Door, Act, Ctx, Moved>builder("x", Door.class, Act.class)
                .initial(Door.CLOSED)
                .from(Door.LOCKED).on(Act.UNLOCK).to(Door.CLOSED);
        assertTrue(assertThrows(IllegalStateException.class, unreachable::build).getMessage().contains("not reachable"));
    }

    @Test
    void hostsDeriveVariantsFromAnExistingTable() {
        Lifecycle<Door, Act, Ctx, Moved> noLocking = door.toBuilder("door-without-lock")
                .without(Door.CLOSED, Act.LOCK)
                .without(Door.LOCKED, Act.UNLOCK)
                .without(Door.LOCKED, Act.KICK)
                .build();
        assertEquals("door-without-lock", noLocking.name());
        assertThrows(IllegalTransitionException.class, () -> noLocking.fire(Door.CLOSED, Act.LOCK, new Ctx(true)));
        assertEquals(Door.OPEN, noLocking.fire(Door.CLOSED, Act.OPEN, new Ctx(true)).to());
        assertTrue(door.canFire(Door.CLOSED, Act.LOCK, new Ctx(true)), "the original is unchanged");
    }

    @Test
    void rowsAddedToADerivedTableEmitTheOriginalDefaultEvent() {
        Lifecycle<Door, Act, Ctx, Moved> slam = door.toBuilder("door-slam")
                .from(Door.OPEN).on(Act.LOCK).to(Door.LOCKED)
                .build();
        assertEquals(new Moved(Door.OPEN, Door.LOCKED),
                slam.fire(Door.OPEN, Act.LOCK, new Ctx(false)).createEvent(new Ctx(false)));
    }

    @Test
    void exportsAMermaidStateDiagram() {
        String expected = """
                stateDiagram-v2
                    [*] --> CLOSED
                    CLOSED --> OPEN : OPEN
                    OPEN --> CLOSED : CLOSE
                    CLOSED --> LOCKED : LOCK [has key]
                    LOCKED --> CLOSED : UNLOCK [has key]
                    LOCKED --> BROKEN : KICK
                    CLOSED --> CLOSED : KICK
                    OPEN --> OPEN : KICK
                    BROKEN --> [*]
                """;
        assertEquals(expected, door.toMermaid());
    }

    @Test
    void theDefaultEventFactoryAppliesToRowsDeclaredBeforeItToo() {
        Lifecycle<Door, Act, Ctx, Moved> lateDefault = Lifecycle.<Door, Act, Ctx, Moved>builder("late", Door.class,
                        Act.class)
                .initial(Door.CLOSED)
                .from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN)
                .emitting((t, c) -> new Moved(t.from(), t.to()))
                .from(Door.OPEN).on(Act.CLOSE).to(Door.CLOSED)
                .build();
        assertTrue(lateDefault.fire(Door.CLOSED, Act.OPEN, new Ctx(false)).emitsEvent(),
                "a row declared before emitting() gets the default too");
        assertEquals(new Moved(Door.CLOSED, Door.OPEN),
                lateDefault.fire(Door.CLOSED, Act.OPEN, new Ctx(false)).createEvent(new Ctx(false)));
        // A copied table takes a new default for every row that names none.
        Lifecycle<Door, Act, Ctx, Moved> copy = lateDefault.toBuilder("copy")
                .emitting((t, c) -> new Moved(t.to(), t.to())).build();
        assertEquals(new Moved(Door.OPEN, Door.OPEN),
                copy.fire(Door.CLOSED, Act.OPEN, new Ctx(false)).createEvent(new Ctx(false)));
    }

    @Test
    void aGuardThatExplainsItselfPutsTheExplanationInTheRefusal() {
        Lifecycle<Door, Act, Ctx, Moved> explained = Lifecycle.<Door, Act, Ctx, Moved>builder("keyed", Door.class,
                        Act.class)
                .initial(Door.CLOSED)
                .from(Door.CLOSED).on(Act.LOCK).when("has key", Guard.explained(Ctx::hasKey, c -> "no key in hand"))
                .to(Door.LOCKED)
                .build();
        GuardRejectedException e = assertThrows(GuardRejectedException.class,
                () -> explained.fire(Door.CLOSED, Act.LOCK, new Ctx(false)));
        assertEquals(List.of("no key in hand"), e.explanations());
        assertTrue(e.getMessage().endsWith("[has key] (no key in hand)"), e.getMessage());
    }

    @Test
    void aDerivedTableKeepsTheTerminalStatesOfTheOriginal() {
        Lifecycle<Door, Act, Ctx, Moved> copy = door.toBuilder("door-copy").build();
        assertEquals(Set.of(Door.BROKEN), copy.terminalStates());
        assertTrue(copy.isTerminal(Door.BROKEN));
        assertFalse(copy.isTerminal(Door.LOCKED));
        assertTrue(copy.toMermaid().contains("BROKEN --> [*]"), copy.toMermaid());
        // A row leaving the inherited terminal state is refused just as in the original.
        var leaves = door.toBuilder("door-repair").from(Door.BROKEN).on(Act.CLOSE).to(Door.CLOSED);
        IllegalStateException e = assertThrows(IllegalStateException.class, leaves::build);
        assertEquals("door-repair: terminal state BROKEN has a transition BROKEN --CLOSE--> CLOSED", e.getMessage());
        // A table without final states stays without them when copied.
        Lifecycle<Door, Act, Ctx, Moved> open = Lifecycle.<Door, Act, Ctx, Moved>builder("open", Door.class, Act.class)
                .initial(Door.CLOSED).from(Door.CLOSED).on(Act.OPEN).to(Door.OPEN).build();
        assertEquals(Set.of(), open.toBuilder("open-copy").build().terminalStates());
        assertEquals(Door.CLOSED, open.toBuilder("open-copy").build().initial());
    }

    @Test
    void anInternalRowWithItsOwnEventEmitsItWhileADefaultAloneEmitsNothing() {
        Lifecycle<Door, Act, Ctx, Moved> noted = table()
                .from(Door.LOCKED).on(Act.LOCK).emits((t, c) -> new Moved(t.from(), Door.BROKEN)).stay()
                .from(Door.OPEN).on(Act.OPEN).stay()
                .build();
        Transition<Door, Act, Ctx, Moved> relock = noted.fire(Door.LOCKED, Act.LOCK, new Ctx(true));
        assertTrue(relock.isInternal());
        assertEquals(Door.LOCKED, relock.to());
        assertTrue(relock.emitsEvent());
        assertEquals(new Moved(Door.LOCKED, Door.BROKEN), relock.createEvent(new Ctx(true)));
        Transition<Door, Act, Ctx, Moved> reopen = noted.fire(Door.OPEN, Act.OPEN, new Ctx(true));
        assertTrue(reopen.isInternal());
        assertFalse(reopen.emitsEvent(), "the table's default factory does not apply to internal rows");
        // An ordinary row silenced with emitsNothing() emits nothing despite the default.
        Lifecycle<Door, Act, Ctx, Moved> quiet = table().from(Door.OPEN).on(Act.LOCK).emitsNothing().to(Door.LOCKED)
                .build();
        assertFalse(quiet.fire(Door.OPEN, Act.LOCK, new Ctx(true)).emitsEvent());
        assertTrue(quiet.fire(Door.CLOSED, Act.OPEN, new Ctx(true)).emitsEvent());
    }

    @Test
    void findAndStatesAnswerWithoutThrowing() {
        assertEquals(Door.LOCKED, door.find(Door.CLOSED, Act.LOCK, new Ctx(true)).orElseThrow().to());
        assertTrue(door.find(Door.CLOSED, Act.LOCK, new Ctx(false)).isEmpty(), "guard refuses");
        assertTrue(door.find(Door.OPEN, Act.UNLOCK, new Ctx(true)).isEmpty(), "no row");
        assertFalse(door.canFire(Door.OPEN, Act.UNLOCK, new Ctx(true)));
        assertEquals(List.of(Door.CLOSED, Door.OPEN, Door.LOCKED, Door.BROKEN), List.copyOf(door.states()));
        assertEquals(7, door.transitions().size());
        assertEquals("Lifecycle[door, 7 transitions]", door.toString());
        assertEquals(Door.class, door.stateType());
        assertEquals(Act.class, door.triggerType());
    }

    @Test
    void aRowWithoutATriggerOrAMachineWithoutANameIsRefused() {
        var builder = Lifecycle.<Door, Act, Ctx, Moved>builder("x", Door.class, Act.class).initial(Door.CLOSED);
        assertEquals("x: row from [CLOSED] has no trigger (call on(...))",
                assertThrows(IllegalStateException.class, () -> builder.from(Door.CLOSED).to(Door.OPEN)).getMessage());
        assertThrows(IllegalStateException.class, () -> builder.from(Door.CLOSED).stay());
        assertThrows(IllegalArgumentException.class, () -> builder.from());
        assertThrows(IllegalArgumentException.class,
                () -> Lifecycle.<Door, Act, Ctx, Moved>builder(" ", Door.class, Act.class));
        assertThrows(IllegalArgumentException.class, () -> builder.from(Door.CLOSED).on(Act.OPEN).when(" ", c -> true));
    }

    @Test
    void aRefusalWithoutExplanationsEndsWithTheGuardNames() {
        GuardRejectedException e = assertThrows(GuardRejectedException.class,
                () -> door.fire(Door.CLOSED, Act.LOCK, new Ctx(false)));
        assertEquals("door: trigger LOCK in state CLOSED was refused because no guard held: [has key]", e.getMessage());
        assertEquals(List.of(), e.explanations());
    }

    @Test
    void transitionsAreEqualByStatesTriggerAndGuardName() {
        Transition<Door, Act, Ctx, Moved> lock = door.fire(Door.CLOSED, Act.LOCK, new Ctx(true));
        Lifecycle<Door, Act, Ctx, Moved> copy = door.toBuilder("copy").build();
        Transition<Door, Act, Ctx, Moved> same = copy.fire(Door.CLOSED, Act.LOCK, new Ctx(true));
        assertEquals(lock, same);
        assertEquals(lock.hashCode(), same.hashCode());
        assertFalse(lock.equals(door.fire(Door.CLOSED, Act.OPEN, new Ctx(true))));
        assertFalse(lock.equals(door.fire(Door.LOCKED, Act.UNLOCK, new Ctx(true))));
        assertFalse(lock.equals("CLOSED --LOCK--> LOCKED"));
        Lifecycle<Door, Act, Ctx, Moved> otherGuard = Lifecycle.<Door, Act, Ctx, Moved>builder("g", Door.class, Act.class)
                .initial(Door.CLOSED).from(Door.CLOSED).on(Act.LOCK).when("has a card", Ctx::hasKey).to(Door.LOCKED)
                .build();
        assertFalse(lock.equals(otherGuard.fire(Door.CLOSED, Act.LOCK, new Ctx(true))));
        Lifecycle<Door, Act, Ctx, Moved> otherTarget = Lifecycle.<Door, Act, Ctx, Moved>builder("t", Door.class, Act.class)
                .initial(Door.CLOSED).from(Door.CLOSED).on(Act.LOCK).when("has key", Ctx::hasKey).to(Door.BROKEN)
                .build();
        assertFalse(lock.equals(otherTarget.fire(Door.CLOSED, Act.LOCK, new Ctx(true))));
        assertEquals("CLOSED --LOCK [has key]--> LOCKED", lock.toString());
    }
}
