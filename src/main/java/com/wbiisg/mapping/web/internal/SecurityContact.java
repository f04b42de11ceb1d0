package com.wbiisg.mapping.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code iisg.security.contact}: a {@code mailto:} or {@code https:} address for reports
 * of vulnerabilities, published in {@code /.well-known/security.txt}. The default is a
 * placeholder that every installation must replace.
 */
@ConfigurationProperties("iisg.security")
record SecurityContact(@DefaultValue("mailto:security@example.org") String contact) {
}
