package com.wbiisg.mapping.meetings;

/**
 * The file of a document version, to download.
 */
public record DocumentDownload(String fileName, String contentType, byte[] bytes) {
}
