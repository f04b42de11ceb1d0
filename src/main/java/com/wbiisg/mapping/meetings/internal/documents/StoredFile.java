package com.wbiisg.mapping.meetings.internal.documents;

/**
 * An uploaded file that passed {@link UploadCheck}: its safe file name, the content type
 * its bytes prove, the bytes and their SHA-256.
 */
record StoredFile(String fileName, String contentType, byte[] bytes, String sha256) {

	StoredFile {
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

}
