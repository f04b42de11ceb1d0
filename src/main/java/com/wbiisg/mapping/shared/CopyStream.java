package com.wbiisg.mapping.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * A {@code COPY … FROM STDIN} of PostgreSQL that stays open while its rows are made: each
 * {@link #send} hands the rows ended so far to the server, which writes them while the
 * caller makes the next ones (two processes, so two cores at work where a copy of the
 * finished rows would wait for them all). Until it is {@linkplain #end ended} or
 * {@linkplain #close closed} the transaction's connection runs no other statement. Closed
 * before it is ended, it cancels the copy: the server keeps none of its rows and the
 * transaction fails, so the caller's rollback is all that follows.
 */
public final class CopyStream implements AutoCloseable {

	private final DataSource dataSource;

	private final Connection connection;

	private final CopyIn copy;

	private final SQLExceptionTranslator translator;

	private long sent;

	CopyStream(DataSource dataSource, Connection connection, CopyIn copy, SQLExceptionTranslator translator) {
		this.dataSource = dataSource;
		this.connection = connection;
		this.copy = copy;
		this.translator = translator;
	}

	/**
	 * Sends the rows ended so far and empties {@code rows} for the next ones.
	 */
	public void send(CopyRows rows) {
		byte[] bytes = rows.take();
		try {
			this.copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw translated("COPY data", ex);
		}
		this.sent += bytes.length;
	}

	/**
	 * How many bytes of rows the server was sent so far.
	 */
	public long sent() {
		return this.sent;
	}

	/**
	 * Ends the copy and returns how many rows the server took.
	 */
	public long end() {
		try {
			return this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw translated("COPY end", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(this.connection, this.dataSource);
		}
	}

	/**
	 * Cancels the copy if it was not ended.
	 */
	@Override
	public void close() {
		if (!this.copy.isActive()) {
			return;
		}
		try {
			this.copy.cancelCopy();
		}
		catch (SQLException ex) {
			throw translated("COPY cancel", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(this.connection, this.dataSource);
		}
	}

	private RuntimeException translated(String task, SQLException ex) {
		RuntimeException translated = this.translator.translate(task, null, ex);
		return (translated != null) ? translated : new IllegalStateException(task, ex);
	}

}
