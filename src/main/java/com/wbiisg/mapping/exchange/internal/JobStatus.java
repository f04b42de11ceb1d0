package com.wbiisg.mapping.exchange.internal;

/**
 * Where an import job stands: waiting for a worker, reading the file, showing its preview
 * until the uploader confirms it, done, or failed (with a message).
 */
public enum JobStatus {

	QUEUED, RUNNING, PREVIEW_READY, DONE, FAILED;

	public boolean isWorking() {
		return this == QUEUED || this == RUNNING;
	}

}
