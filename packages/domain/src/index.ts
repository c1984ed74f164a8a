/**
 * A fact an aggregate records when its state changes. The repository stores it with the state
 * (outbox) and wraps it in a CloudEvent; `data` must be plain JSON (amounts as decimal strings).
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  /** The aggregate the event is about (a txid, a loan id). */
  readonly subject: string;
  readonly data: Data;
  readonly occurredAt: Date;
}

/** The outcome of a state transition: the aggregate's new state and the events it recorded. */
export interface Transition<State, Event extends DomainEvent = DomainEvent> {
  readonly state: State;
  readonly events: readonly Event[];
}

/** Time as the application sees it; tests pass a fixed clock instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
