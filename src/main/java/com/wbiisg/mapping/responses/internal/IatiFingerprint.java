package com.wbiisg.mapping.responses.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.wbiisg.mapping.responses.IatiProjectRecord;
import org.jspecify.annotations.Nullable;

/**
 * A digest of everything an IATI activity's record says of a project: two records have
 * the same fingerprint only if every value is the same. Each value enters the SHA-256
 * digest with its length (and each list with its size), so that no two different records
 * can be written the same way. The initiatives are left out: a record names them only for
 * a new project (from the upload), and an existing project keeps its own.
 */
final class IatiFingerprint {

	private IatiFingerprint() {
	}

	static String of(IatiProjectRecord record) {
		MessageDigest digest = sha256();
		for (RecordComponent component : IatiProjectRecord.class.getRecordComponents()) {
			if (!component.getName().equals("initiatives")) {
				feed(digest, component(record, component));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void feed(MessageDigest digest, @Nullable Object value) {
		if (value == null) {
			digest.update((byte) 0);
		}
		else if (value instanceof Record record) {
			digest.update((byte) 1);
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				feed(digest, component(record, component));
			}
		}
		else if (value instanceof List<?> list) {
			digest.update((byte) 2);
			digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(list.size()).array());
			list.forEach((item) -> feed(digest, item));
		}
		else {
			byte[] text = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
			digest.update((byte) 3);
			digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(text.length).array());
			digest.update(text);
		}
	}

	private static @Nullable Object component(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("The record " + record.getClass().getSimpleName() + " cannot be read", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
