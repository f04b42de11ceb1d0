package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportFile;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportViews;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes each report file once: a file already kept is served, a file being made is waited
 * for, and only a file neither kept nor being made is made, in the thread that asks. A
 * new draft's PDF and XLSX for the audience of the Secretariat that generated it are made
 * in the background as soon as the draft is committed, side by side on two workers from
 * one arrangement of the snapshot, so its readers find them made. A file queued for the
 * background and asked for before a worker takes it is made by the one who asks; a reader
 * waiting for a making that fails makes the file itself.
 */
@Component
public class ReportFileMaking implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReportFileMaking.class);

	private static final int WORKERS = 2;

	private static final int QUEUE = 8;

	private final KeptReportFiles kept;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	private final boolean ahead;

	private final ConcurrentMap<ReportFileKey, Making> making = new ConcurrentHashMap<>();

	private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();

	ReportFileMaking(KeptReportFiles kept, ReportPdf pdf, ReportWorkbook workbook, ReportFileProperties properties) {
		this.kept = kept;
		this.pdf = pdf;
		this.workbook = workbook;
		this.ahead = properties.ahead();
		this.workers.setCorePoolSize(WORKERS);
		this.workers.setMaxPoolSize(WORKERS);
		this.workers.setQueueCapacity(QUEUE);
		this.workers.setThreadNamePrefix("report-files-");
		this.workers.setDaemon(true);
		this.workers.initialize();
	}

	/**
	 * The file of the key: kept, or waited for while it is made, or made now from the
	 * content given.
	 */
	public ReportFile obtain(ReportFileKey key, Supplier<ReportContent> content) {
		for (int attempt = 1;; attempt++) {
			Optional<ReportFile> found = this.kept.find(key);
			if (found.isPresent()) {
				return found.get();
			}
			Making mine = new Making(key, content);
			Making current = this.making.putIfAbsent(key, mine);
			Making making = (current != null) ? current : mine;
			if (making.claim()) {
				return making.run();
			}
			try {
				return making.result.join();
			}
			catch (CompletionException ex) {
				if (attempt > 1) {
					throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
				}
				// The making waited for failed: make the file here, as if none had been
				// made.
			}
		}
	}

	/**
	 * Queues the making of the draft's PDF and XLSX for the audience in the language,
	 * once the current transaction has committed (at once without one).
	 */
	void ahead(ReportDraft draft, ReportSnapshot snapshot, ReportViews.Audience audience, Locale locale) {
		if (!this.ahead) {
			return;
		}
		Runnable queue = () -> queue(draft,
				new Once<>(() -> ReportContent.of(draft, ReportViews.of(snapshot, audience))), audience, locale);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					queue.run();
				}
			});
		}
		else {
			queue.run();
		}
	}

	private void queue(ReportDraft draft, Supplier<ReportContent> content, ReportViews.Audience audience,
			Locale locale) {
		for (ReportFileFormat format : ReportFileFormat.values()) {
			ReportFileKey key = ReportFileKey.of(draft, format, locale, audience);
			Making making = new Making(key, content);
			if (this.making.putIfAbsent(key, making) != null) {
				continue;
			}
			try {
				this.workers.execute(() -> {
					if (making.claim()) {
						try {
							making.run();
						}
						catch (RuntimeException ex) {
							log.warn("Could not make the {} of report draft {} in the background; it is made when "
									+ "asked for", format, draft.getId(), ex);
						}
					}
				});
			}
			catch (RejectedExecutionException ex) {
				log.info("The report file makers are busy: the {} of report draft {} is made when asked for", format,
						draft.getId());
				if (making.claim()) {
					making.abandon(ex);
				}
			}
		}
	}

	/**
	 * Makes the PDF and XLSX of the content into nothing, side by side on the workers,
	 * and says in the log how long that took ({@link ReportWarmUp}).
	 */
	CompletableFuture<Void> warmUp(Supplier<ReportContent> content, Locale locale) {
		Supplier<ReportContent> once = new Once<>(content);
		long started = System.nanoTime();
		CompletableFuture<Void> pdf = CompletableFuture
			.runAsync(() -> this.pdf.write(once.get(), locale, OutputStream.nullOutputStream()), this.workers);
		CompletableFuture<Void> xlsx = CompletableFuture
			.runAsync(() -> this.workbook.write(once.get(), locale, OutputStream.nullOutputStream()), this.workers);
		return CompletableFuture.allOf(pdf, xlsx).whenComplete((done, failure) -> {
			if (failure != null) {
				log.warn("Could not warm up the report renderers", failure);
			}
			else {
				log.info("Warmed up the report renderers on a made-up report in {} ms",
						(System.nanoTime() - started) / 1_000_000);
			}
		});
	}

	private ReportFile make(ReportFileKey key, ReportContent content) {
		return this.kept.keep(key, content.fileName(), (out) -> {
			if (key.format() == ReportFileFormat.PDF) {
				this.pdf.write(content, key.locale(), out);
			}
			else {
				this.workbook.write(content, key.locale(), out);
			}
		});
	}

	@Override
	public void destroy() {
		this.workers.shutdown();
	}

	/**
	 * The making of one file: run by whoever claims it first, waited for by the others.
	 */
	private final class Making {

		private final ReportFileKey key;

		private final Supplier<ReportContent> content;

		private final AtomicBoolean claimed = new AtomicBoolean();

		private final CompletableFuture<ReportFile> result = new CompletableFuture<>();

		private Making(ReportFileKey key, Supplier<ReportContent> content) {
			this.key = key;
			this.content = content;
		}

		boolean claim() {
			return this.claimed.compareAndSet(false, true);
		}

		/**
		 * Makes the file, unless it was kept meanwhile, and hands it to those waiting.
		 */
		ReportFile run() {
			try {
				ReportFile file = ReportFileMaking.this.kept.find(this.key)
					.orElseGet(() -> make(this.key, this.content.get()));
				this.result.complete(file);
				return file;
			}
			catch (RuntimeException | Error ex) {
				this.result.completeExceptionally(ex);
				throw ex;
			}
			finally {
				ReportFileMaking.this.making.remove(this.key, this);
			}
		}

		void abandon(Exception cause) {
			this.result.completeExceptionally(cause);
			ReportFileMaking.this.making.remove(this.key, this);
		}

	}

	/**
	 * A value made once, by the first who asks for it, and shared.
	 */
	private static final class Once<T> implements Supplier<T> {

		private @Nullable Supplier<T> maker;

		private @Nullable T value;

		private Once(Supplier<T> maker) {
			this.maker = maker;
		}

		@Override
		public synchronized T get() {
			if (this.maker != null) {
				this.value = this.maker.get();
				this.maker = null;
			}
			return this.value;
		}

	}

}
