package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the IATI import ({@code iisg.exchange.iati.*}): the largest file read
 * ({@code max-file-size}, default 50MB), and the rates to EUR by which amounts in other
 * currencies are converted ({@code eur-rates.GBP=1.16}), since IATI files carry none.
 */
@ConfigurationProperties("iisg.exchange.iati")
public record IatiProperties(@DefaultValue("50MB") DataSize maxFileSize, Map<String, BigDecimal> eurRates) {

	public IatiProperties {
		eurRates = (eurRates == null) ? Map.of() : Map.copyOf(eurRates);
	}

}
