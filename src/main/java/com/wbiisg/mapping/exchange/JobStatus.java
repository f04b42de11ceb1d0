package com.wbiisg.mapping.exchange;

/**
 * Where an import or export job stands: waiting for a worker, reading or writing the
 * file, showing its preview until the uploader confirms it (imports only), done, or
 * failed (with a message).
 */
public enum JobStatus {

	QUEUED, RUNNING, PREVIEW_READY, DONE, FAILED;

	/**
	 * Whether a worker still has the job: queued or running.
	 */
	public boolean isWorking() {
		return this == QUEUED || this == RUNNING;
	}

}
