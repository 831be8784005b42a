package io.tradehub.format.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The factories are Woodstox by name, hardened, whatever StAX implementation the class
 * path or the system properties would otherwise select.
 */
class XmlFactoriesTests {

	@Test
	void factoriesAreWoodstoxWhateverTheSystemPropertiesSay() {
		String input = System.getProperty("javax.xml.stream.XMLInputFactory");
		String output = System.getProperty("javax.xml.stream.XMLOutputFactory");
		System.setProperty("javax.xml.stream.XMLInputFactory", "com.example.BogusInputFactory");
		System.setProperty("javax.xml.stream.XMLOutputFactory", "com.example.BogusOutputFactory");
		try {
			assertThat(XmlFactories.input()).isExactlyInstanceOf(WstxInputFactory.class);
			assertThat(XmlFactories.output()).isExactlyInstanceOf(WstxOutputFactory.class);
			assertThat(CanonicalXml.inputFactory()).isExactlyInstanceOf(WstxInputFactory.class);
			assertThat(CanonicalXml.outputFactory()).isExactlyInstanceOf(WstxOutputFactory.class);
			assertThat(CanonicalXml.read("<order/>")).isInstanceOf(XmlResult.Refused.class);
		}
		finally {
			restore("javax.xml.stream.XMLInputFactory", input);
			restore("javax.xml.stream.XMLOutputFactory", output);
		}
	}

	@Test
	void inputFactoryReadsNoDtdAndResolvesNoEntity() {
		XMLInputFactory factory = XmlFactories.input();

		assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
		assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
		assertThat(factory.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES)).isEqualTo(false);
	}

	@Test
	void outputFactoryChecksWhatItWrites() {
		XMLOutputFactory factory = XmlFactories.output();

		assertThat(factory.getProperty("com.ctc.wstx.outputValidateStructure")).isEqualTo(true);
	}

	private static void restore(String property, String value) {
		if (value == null) {
			System.clearProperty(property);
		}
		else {
			System.setProperty(property, value);
		}
	}

}
