package com.wbiisg.mapping.shared;

import java.util.function.Supplier;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate that announces its own changes as events, published by its repository's
 * save, unless it was told to change {@link #withoutEvents() without events}.
 *
 * @param <A> the aggregate itself
 */
public abstract class Aggregate<A extends Aggregate<A>> extends AbstractAggregateRoot<A> {

	private transient boolean silent;

	/**
	 * Makes the changes of this aggregate without events of its own: where another event
	 * stands for them (an import's batch event for the records it changes), or where none
	 * is wanted (the demo data and the seeded framework, entered as they stood on record:
	 * the read models are built from them at start-up). It holds for the rest of the
	 * instance's transaction.
	 */
	@SuppressWarnings("unchecked")
	public A withoutEvents() {
		this.silent = true;
		return (A) this;
	}

	/**
	 * Registers the event for publication by the next save, unless the aggregate is
	 * silent; the event is made only then (a silent aggregate may have no id yet).
	 */
	protected void announce(Supplier<?> event) {
		if (!this.silent) {
			registerEvent(event.get());
		}
	}

}
