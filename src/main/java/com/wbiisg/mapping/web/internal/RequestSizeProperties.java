package com.wbiisg.mapping.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code iisg.api.max-json-body}: the largest JSON body a request may send (1MB); a
 * larger one is refused with 413 before it is read.
 */
@ConfigurationProperties("iisg.api")
record RequestSizeProperties(@DefaultValue("1MB") DataSize maxJsonBody) {
}
